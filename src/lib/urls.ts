import { isLocale, type Locale } from "./i18n/locales.ts";

/** Every public URL shape in one place, so links, redirects and checks agree; `parsePath` reads them back. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  article: (locale: Locale, id: string) => `/${locale}/articles/${id}/`,
  category: (locale: Locale, id: string) => `/${locale}/categories/${id}/`,
  audience: (locale: Locale, id: string) => `/${locale}/audiences/${id}/`,
  troubleshooters: (locale: Locale) => `/${locale}/troubleshooters/`,
  troubleshooter: (locale: Locale, slug: string) => `/${locale}/troubleshooters/${slug}/`,
  /** A troubleshooter at a state: `query` from `src/lib/url-state.ts` (see `src/troubleshooters/step-link.ts`). */
  troubleshooterAt: (locale: Locale, slug: string, query: string) => `/${locale}/troubleshooters/${slug}/${query ? `?${query}` : ""}`,
  search: (locale: Locale) => `/${locale}/search/`,
  /** "What does this message mean?": the screen texts of the glossary, with a look-up. */
  messages: (locale: Locale) => `/${locale}/messages/`,
  /** Page 1 of the agents' index is its own URL; later pages add their number. */
  agents: (locale: Locale, page = 1) => (page === 1 ? `/${locale}/agents/` : `/${locale}/agents/${page}/`),
  shortLink: (id: string) => `/go/${id}/`,
  /** Every ready reply of the agents' index, in every language (loaded when an agent copies one). */
  agentReplies: () => "/agents-replies.json",
} as const;

export type PageRef =
  | { type: "home" }
  | { type: "article"; id: string }
  | { type: "category"; id: string }
  | { type: "audience"; id: string }
  | { type: "troubleshooter"; slug: string }
  | { type: "troubleshooters" }
  | { type: "search" }
  | { type: "messages" }
  | { type: "agents"; page?: number }
  | { type: "notFound" };

/** The URL of the same page in another locale (the language switch keeps the reader where they are). */
export function pathFor(ref: PageRef, locale: Locale): string {
  switch (ref.type) {
    case "home":
    case "notFound":
      return paths.home(locale);
    case "article":
      return paths.article(locale, ref.id);
    case "category":
      return paths.category(locale, ref.id);
    case "audience":
      return paths.audience(locale, ref.id);
    case "troubleshooter":
      return paths.troubleshooter(locale, ref.slug);
    case "troubleshooters":
      return paths.troubleshooters(locale);
    case "search":
      return paths.search(locale);
    case "messages":
      return paths.messages(locale);
    case "agents":
      return paths.agents(locale, ref.page);
  }
}

/** A site path read back into what it names: a page in a locale, or a short link. */
export type ParsedPath = { locale: Locale; page: SitePage } | { locale: null; page: { type: "shortLink"; id: string } };

/** A page that has a URL of its own (the 404 page is served at any unknown path). */
export type SitePage = Exclude<PageRef, { type: "notFound" }>;

/** The locale a path starts with (`/ja/…` → `ja`), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const segment = pathname.split("/")[1];
  return isLocale(segment) ? segment : null;
}

const collections = { articles: "article", categories: "category", audiences: "audience", troubleshooters: "troubleshooter" } as const;

/**
 * The page a path names, by the shapes of `paths` (the inverse of `pathFor`), or null when no page has
 * that shape. Query and hash are ignored; page paths end with a slash.
 */
export function parsePath(path: string): ParsedPath | null {
  const pathname = path.split(/[?#]/)[0]!;
  if (!pathname.startsWith("/") || !pathname.endsWith("/")) return null;
  const segments = pathname.split("/").slice(1, -1);
  if (segments.some((segment) => segment === "")) return null;
  const [first, section, target, ...rest] = segments;
  if (first === "go") return section !== undefined && target === undefined ? { locale: null, page: { type: "shortLink", id: section } } : null;
  if (!isLocale(first) || rest.length > 0) return null;
  const page = (ref: SitePage): ParsedPath => ({ locale: first, page: ref });
  if (section === undefined) return page({ type: "home" });
  if (target === undefined) {
    if (section === "search") return page({ type: "search" });
    if (section === "messages") return page({ type: "messages" });
    if (section === "agents") return page({ type: "agents" });
    if (section === "troubleshooters") return page({ type: "troubleshooters" });
    return null;
  }
  if (section === "agents") return /^[1-9]\d*$/.test(target) && target !== "1" ? page({ type: "agents", page: Number(target) }) : null;
  if (!Object.hasOwn(collections, section)) return null;
  const type = collections[section as keyof typeof collections];
  return type === "troubleshooter" ? page({ type, slug: target }) : page({ type, id: target });
}
