/**
 * The glossary (`content/glossary.yaml`): every quoted screen text per language, and the one term per
 * concept with the variants we do not use. Pure: it parses a YAML string; `load.ts` reads the file.
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { localeKeys, locales, type Locale } from "../i18n/locales.ts";

/** Screen-text names are what editors type in <Screen name="…" />: lowerCamelCase. */
export const screenNameSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "use lowerCamelCase, e.g. snsAlreadyRegistered");

const words = z.string().trim().min(1);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use the kebab-case id of an article or troubleshooter, e.g. sns-already-registered");

/**
 * Where a reader who meets this screen text finds help: the article that deals with it, and, when a
 * troubleshooter step walks through it, that step. The message look-up page links both; the build
 * checks that they exist.
 */
export const screenHelpSchema = z.strictObject({
  /** The article's id (its file name without `.mdx`). */
  article: slug,
  /** A troubleshooter's slug and the id of its step that deals with this screen text. */
  troubleshooter: z.strictObject({ slug, step: slug }).optional(),
});

/** Every language but English carries our translation; an easy variant may leave it out and use its base's. */
const translations = Object.fromEntries(
  localeKeys.filter((locale) => locale !== "en").map((locale) => [locale, locales[locale].easyVariantOf ? words.optional() : words]),
) as Record<Exclude<Locale, "en">, typeof words>;

export const screenTextSchema = z.strictObject({
  /** What the words are on the screen; editors read it, the component does not. */
  kind: z.enum(["button", "link", "label", "field", "page", "section", "menu", "menuPath", "message", "dialog"]),
  /** The source file (in the sources folder) the English words are taken from. */
  source: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, "name a source file, e.g. 000_2747417a04c799ab.txt"),
  /**
   * The screen is in English for Japanese readers too (the web site's screens): Japanese pages add the
   * English words. Readers of every other language see the product in English, so theirs always do.
   */
  englishForJapaneseReaders: z.boolean().default(false),
  /** The exact words of the source. */
  en: words,
  ...translations,
  help: screenHelpSchema,
});

/** A variant is a plain string or a `/regular expression/` (needed when the preferred word contains it). */
const variantSchema = z.string().min(1).refine((value) => !value.startsWith("/") || /^\/.+\/[gimsuy]*$/.test(value), "a regular expression is written /…/");

export const termSchema = z
  .strictObject({
    expected: words,
    variants: z.array(variantSchema).min(1),
    /** from → to examples; prh checks them when it loads the dictionary. */
    specs: z.array(z.strictObject({ from: words, to: words })).min(1, "give one from → to example of the drift"),
  })
  .refine((term) => !term.variants.includes(term.expected), { message: "a variant is the preferred word itself" });

export const glossarySchema = z.strictObject({
  screens: z.record(screenNameSchema, screenTextSchema),
  terms: z.strictObject(Object.fromEntries(localeKeys.map((locale) => [locale, z.array(termSchema).default([])])) as Record<Locale, z.ZodDefault<z.ZodArray<typeof termSchema>>>),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type ScreenText = z.infer<typeof screenTextSchema>;
export type Term = z.infer<typeof termSchema>;

/** Parses and validates the glossary; the error names the file and each bad field's path. */
export function parseGlossary(source: string, file: string): Glossary {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = glossarySchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // A bad record key carries the key schema's own message one level down.
    const message = issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return `${issue.path.join(".") || "(root)"}: ${message}`;
  });
  throw new Error(`${file}:\n  ${problems.join("\n  ")}`);
}

/** One quoted screen text as a page in `locale` shows it. */
export interface ScreenQuote {
  /** The words in the page's language. */
  text: string;
  /** The English words the screen shows, when they differ from `text` and the screen is in English. */
  english: string | null;
  /** The opening and closing quotation marks of the page's language. */
  open: string;
  close: string;
}

const tapped = new Set<ScreenText["kind"]>(["button", "link"]);

const isJapanese = (locale: Locale) => locales[locale].lang === "ja";

/** Japanese puts the English words inside the quotation, 「訳（English）」; other languages after it, “dịch” (English). */
export function englishInside(locale: Locale): boolean {
  return isJapanese(locale);
}

