import { describe, expect, it } from "vitest";
import { pickLocale } from "../../../../src/lib/i18n/negotiate.ts";

const options = [
  { lang: "en", href: "/en/" },
  { lang: "ja", href: "/ja/" },
  { lang: "vi", href: "/vi/" },
];

describe("pickLocale", () => {
  it("matches a region tag to its language", () => expect(pickLocale(["ja-JP", "en"], options)).toBe("/ja/"));
  it("takes the first preference that exists", () => expect(pickLocale(["fr-FR", "vi-VN", "en"], options)).toBe("/vi/"));
  it("falls back to the first option", () => expect(pickLocale(["de"], options)).toBe("/en/"));
  it("copes with no preferences", () => expect(pickLocale([], options)).toBe("/en/"));
});
