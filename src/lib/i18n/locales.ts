/**
 * Every language the site is built in. The key is the URL segment and the content folder;
 * `lang` is the BCP-47 tag written into `<html lang>` (and so picks the Pagefind index).
 * Adding a language = one entry here, `src/lib/i18n/strings/<key>.ts`, and `content/articles/<key>/`.
 */
export const locales = {
  en: { lang: "en", label: "English", furigana: false, easyVariantOf: null },
  ja: { lang: "ja", label: "日本語", furigana: true, easyVariantOf: null },
  "ja-easy": { lang: "ja", label: "やさしい日本語", furigana: true, easyVariantOf: "ja" },
  vi: { lang: "vi", label: "Tiếng Việt", furigana: false, easyVariantOf: null },
} as const satisfies Record<string, LocaleInfo>;

export interface LocaleInfo {
  lang: string;
  /** The language's own name, shown in the language switch. */
  label: string;
  /** Japanese pages get build-time furigana and the ひらがな toggle. */
  furigana: boolean;
  /** For an easy-language variant: the locale it simplifies (the switch shows it as a toggle, not a language). */
  easyVariantOf: string | null;
}

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = "en";
export const localeKeys = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

/** Locales offered in the language switch (easy variants are reached through their own toggle). */
export const switchableLocales = localeKeys.filter((key) => locales[key].easyVariantOf === null);

/** The easy variant of a locale, if there is one. */
export function easyVariantOf(locale: Locale): Locale | null {
  return localeKeys.find((key) => locales[key].easyVariantOf === locale) ?? null;
}

/** The standard locale of an easy variant, or the locale itself. */
export function baseLocaleOf(locale: Locale): Locale {
  const base = locales[locale].easyVariantOf;
  return isLocale(base ?? undefined) ? (base as Locale) : locale;
}
