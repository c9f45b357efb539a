import { describe, expect, it } from "vitest";
import { easyToggleFor } from "../../../src/lib/reading-aids.ts";

const alternates = {
  en: "/en/articles/x/",
  ja: "/ja/articles/x/",
  "ja-easy": "/ja-easy/articles/x/",
  vi: "/vi/articles/x/",
};

describe("easyToggleFor", () => {
  it("links a Japanese page to its easy version", () => {
    expect(easyToggleFor("ja", alternates, true)).toEqual({ kind: "link", href: "/ja-easy/articles/x/", label: "reading.toEasy" });
  });

  it("links an easy page back to the standard version", () => {
    expect(easyToggleFor("ja-easy", alternates, true)).toEqual({ kind: "link", href: "/ja/articles/x/", label: "reading.toStandard" });
  });

  it("says so when the page has no easy version, instead of linking to a fallback", () => {
    expect(easyToggleFor("ja", alternates, false)).toEqual({ kind: "missing", label: "reading.noEasyVersion" });
  });

  it("offers nothing on languages without an easy variant", () => {
    expect(easyToggleFor("en", alternates, true)).toBeNull();
    expect(easyToggleFor("vi", alternates, true)).toBeNull();
  });
});
