/**
 * Old and short URLs. An article's `aliases` (ids it had before a rename) keep their
 * `/<locale>/articles/<alias>/` URLs working; `/go/<id>/` is the short link agents paste, and it
 * survives renames too because aliases get one as well. Pages and `_redirects` both come from here.
 */
import { localeKeys } from "./i18n/locales.ts";
import { paths } from "./urls.ts";
import { defaultLocale } from "./i18n/locales.ts";

export interface RedirectArticle {
  id: string;
  aliases: readonly string[];
}

export interface Redirect {
  /** Path without host, ending in `/`. */
  from: string;
  to: string;
  /** The article id or troubleshooter slug it leads to. */
  target: { type: "article"; id: string } | { type: "troubleshooter"; slug: string };
}

export function redirectsFor(articles: readonly RedirectArticle[], troubleshooterSlugs: readonly string[]): Redirect[] {
  const redirects: Redirect[] = [];
  const articleIds = new Set(articles.map((article) => article.id));
  for (const article of articles) {
    const target = { type: "article", id: article.id } as const;
    for (const alias of article.aliases) {
      for (const locale of localeKeys) {
        redirects.push({ from: paths.article(locale, alias), to: paths.article(locale, article.id), target });
      }
    }
    for (const shortId of [article.id, ...article.aliases]) {
      redirects.push({ from: paths.shortLink(shortId), to: paths.article(defaultLocale, article.id), target });
    }
  }
  // A troubleshooter gets a short link only when no article already uses that id.
  for (const slug of troubleshooterSlugs) {
    if (articleIds.has(slug) || articles.some((article) => article.aliases.includes(slug))) continue;
    redirects.push({ from: paths.shortLink(slug), to: paths.troubleshooter(defaultLocale, slug), target: { type: "troubleshooter", slug } });
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/** The `_redirects` file static hosts (Netlify, Cloudflare Pages) read: one permanent redirect a line. */
export function redirectsFile(redirects: readonly Pick<Redirect, "from" | "to">[]): string {
  return redirects.map((redirect) => `${redirect.from} ${redirect.to} 301`).join("\n") + "\n";
}

/** Where a built redirect page leads: the link it marks `data-redirect-target` (src/pages/[...redirect].astro), or null. */
export function redirectTargetOf(html: string): string | null {
  return /<a\b[^>]*\bhref="([^"]*)"[^>]*\bdata-redirect-target\b/.exec(html)?.[1] ?? null;
}