export function screenText(entry: ScreenText, locale: Locale): string {
  if (locale === "en") return entry.en;
  const base = locales[locale].easyVariantOf as Exclude<Locale, "en"> | null;
  return entry[locale] ?? (base ? entry[base] : undefined) ?? entry.en;
}

export function screenQuote(glossary: Glossary, name: string, locale: Locale): ScreenQuote {
  const entry = glossary.screens[name];
  if (!entry) throw new Error(`unknown screen text "${name}"; use one of ${Object.keys(glossary.screens).join(", ")} (content/glossary.yaml)`);
  const text = screenText(entry, locale);
  const shownInEnglish = !isJapanese(locale) || entry.englishForJapaneseReaders;
  const english = shownInEnglish && text !== entry.en ? entry.en : null;
  const [open, close] = tapped.has(entry.kind) ? locales[locale].bracketMarks : locales[locale].quoteMarks;
  return { text, english, open, close };
}

/** Words of the product's screens, in the language (`lang`) the product shows them. */
export interface ProductWords {
  lang: string;
  text: string;
}

/**
 * The product's words for a screen text that a page in `locale` does not show: the English words when
 * the quotation leaves them out, and the Japanese words when the page is in another language. The
 * product's screens are in English and Japanese, whatever the reader's language.
 */
export function productWordsNotShown(glossary: Glossary, name: string, locale: Locale): ProductWords[] {
  const quote = screenQuote(glossary, name, locale);
  const entry = glossary.screens[name]!;
  const shown = new Set([quote.text, quote.english]);
  const product: ProductWords[] = [
    { lang: "en", text: entry.en },
    { lang: "ja", text: entry.ja },
  ];
  return product.filter((words) => !shown.has(words.text));
}

/** The whole quotation as plain text, e.g. 「メールアドレスの管理（Manage Email Addresses）」. */
export function screenQuoteText(quote: ScreenQuote, locale: Locale): string {
  if (quote.english === null) return `${quote.open}${quote.text}${quote.close}`;
  if (englishInside(locale)) return `${quote.open}${quote.text}（${quote.english}）${quote.close}`;
  return `${quote.open}${quote.text}${quote.close} (${quote.english})`;
}

/** Placeholders `{screen.<name>}` for troubleshooter texts and UI strings, per locale. */
export function screenPlaceholders(glossary: Glossary, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.keys(glossary.screens).flatMap((name) => {
      const quote = screenQuote(glossary, name, locale);
      // `{screen.<name>.short}` leaves out the English words, for titles that must stay short on a phone.
      return [
        [`screen.${name}`, screenQuoteText(quote, locale)],
        [`screen.${name}.short`, screenQuoteText({ ...quote, english: null }, locale)],
      ];
    }),
  );
}

/**
 * Fills `{screen.<name>}` in a text attribute (a figure's alt text or caption) with the quoted screen
 * text; an unknown name is an error naming the file.
 */
export function fillScreenPlaceholders(glossary: Glossary, text: string, locale: Locale, file: string): string {
  return text.replace(/\{screen\.(\w+)\}/g, (_match, name: string) => {
    if (!Object.hasOwn(glossary.screens, name)) throw new Error(`${file}: {screen.${name}} is not in content/glossary.yaml; use one of ${Object.keys(glossary.screens).join(", ")}`);
    return screenQuoteText(screenQuote(glossary, name, locale), locale);
  });
}

/**
 * Search synonyms from the terms of one language: each preferred word with its plain-string
 * variants (regular-expression variants are left out). For the search code to read; the glossary
 * does not write the search configuration.
 */
export function termSynonyms(glossary: Glossary, locale: Locale): string[][] {
  return glossary.terms[locale]
    .map((term) => [term.expected, ...term.variants.filter((variant) => !variant.startsWith("/"))])
    .filter((group) => !group[0]!.includes("$") && group.length > 1);
}

/** Glossary size per language, for reports. */
export function glossaryStats(glossary: Glossary): Record<Locale, { screens: number; terms: number }> {
  const screens = Object.keys(glossary.screens).length;
  return Object.fromEntries(localeKeys.map((locale) => [locale, { screens, terms: glossary.terms[locale].length }])) as Record<Locale, { screens: number; terms: number }>;
}
