import { describe, expect, it } from "vitest";
import { localeKeys, locales } from "../../../../src/lib/i18n/locales.ts";
import { glossaryStats, parseGlossary, productWordsNotShown, screenPlaceholders, screenQuote, screenQuoteText, termSynonyms } from "../../../../src/lib/glossary/schema.ts";

const terms = "terms: {}\n";
// Every other language of the site, with made-up words: the tests take one of them.
const others = localeKeys.filter((locale) => locale !== "en" && locales[locale].lang !== "ja");
const other = others[0]!;
const wordsIn = (locale: string, english: string) => `${locale} words for ${english}`;
const translations = (english: string) => others.map((locale) => `    ${locale}: ${wordsIn(locale, english)}`).join("\n");
const glossary = parseGlossary(
  `screens:
  manageEmailAddresses:
    kind: page
    source: 001_c4c1b6b7d2049ce7.txt
    englishForJapaneseReaders: true
    en: Manage Email Addresses
    ja: メールアドレスの管理
${translations("Manage Email Addresses")}
    help: { article: password-change-multiple-emails }
  appResetButton:
    kind: button
    source: 002_0415ceafeba8d4f9.txt
    en: Reset
    ja: 再設定
    ja-easy: 再設定
${translations("Reset")}
    help: { article: app-password-reset, troubleshooter: { slug: app-password-reset, step: reset-completed } }
${terms}`,
  "glossary.yaml",
);

describe("glossary screen texts", () => {
  it("quotes a screen text in the page's language with its quotation marks", () => {
    expect(screenQuoteText(screenQuote(glossary, "manageEmailAddresses", "en"), "en")).toBe("“Manage Email Addresses”");
    expect(screenQuoteText(screenQuote(glossary, "manageEmailAddresses", "ja-easy"), "ja-easy")).toBe("「メールアドレスの管理（Manage Email Addresses）」");
  });
  it("writes what the reader taps in brackets", () => {
    expect(screenQuoteText(screenQuote(glossary, "appResetButton", "ja"), "ja")).toBe("［再設定］");
    expect(screenQuoteText(screenQuote(glossary, "appResetButton", "en"), "en")).toBe("[Reset]");
    const [open, close] = locales[other].bracketMarks;
    expect(screenQuoteText(screenQuote(glossary, "appResetButton", other), other)).toBe(`${open}${wordsIn(other, "Reset")}${close} (Reset)`);
  });
  it("adds the English words after the translation when the screen is shown in English", () => {
    expect(screenQuoteText(screenQuote(glossary, "manageEmailAddresses", "ja"), "ja")).toBe("「メールアドレスの管理（Manage Email Addresses）」");
    const [open, close] = locales[other].quoteMarks;
    expect(screenQuoteText(screenQuote(glossary, "manageEmailAddresses", other), other)).toBe(`${open}${wordsIn(other, "Manage Email Addresses")}${close} (Manage Email Addresses)`);
    expect(screenQuote(glossary, "manageEmailAddresses", "en").english).toBeNull();
  });
  it("uses the Japanese text for easy Japanese unless it has its own", () => {
    expect(screenQuote(glossary, "manageEmailAddresses", "ja-easy").text).toBe("メールアドレスの管理");
  });
  it("names an unknown screen text and lists the known ones", () => {
    expect(() => screenQuote(glossary, "resetButton", "en")).toThrow('unknown screen text "resetButton"; use one of manageEmailAddresses, appResetButton');
  });
  it("gives troubleshooter placeholders per language", () => {
    expect(screenPlaceholders(glossary, "ja")["screen.appResetButton"]).toBe("［再設定］");
  });
  it("counts screen texts and terms per language", () => {
    expect(glossaryStats(glossary).ja).toEqual({ screens: 2, terms: 0 });
  });
});

describe("productWordsNotShown", () => {
  it("gives the Japanese words to a page in another language", () => {
    expect(productWordsNotShown(glossary, "manageEmailAddresses", other)).toEqual([{ lang: "ja", text: "メールアドレスの管理" }]);
  });
  it("gives the English words to a page whose quotation leaves them out", () => {
    expect(productWordsNotShown(glossary, "appResetButton", "ja")).toEqual([{ lang: "en", text: "Reset" }]);
  });
  it("gives nothing the page shows already", () => {
    expect(productWordsNotShown(glossary, "manageEmailAddresses", "ja")).toEqual([]);
  });
});

describe("glossary validation", () => {
  it("names the file and the field of a screen text without a source", () => {
    expect(() => parseGlossary(`screens:\n  x:\n    kind: button\n    en: A\n    ja: B\n    vi: C\n    help: { article: a }\n${terms}`, "content/glossary.yaml")).toThrow(/^content\/glossary\.yaml:\n {2}screens\.x\.source:/);
  });
  it("names the field of a screen text whose help is not an article id", () => {
    expect(() => parseGlossary(`screens:\n  x:\n    kind: button\n    source: 002_0415ceafeba8d4f9.txt\n    en: A\n    ja: B\n    vi: C\n    help: { article: My Article }\n${terms}`, "g.yaml")).toThrow(/screens\.x\.help\.article: use the kebab-case id/);
  });
  it("rejects a screen-text name that is not lowerCamelCase", () => {
    expect(() => parseGlossary(`screens:\n  Reset-Button:\n    kind: button\n    source: 002_0415ceafeba8d4f9.txt\n    en: A\n    ja: B\n    vi: C\n${terms}`, "g.yaml")).toThrow(/lowerCamelCase/);
  });
  it("requires a from → to example for each term", () => {
    const bad = `screens: {}\nterms:\n  en: []\n  ja:\n    - expected: ブラウザー\n      variants: [ブラウザ]\n      specs: []\n  ja-easy: []\n  vi: []\n`;
    expect(() => parseGlossary(bad, "g.yaml")).toThrow(/terms\.ja\.0\.specs: give one from → to example/);
  });
});

describe("term synonyms for search", () => {
  it("groups each preferred word with its plain variants, without regular expressions or replacement patterns", () => {
    const withTerms = parseGlossary(
      `screens: {}
terms:
  en: []
  ja:
    - { expected: ブラウザー, variants: ["/ブラウザ(?!ー)/"], specs: [{ from: ブラウザ, to: ブラウザー }] }
    - { expected: メインのメールアドレス, variants: [プライマリーメール, "/メイン?アドレス/"], specs: [{ from: プライマリーメール, to: メインのメールアドレス }] }
    - { expected: "$1を入れます", variants: [書きます], specs: [{ from: 書きます, to: 書きます }] }
  ja-easy: []
  vi: []
`,
      "g.yaml",
    );
    expect(termSynonyms(withTerms, "ja")).toEqual([["メインのメールアドレス", "プライマリーメール"]]);
  });
});
