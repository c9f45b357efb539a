/**
 * The agents' index: every article with its anchors, and every troubleshooter with its steps, as a
 * reader of `locale` sees them, each with its page URL and its short link.
 */
import { getArticlesFor, type ArticleEntry } from "./content.ts";
import { listTroubleshooters } from "./troubleshooters.ts";
import { getRedirects } from "./redirects.ts";
import { articleBody } from "./article-html.ts";
import { parseArticle } from "../lib/content-checks/parse-article.ts";
import { paths } from "../lib/urls.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import { verificationStatus, type VerificationStatus } from "../lib/content-checks/verification.ts";
import { siteConfig } from "../config.ts";

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

/** An article in the index before its parts are read (withParts): only the pages that render read them. */
export interface AgentArticle extends AgentLink {
  entry: ArticleEntry;
}

/** An article version a reader of the locale sees that nobody has checked against the product lately. */
export interface ArticleToVerify extends AgentLink {
  status: Exclude<VerificationStatus, "verified">;
  /** `YYYY-MM-DD` of the last check, for a stale article. */
  verifiedOn: string | null;
}

/** The articles of `locale` that are unverified or stale (sorted by title), and how many there are in all. */
export async function getArticlesToVerify(locale: Locale, today: Date = new Date()): Promise<{ total: number; toVerify: ArticleToVerify[] }> {
  const articles = await getArticlesFor(locale);
  const toVerify = articles.flatMap((article): ArticleToVerify[] => {
    const verified = article.entry.data.verified;
    const status = verificationStatus(verified, today, siteConfig.verificationStaleAfterMonths);
    if (status === "verified") return [];
    const link = { id: article.id, title: article.entry.data.title, href: paths.article(locale, article.id), shortHref: undefined };
    return [{ ...link, status, verifiedOn: verified ? verified.on.toISOString().slice(0, 10) : null }];
  });
  return { total: articles.length, toVerify: toVerify.sort((a, b) => a.title.localeCompare(b.title, locale)) };
}

type Anchor = [id: string, anchor: { title: string }];
const anchorsByEntry = new WeakMap<ArticleEntry, Anchor[]>();

/** The sections of an article that have a title. Parsed once per entry: a fallback shows the same entry in several locales. */
function titledAnchors(entry: ArticleEntry): Anchor[] {
  let anchors = anchorsByEntry.get(entry);
  if (!anchors) {
    anchors = [...parseArticle(articleBody(entry)).anchors.entries()].filter(([, anchor]) => anchor.title !== "");
    anchorsByEntry.set(entry, anchors);
  }
  return anchors;
}

/** An article with its titled sections, each with its link and short link (the article's with the anchor). */
export function withParts({ entry, ...article }: AgentArticle): AgentIndexEntry {
  return {
    ...article,
    parts: titledAnchors(entry).map(([id, anchor]) => ({
      id,
      title: anchor.title,
      href: `${article.href}#${id}`,
      shortHref: article.shortHref === undefined ? undefined : `${article.shortHref}#${id}`,
    })),
  };
}

export async function getAgentIndex(locale: Locale): Promise<{ articles: AgentArticle[]; troubleshooters: AgentIndexEntry[] }> {
  const redirects = new Map((await getRedirects()).map((redirect) => [redirect.from, redirect]));
  // A short link exists for every article, and for a troubleshooter whose slug no article uses.
  const shortFor = (type: "article" | "troubleshooter", id: string) => (redirects.get(paths.shortLink(id))?.target.type === type ? paths.shortLink(id) : undefined);

  const articles = (await getArticlesFor(locale)).map((article) => ({
    id: article.id,
    title: article.entry.data.title,
    href: paths.article(locale, article.id),
    shortHref: shortFor("article", article.id),
    entry: article.entry,
  }));

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
