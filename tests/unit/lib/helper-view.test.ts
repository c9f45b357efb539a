import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { helperPageUrl, offersHelperView, qrPathData } from "../../../src/lib/helper-view.ts";

describe("offersHelperView", () => {
  it("is offered on pages in other languages, not on Japanese or easy-Japanese pages", () => {
    expect([offersHelperView("en"), offersHelperView("vi"), offersHelperView("ja"), offersHelperView("ja-easy")]).toEqual([true, true, false, false]);
  });
});

describe("helperPageUrl", () => {
  it("keeps the reader's query string (a troubleshooter's state) and #section on the Japanese page", () => {
    const location = { origin: "https://help.example.com", search: "?step=b&a=yes", hash: "#reset" };
    expect(helperPageUrl("/ja/troubleshooters/x/", location)).toBe("https://help.example.com/ja/troubleshooters/x/?step=b&a=yes#reset");
  });
});

describe("qrPathData", () => {
  it("draws one unit square per dark module, at its column and row", () => {
    expect(qrPathData([[true, false], [false, true]])).toBe("M0 0h1v1h-1zM1 1h1v1h-1z");
  });

  it("draws as many squares as the encoder's code has dark modules", () => {
    const { data } = encode("https://help.example.com/ja/troubleshooters/x/?step=b&a=yes");
    const dark = data.flat().filter(Boolean).length;
    expect(qrPathData(data).match(/M/g)).toHaveLength(dark);
  });
});
