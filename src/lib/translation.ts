/**
 * Translation freshness. A translated article records, in `translatedFrom`, which language it was
 * translated from and a digest of the words it translated (title, answer, body). When the original's
 * words change, the digests differ: `check:content` lists the translation as stale and its page tells
 * readers that the original was updated. `npm run translation:stamp` writes the digest after a
 * translator has brought the translation up to date.
 */
import { createHash } from "node:crypto";
import { defaultLocale, locales, type Locale } from "./i18n/locales.ts";

/** What a translator translates of an article. */
export interface TranslatedWords {
  title: string;
  answer: string;
  body: string;
}

/** The front-matter record of a translation. */
export interface TranslatedFrom {
  locale: string;
  hash: string;
}

/** An easy variant is rewritten from its standard language; every other language is translated from English. */
export function originalLocaleOf(locale: Locale): Locale | null {
  if (locale === defaultLocale) return null;
  return (locales[locale].easyVariantOf as Locale | null) ?? defaultLocale;
}

/** The digest of an original's words; line endings and surrounding blank lines do not count. */
export function translationDigest(words: TranslatedWords): string {
  const body = words.body.replace(/\r\n?/g, "\n").trim();
  return createHash("sha256").update(JSON.stringify([words.title.trim(), words.answer.trim(), body])).digest("hex").slice(0, 12);
}

export type TranslationState =
  | { kind: "original" }
  | { kind: "current"; original: Locale }
  | { kind: "stale"; original: Locale; originalUpdated: Date };

/**
 * Whether a translation is up to date with its original. A translation without a record, or with a
 * digest that no longer matches, is stale: its reader is told that the original changed on its `updated` date.
 */
export function translationState(locale: Locale, record: TranslatedFrom | undefined, original: (TranslatedWords & { updated: Date }) | undefined): TranslationState {
  const originalLocale = originalLocaleOf(locale);
  if (originalLocale === null || original === undefined) return { kind: "original" };
  if (record && record.locale === originalLocale && record.hash === translationDigest(original)) return { kind: "current", original: originalLocale };
  return { kind: "stale", original: originalLocale, originalUpdated: original.updated };
}

/** The article file's text with its `translatedFrom` line written (replaced, or added at the end of the front matter). */
export function withTranslatedFrom(fileText: string, record: TranslatedFrom): string {
  const line = `translatedFrom: { locale: ${record.locale}, hash: "${record.hash}" }`;
  const end = fileText.indexOf("\n---", 4);
  if (!fileText.startsWith("---\n") || end < 0) throw new Error("the file has no front matter");
  const frontMatter = fileText.slice(4, end).split("\n").filter((existing) => !existing.startsWith("translatedFrom:"));
  return `---\n${[...frontMatter, line].join("\n")}${fileText.slice(end)}`;
}
