import type { Locale } from "./i18n/locales.ts";

/** Every public URL shape in one place, so links, redirects and checks agree. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  article: (locale: Locale, id: string) => `/${locale}/articles/${id}/`,
  category: (locale: Locale, id: string) => `/${locale}/categories/${id}/`,
  audience: (locale: Locale, id: string) => `/${locale}/audiences/${id}/`,
  troubleshooters: (locale: Locale) => `/${locale}/troubleshooters/`,
  troubleshooter: (locale: Locale, slug: string) => `/${locale}/troubleshooters/${slug}/`,
  search: (locale: Locale) => `/${locale}/search/`,
  /** Page 1 of the agents' index is its own URL; later pages add their number. */
  agents: (locale: Locale, page = 1) => (page === 1 ? `/${locale}/agents/` : `/${locale}/agents/${page}/`),
  shortLink: (id: string) => `/go/${id}/`,
} as const;

export type PageRef =
  | { type: "home" }
  | { type: "article"; id: string }
  | { type: "category"; id: string }
  | { type: "audience"; id: string }
  | { type: "troubleshooter"; slug: string }
  | { type: "search" }
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
    case "search":
      return paths.search(locale);
    case "agents":
      return paths.agents(locale, ref.page);
  }
}
