import { describe, expect, it } from "vitest";
import { defaultLocale, localeKeys, locales } from "../../../src/lib/i18n/locales.ts";
import { originalLocaleOf, translationDigest, translationState, withTranslatedFrom } from "../../../src/lib/translation.ts";

const original = { title: "Title", answer: "Answer.", body: "\nBody text.\n", updated: new Date("2026-05-01") };
const translated = localeKeys.find((locale) => locale !== defaultLocale && locales[locale].easyVariantOf === null)!;

describe("translation freshness", () => {
  it("translates every language from English, and an easy variant from its standard language", () => {
    expect(originalLocaleOf(defaultLocale)).toBeNull();
    expect(originalLocaleOf(translated)).toBe(defaultLocale);
    for (const locale of localeKeys.filter((key) => locales[key].easyVariantOf)) expect(originalLocaleOf(locale)).toBe(locales[locale].easyVariantOf);
  });
  it("digests the words, not the line endings or blank lines around them", () => {
    expect(translationDigest(original)).toMatch(/^[0-9a-f]{12}$/);
    expect(translationDigest({ ...original, body: "Body text.\r\n\r\n" })).toBe(translationDigest(original));
    expect(translationDigest({ ...original, body: "Body text changed." })).not.toBe(translationDigest(original));
  });
  it("is current while the original's words are those it recorded, and stale with the original's date once they change", () => {
    const record = { locale: defaultLocale, hash: translationDigest(original) };
    expect(translationState(translated, record, original)).toEqual({ kind: "current", original: defaultLocale });
    expect(translationState(translated, record, { ...original, answer: "New answer." })).toEqual({ kind: "stale", original: defaultLocale, originalUpdated: original.updated });
    expect(translationState(translated, undefined, original).kind).toBe("stale");
    expect(translationState(defaultLocale, undefined, original)).toEqual({ kind: "original" });
  });
  it("writes the record at the end of the front matter, replacing an old one", () => {
    const file = "---\nid: a\ntranslatedFrom: { locale: en, hash: \"000000000000\" }\ntitle: T\n---\n\nBody\n";
    expect(withTranslatedFrom(file, { locale: "en", hash: "abcdefabcdef" })).toBe('---\nid: a\ntitle: T\ntranslatedFrom: { locale: en, hash: "abcdefabcdef" }\n---\n\nBody\n');
  });
});
