import en, { type UiKey, type UiStrings } from "./strings/en.ts";
import ja from "./strings/ja.ts";
import jaEasy from "./strings/ja-easy.ts";
import vi from "./strings/vi.ts";
import my from "./strings/my.ts";
import ne from "./strings/ne.ts";
import id from "./strings/id.ts";
import zhHans from "./strings/zh-hans.ts";
import fil from "./strings/fil.ts";
import { type Locale, locales } from "./locales.ts";
import { fillPlaceholders } from "./placeholders.ts";

export * from "./locales.ts";
export type { UiKey };

const dictionaries: Record<Locale, UiStrings> = { en, ja, "ja-easy": jaEasy, vi, fil, "zh-hans": zhHans, id, ne, my };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Returns the translator for a locale. `{name}` placeholders are filled from `vars`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => fillPlaceholders(dictionary[key], vars);
}

// One formatter per locale: building an Intl.DateTimeFormat costs far more than formatting, and every article shows two dates.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Formats a date the way the locale's readers expect (e.g. 2026年5月8日, 8 May 2026). */
export function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: "long", timeZone: "Asia/Tokyo" });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
