/**
 * The agents' index: every article with its anchors, and every troubleshooter with its steps, as a
 * reader of `locale` sees them, each with its page URL and its short link.
 */
import { getArticlesFor } from "./content.ts";
import { listTroubleshooters } from "./troubleshooters.ts";
import { getRedirects } from "./redirects.ts";
import { parseArticle } from "../lib/content-checks/parse-article.ts";
import { paths } from "../lib/urls.ts";
import type { Locale } from "../lib/i18n/locales.ts";

export interface AgentLink {
  id: string;
  title: string;
  href: string;
  /** `/go/…` form, when there is one. */
  shortHref: string | undefined;
}

export interface AgentIndexEntry extends AgentLink {
  parts: AgentLink[];
}

export async function getAgentIndex(locale: Locale): Promise<{ articles: AgentIndexEntry[]; troubleshooters: AgentIndexEntry[] }> {
  const redirects = new Map((await getRedirects()).map((redirect) => [redirect.from, redirect]));
  // A short link exists for every article, and for a troubleshooter whose slug no article uses.
  const shortFor = (type: "article" | "troubleshooter", id: string, hash = "") =>
    redirects.get(paths.shortLink(id))?.target.type === type ? `${paths.shortLink(id)}${hash}` : undefined;

  const articles = (await getArticlesFor(locale)).map((article) => {
    const href = paths.article(locale, article.id);
    const anchors = [...parseArticle(article.entry.body ?? "").anchors.entries()].filter(([, anchor]) => anchor.title !== "");
    return {
      id: article.id,
      title: article.entry.data.title,
      href,
      shortHref: shortFor("article", article.id),
      parts: anchors.map(([id, anchor]) => ({ id, title: anchor.title, href: `${href}#${id}`, shortHref: shortFor("article", article.id, `#${id}`) })),
    };
  });

  const troubleshooters = (await listTroubleshooters(locale)).map((troubleshooter) => {
    const href = paths.troubleshooter(locale, troubleshooter.slug);
    return {
      id: troubleshooter.slug,
      title: troubleshooter.title,
      href,
      shortHref: shortFor("troubleshooter", troubleshooter.slug),
      parts: troubleshooter.steps.map((step) => ({ id: step.id, title: step.label, href: `${href}?step=${encodeURIComponent(step.id)}`, shortHref: undefined })),
    };
  });
  return { articles: articles.sort((a, b) => a.title.localeCompare(b.title, locale)), troubleshooters };
}
