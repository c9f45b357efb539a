/**
 * Words for scripts that are written without spaces and that Pagefind does not split (Burmese; it
 * splits only Chinese, Japanese and Thai). The build splits the index copy of such a page, and the
 * results page splits the query, with Intl.Segmenter (ICU's dictionary for the script), so both hold
 * the same words. The mark between split words is a thin space: whitespace to Pagefind, and not used in
 * the pages' own text, so the results page removes it again from titles and excerpts.
 */
import { indexLanguageOf, localeKeys, locales } from "../i18n/locales.ts";

export const splitMark = "\u2009";

/** Whether the build splits the words of an index language (a locale with `splitWords` writes it). */
export function indexSplitsWords(indexLang: string): boolean {
  return localeKeys.some((locale) => locales[locale].splitWords && indexLanguageOf(locale) === indexLang);
}

const wordChar = /[\p{L}\p{M}\p{N}]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/** `text` with a split mark between any two words that touch. */
export function splitWords(text: string, lang: string): string {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  let split = "";
  for (const { segment } of segmenter.segment(text)) {
    if (split && wordChar.test(split.at(-1)!) && wordChar.test(segment[0]!)) split += splitMark;
    split += segment;
  }
  return split;
}

/** The text nodes of an HTML fragment split into words; tags and attributes are left as they are. */
export function splitWordsInHtml(html: string, lang: string): string {
  return html.replace(/>([^<]+)</g, (_match, text: string) => `>${splitWords(text, lang)}<`);
}

/** Text from the index (a title, an excerpt) as the page writes it. */
export function joinSplitWords(text: string): string {
  return text.replaceAll(splitMark, "");
}

/** A page's search copy (HTML) and its indexed words, with the words split when its index language needs it. */
export function splitSearchCopy(html: string, words: string, lang: string): { html: string; text: string } {
  if (!indexSplitsWords(lang)) return { html, text: words };
  return { html: splitWordsInHtml(html, lang), text: splitWords(words, lang).replaceAll(splitMark, " ") };
}
