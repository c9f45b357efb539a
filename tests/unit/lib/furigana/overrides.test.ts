import { describe, expect, it } from "vitest";
import { checkOverrides } from "../../../../src/lib/furigana/overrides.ts";

describe("checkOverrides", () => {
  it("accepts well-formed entries", () => {
    expect(checkOverrides({ 在留カード: "ざいりゅうかーど", 大人の方: "おとなのかた" })).toEqual([]);
  });

  it("names each bad entry and what is wrong", () => {
    expect(checkOverrides({ カード: "かーど", 退会: "タイカイ", 大人の方: "おとなかた" })).toEqual([
      '"カード": has no kanji, so it needs no reading',
      '"退会": reading "タイカイ" must be hiragana only',
      '"大人の方": reading "おとなかた" does not fit the kana in the word',
    ]);
  });
});
