import { describe, expect, it } from "vitest";
import { readingsForShown, type ShownReadings } from "../../../../src/lib/furigana/shown-readings.ts";

const readings: ShownReadings = {
  "確認 {current}/{total}": [{ text: "確認", reading: "かくにん" }, { text: " {current}/{total}" }],
  "「{question}」の答えを変える": [{ text: "「{question}」の" }, { text: "答", reading: "こた" }, { text: "えを" }, { text: "変", reading: "か" }, { text: "える" }],
  "外国人の方": [{ text: "外国人", reading: "がいこくじん" }, { text: "の" }, { text: "方", reading: "かた" }],
};

describe("readings for shown text", () => {
  it("gives a text the build read its own segments", () => {
    expect(readingsForShown("外国人の方", readings)).toEqual(readings["外国人の方"]);
  });

  it("recognises a filled template by its fixed parts, and keeps a value's own readings", () => {
    expect(readingsForShown("確認 2/5", readings)).toEqual([{ text: "確認", reading: "かくにん" }, { text: " 2/5" }]);
    expect(readingsForShown("「外国人の方」の答えを変える", readings)).toEqual([
      { text: "「" },
      { text: "外国人", reading: "がいこくじん" },
      { text: "の" },
      { text: "方", reading: "かた" },
      { text: "」の" },
      { text: "答", reading: "こた" },
      { text: "えを" },
      { text: "変", reading: "か" },
      { text: "える" },
    ]);
  });

  it("never reads text the build did not read", () => {
    expect(readingsForShown("日本人の方", readings)).toBeNull();
  });
});
