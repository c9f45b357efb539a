import { describe, expect, it } from "vitest";
import { alignReading, splitKanjiRuns } from "../../../../src/lib/furigana/align.ts";

describe("splitKanjiRuns", () => {
  it("cuts a word into kanji runs and the kana between them", () => {
    expect(splitKanjiRuns("書き込み")).toEqual([
      { text: "書", kanji: true },
      { text: "き", kanji: false },
      { text: "込", kanji: true },
      { text: "み", kanji: false },
    ]);
  });

  it("treats 々 and the small ヶ as part of the kanji run", () => {
    expect(splitKanjiRuns("人々")).toEqual([{ text: "人々", kanji: true }]);
    expect(splitKanjiRuns("一ヶ月")).toEqual([{ text: "一ヶ月", kanji: true }]);
  });
});

describe("alignReading", () => {
  it("puts the reading over the kanji and leaves okurigana bare", () => {
    expect(alignReading("送り仮名", "オクリガナ")).toEqual([
      { text: "送", reading: "おく" },
      { text: "り" },
      { text: "仮名", reading: "がな" },
    ]);
  });

  it("matches katakana in the word against the reading", () => {
    expect(alignReading("在留カード", "ざいりゅうかーど")).toEqual([{ text: "在留", reading: "ざいりゅう" }, { text: "カード" }]);
  });

  it("returns kana-only words unchanged", () => {
    expect(alignReading("パスワード", "パスワード")).toEqual([{ text: "パスワード" }]);
  });

  it("gives no reading when the reading does not fit the word's kana", () => {
    expect(alignReading("書き", "カク")).toEqual([{ text: "書き" }]);
  });

  it("gives no reading when the analyzer has none (the reading is the kanji itself)", () => {
    expect(alignReading("鬱", "鬱")).toEqual([{ text: "鬱" }]);
  });
});
