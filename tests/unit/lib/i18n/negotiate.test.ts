import { describe, expect, it } from "vitest";
import { pickLocale } from "../../../../src/lib/i18n/negotiate.ts";

const options = [{ lang: "en" }, { lang: "ja" }, { lang: "zh-Hans" }, { lang: "fil" }];

describe("pickLocale", () => {
  it("matches a region tag to its language", () => expect(pickLocale(["ja-JP", "en"], options)).toEqual({ lang: "ja" }));
  it("matches a script or region tag on both sides by the primary language", () => expect(pickLocale(["zh-CN"], options)).toEqual({ lang: "zh-Hans" }));
  it("takes the first preference the site has", () => expect(pickLocale(["fr-FR", "fil-PH", "en"], options)).toEqual({ lang: "fil" }));
  it("reads Tagalog as Filipino", () => expect(pickLocale(["tl"], options)).toEqual({ lang: "fil" }));
  it("offers nothing when the site has none of the reader's languages", () => expect(pickLocale(["de"], options)).toBeNull());
  it("copes with no preferences", () => expect(pickLocale([], options)).toBeNull());
});
