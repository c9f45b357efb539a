import { describe, expect, it } from "vitest";
import { checkOverrides, splitByOverrides } from "../../../../src/lib/furigana/overrides.ts";

describe("splitByOverrides", () => {
  const dictionary = { 日本: "にほん", 日本語: "にほんご", 大人の方: "おとなのかた" };

  it("takes the longest word at each position", () => {
    expect(splitByOverrides("日本語と日本", dictionary)).toEqual([
      { text: "日本語", segments: [{ text: "日本語", reading: "にほんご" }] },
      { text: "と" },
      { text: "日本", segments: [{ text: "日本", reading: "にほん" }] },
    ]);
  });

  it("aligns an override's reading around the kana in the word", () => {
    expect(splitByOverrides("大人の方は", dictionary)).toEqual([
      {
        text: "大人の方",
        segments: [{ text: "大人", reading: "おとな" }, { text: "の" }, { text: "方", reading: "かた" }],
      },
      { text: "は" },
    ]);
  });

  it("leaves text without override words for the analyzer", () => {
    expect(splitByOverrides("登録します", dictionary)).toEqual([{ text: "登録します" }]);
  });
});

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
