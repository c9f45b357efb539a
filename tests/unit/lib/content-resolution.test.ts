import { describe, expect, it } from "vitest";
import { fallbackChain, localized, resolveTranslation } from "../../../src/lib/content-resolution.ts";

describe("fallbackChain", () => {
  it("sends easy Japanese to Japanese before English", () => expect(fallbackChain("ja-easy")).toEqual(["ja-easy", "ja", "en"]));
  it("sends Vietnamese straight to English", () => expect(fallbackChain("vi")).toEqual(["vi", "en"]));
  it("has nothing after English", () => expect(fallbackChain("en")).toEqual(["en"]));
});

describe("resolveTranslation", () => {
  it("uses the reader's own version when there is one", () => {
    expect(resolveTranslation("ja", { en: "E", ja: "J" })).toEqual({ item: "J", shownLocale: "ja", isFallback: false });
  });
  it("marks a fallback", () => {
    expect(resolveTranslation("vi", { en: "E", ja: "J" })).toEqual({ item: "E", shownLocale: "en", isFallback: true });
  });
  it("returns null when nothing in the chain exists", () => expect(resolveTranslation("vi", { ja: "J" })).toBeNull());
});

describe("localized", () => {
  it("falls back along the chain", () => expect(localized({ en: "Passwords", ja: "パスワード" }, "ja-easy")).toBe("パスワード"));
  it("throws when even English is missing", () => expect(() => localized({ ja: "x" }, "vi")).toThrow(/No text for vi/));
});
