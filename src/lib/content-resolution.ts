import { baseLocaleOf, defaultLocale, type Locale } from "./i18n/locales.ts";

/**
 * The locales to try, in order, when a page is missing in `locale`:
 * an easy variant falls back to its standard language, then everything falls back to English.
 */
export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [locale];
  const base = baseLocaleOf(locale);
  if (!chain.includes(base)) chain.push(base);
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

/** Picks the version of an item to show in `locale`, and says whether it is a fallback. */
export function resolveTranslation<T>(
  locale: Locale,
  versions: Partial<Record<Locale, T>>,
): { item: T; shownLocale: Locale; isFallback: boolean } | null {
  for (const candidate of fallbackChain(locale)) {
    const item = versions[candidate];
    if (item !== undefined) return { item, shownLocale: candidate, isFallback: candidate !== locale };
  }
  return null;
}

/** Per-language text with the same fallback rules (categories, audiences). */
export function localized(text: Record<string, string>, locale: Locale): string {
  for (const candidate of fallbackChain(locale)) {
    const value = text[candidate];
    if (value !== undefined) return value;
  }
  throw new Error(`No text for ${locale} or its fallbacks in ${JSON.stringify(text)}`);
}
