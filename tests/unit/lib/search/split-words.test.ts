import { describe, expect, it } from "vitest";
import { joinSplitWords, splitMark, splitWords, splitWordsInHtml } from "../../../../src/lib/search/split-words.ts";
import { localeKeys, locales } from "../../../../src/lib/i18n/locales.ts";

// A script the site splits, and a sentence of it: "I forgot my password" written as one run, as Burmese is.
const lang = locales[localeKeys.find((locale) => locales[locale].splitWords)!].lang;
const sentence = "စကားဝှက်ကိုမေ့သွားပါသည်";

describe("splitting words of a script written without spaces", () => {
  it("puts a mark between the words the segmenter finds, and removes it again for display", () => {
    const split = splitWords(sentence, lang);
    expect(split.split(splitMark).length).toBeGreaterThan(2);
    expect(joinSplitWords(split)).toBe(sentence);
  });
  it("leaves spaces, punctuation and Latin words as they are", () => {
    expect(splitWords("PHS, email", lang)).toBe("PHS, email");
  });
  it("splits text nodes only, never tags or attributes", () => {
    const html = `<p title="${sentence}">${sentence}</p>`;
    const split = splitWordsInHtml(html, lang);
    expect(split.startsWith(`<p title="${sentence}">`)).toBe(true);
    expect(joinSplitWords(split)).toBe(html);
  });
});
