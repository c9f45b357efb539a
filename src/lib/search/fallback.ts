/**
 * A page shown in place of a missing translation (an English article under /vi/articles/<id>/) is indexed
 * once, in the index of the language it is written in, not once more in each locale that shows it. Its
 * source page carries the locales that show it (a Pagefind filter), and the results page of such a locale
 * searches that index too, for those pages only, and links them under the reader's locale.
 */
import { resolveTranslation } from "../content-resolution.ts";
import { indexLanguageOf, localeKeys, type Locale } from "../i18n/locales.ts";

/** The Pagefind filter on a source page: the locales that show it because they lack their own version. */
export const untranslatedFilter = "untranslated";

/**
 * The locales that show the version in `shown` in place of their own and search another index than its
 * own. An easy variant shown its standard language's page searches that page's index already.
 */
export function fallbackReadersOf(shown: Locale, versions: Partial<Record<Locale, unknown>>): Locale[] {
  return localeKeys.filter(
    (reader) => reader !== shown && indexLanguageOf(reader) !== indexLanguageOf(shown) && resolveTranslation(reader, versions)?.shownLocale === shown,
  );
}

/**
 * The locale whose index a locale's results page searches beside its own: the one its untranslated pages
 * are shown in, when that is not in its own index; null when every page it shows is (then nothing more
 * loads). The fallback chain ends in the default locale, so there is at most one such index.
 */
export function fallbackSourceOf(locale: Locale, shownLocales: Iterable<Locale>): Locale | null {
  for (const shown of shownLocales) if (indexLanguageOf(shown) !== indexLanguageOf(locale)) return shown;
  return null;
}

/**
 * The reader's filters as the fallback index names them (its pages carry their own language's category
 * and audience names), plus the reader's locale, so that only pages untranslated for this reader are found.
 */
export function fallbackFilters(filters: Readonly<Record<string, string>>, names: Readonly<Record<string, Readonly<Record<string, string>>>>, locale: Locale): Record<string, string> {
  const named = Object.entries(filters).map(([key, value]) => [key, names[key]?.[value] ?? value]);
  return { ...Object.fromEntries(named), [untranslatedFilter]: locale };
}

/** Results of two indexes as one list, best score first; at equal scores the reader's own index first. */
export function byScore<T extends { score: number }>(own: readonly T[], fallback: readonly T[]): T[] {
  return [...own, ...fallback].sort((a, b) => b.score - a.score);
}
