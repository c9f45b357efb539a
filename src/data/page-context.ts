import { defaultLocale, type Locale } from "../lib/i18n/locales.ts";
import { localeOfPath } from "../lib/urls.ts";

/** The content language for an MDX component: set by the article page, else taken from the URL. */
export function contentLocaleOf(astro: { locals: App.Locals; url: URL }): Locale {
  if (astro.locals.contentLocale) return astro.locals.contentLocale;
  return localeOfPath(astro.url.pathname) ?? defaultLocale;
}

/** The MDX file being rendered (set by the article page), else the page URL, for error messages. */
export function contentFileOf(astro: { locals: App.Locals; url: URL }): string {
  return astro.locals.contentFile ?? astro.url.pathname;
}
