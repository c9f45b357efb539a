import { defaultLocale, isLocale, type Locale } from "../lib/i18n/locales.ts";

/** The content language for an MDX component: set by the article page, else taken from the URL. */
export function contentLocaleOf(astro: { locals: App.Locals; url: URL }): Locale {
  if (astro.locals.contentLocale) return astro.locals.contentLocale;
  const segment = astro.url.pathname.split("/")[1];
  return isLocale(segment) ? segment : defaultLocale;
}

/** The MDX file being rendered (set by the article page), else the page URL, for error messages. */
export function contentFileOf(astro: { locals: App.Locals; url: URL }): string {
  return astro.locals.contentFile ?? astro.url.pathname;
}
