/**
 * Every language the site is built in. The key is the URL segment and the content folder.
 * Adding a language = one entry here, `src/lib/i18n/strings/<key>.ts` (registered in `index.ts`),
 * its names in the category and audience lists, a `<key>.yaml` in every troubleshooter folder
 * (troubleshooter texts are required in every language), and `content/articles/<key>/`.
 */
export const locales = {
  en: { lang: "en", hreflang: "en", dir: "ltr", label: "English", furigana: false, easyVariantOf: null, translationExpected: false, titleQuotes: ["", ""], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: false },
  ja: { lang: "ja", hreflang: "ja", dir: "ltr", label: "日本語", furigana: true, easyVariantOf: null, translationExpected: true, titleQuotes: ["「", "」"], labelSeparator: "：", parentheses: ["（", "）"], quoteMarks: ["「", "」"], bracketMarks: ["［", "］"], splitWords: false },
  "ja-easy": { lang: "ja", hreflang: "ja-x-easy", dir: "ltr", label: "やさしい日本語", furigana: true, easyVariantOf: "ja", translationExpected: true, titleQuotes: ["「", "」"], labelSeparator: "：", parentheses: ["（", "）"], quoteMarks: ["「", "」"], bracketMarks: ["［", "］"], splitWords: false },
  vi: { lang: "vi", hreflang: "vi", dir: "ltr", label: "Tiếng Việt", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["", ""], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: false },
  fil: { lang: "fil", hreflang: "fil", dir: "ltr", label: "Filipino", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["“", "”"], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: false },
  "zh-hans": { lang: "zh-Hans", hreflang: "zh-Hans", dir: "ltr", label: "简体中文", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["“", "”"], labelSeparator: "：", parentheses: ["（", "）"], quoteMarks: ["“", "”"], bracketMarks: ["【", "】"], splitWords: false },
  id: { lang: "id", hreflang: "id", dir: "ltr", label: "Bahasa Indonesia", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["“", "”"], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: false },
  ne: { lang: "ne", hreflang: "ne", dir: "ltr", label: "नेपाली", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["“", "”"], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: false },
  my: { lang: "my", hreflang: "my", dir: "ltr", label: "မြန်မာဘာသာ", furigana: false, easyVariantOf: null, translationExpected: true, titleQuotes: ["“", "”"], labelSeparator: ": ", parentheses: [" (", ")"], quoteMarks: ["“", "”"], bracketMarks: ["[", "]"], splitWords: true },
} as const satisfies Record<string, LocaleInfo>;

export interface LocaleInfo {
  /** BCP-47 tag written into `<html lang>` (and so picks the Pagefind index). */
  lang: string;
  /** The tag in `<link rel="alternate" hreflang>`: unique per locale, so an easy variant gets a private-use subtag. */
  hreflang: string;
  /** Writing direction, for `<html dir>`. */
  dir: "ltr" | "rtl";
  /** The language's own name, shown in the language switch. */
  label: string;
  /** Japanese pages get build-time furigana and the ひらがな toggle. */
  furigana: boolean;
  /** For an easy-language variant: the locale it simplifies (the switch shows it as a toggle, not a language). */
  easyVariantOf: string | null;
  /**
   * `check:content` warns about an article without a version in this language. English, the default
   * locale, is the language articles are written in, so it is never a translation.
   */
  translationExpected: boolean;
  /**
   * How a sentence quotes the title of a page it links to (<ArticleLink>, <TroubleshooterLink>): the marks
   * stand outside the link, so 「…」をご覧ください reads as a sentence and the link's name is the title alone.
   */
  titleQuotes: readonly [open: string, close: string];
  /** What follows a label before its value ("Phone: ", 「電話：」): Japanese text takes full-width marks. */
  labelSeparator: string;
  /** Parentheses around an aside after text, with the space English puts before them. */
  parentheses: readonly [open: string, close: string];
  /** Quotation marks around a quoted screen text (a page name, a message). */
  quoteMarks: readonly [open: string, close: string];
  /** Brackets around what the reader taps or clicks, as the sources write [Here] and [Send Email]. */
  bracketMarks: readonly [open: string, close: string];
  /**
   * The script is written without spaces between words and Pagefind does not split it (it splits only
   * Chinese, Japanese and Thai): the build and the results page split it with Intl.Segmenter.
   */
  splitWords: boolean;
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

/**
 * The language of the search index a locale's pages go into: the primary subtag of its base locale's
 * `lang` (zh-Hans → zh). Pagefind picks the index from `<html lang>` by exact tag, then by primary
 * subtag, and gives Chinese its word segmentation only under `zh`. Synonym groups are keyed by it.
 */
export function indexLanguageOf(locale: Locale): string {
  return locales[baseLocaleOf(locale)].lang.split("-")[0]!;
}

/** The standard locale of an easy variant, or the locale itself. */
export function baseLocaleOf(locale: Locale): Locale {
  const base = locales[locale].easyVariantOf;
  return isLocale(base ?? undefined) ? (base as Locale) : locale;
}
