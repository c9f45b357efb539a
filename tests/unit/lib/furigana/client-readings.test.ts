import { describe, expect, it } from "vitest";
import { buildReadingDictionary, dictionaryReader } from "../../../../src/lib/furigana/client-readings.ts";

describe("dictionaryReader", () => {
  const dictionary = buildReadingDictionary([
    ["外国人の方へ", [{ text: "外国", reading: "がいこく" }, { text: "人", reading: "じん" }, { text: "の" }, { text: "方", reading: "かた" }, { text: "へ" }]],
    ["メールが来ない", [{ text: "メールが" }, { text: "来", reading: "こ" }, { text: "ない" }]],
    ["メールが来た", [{ text: "メールが" }, { text: "来", reading: "き" }, { text: "た" }]],
    ["メールが来ました", [{ text: "メールが" }, { text: "来", reading: "き" }, { text: "ました" }]],
    ["4月1日", [{ text: "4" }, { text: "月", reading: "がつ" }, { text: "1日", reading: "ついたち" }]],
    ["日本語", [{ text: "日本語", reading: "にほんご" }]],
  ]);
  const read = dictionaryReader(dictionary);

  it("reads text with the readings the site shows, longest word first", () => {
    expect(read("日本語の方へ")).toEqual([{ text: "日本語", reading: "にほんご" }, { text: "の" }, { text: "方", reading: "かた" }, { text: "へ" }]);
  });

  it("picks the reading seen next to the same characters", () => {
    expect(read("来ない")).toEqual([{ text: "来", reading: "こ" }, { text: "ない" }]);
    expect(read("来た")).toEqual([{ text: "来", reading: "き" }, { text: "た" }]);
  });

  it("reads a number with its counter as one word, but not inside a longer number", () => {
    expect(read("1日")).toEqual([{ text: "1日", reading: "ついたち" }]);
    expect(read("11日")).toEqual([{ text: "11日" }]);
  });

  it("leaves kanji it has never seen without a reading", () => {
    expect(read("未知の語")).toEqual([{ text: "未知の語" }]);
  });

  it("keeps only the usual reading for a word read one way", () => {
    expect(dictionary["日本語"]).toBe("にほんご");
    expect(dictionary["来"]).toEqual(["き", { こ: ["が\u0001な"] }]);
  });
});
