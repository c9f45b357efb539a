import { localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { pathFor, type PageRef } from "../lib/urls.ts";

/** Every locale has every page (missing translations fall back), so alternates are all locales. */
export function alternatesFor(ref: PageRef): Record<Locale, string> {
  return Object.fromEntries(localeKeys.map((key) => [key, pathFor(ref, key)])) as Record<Locale, string>;
}
