import { describe, expect, it } from "vitest";
import { checkAgainstLedger, parseLedger, writeLedger, type SeenPair } from "../../../../src/lib/furigana/ledger.ts";

const seen: SeenPair[] = [
  { word: "方", reading: "かた", page: "/ja/b/", sentence: "外国人の方へ" },
  { word: "大文字", reading: "おおもじ", page: "/ja/a/", sentence: "大文字は使えません" },
  { word: "方", reading: "かた", page: "/ja/a/", sentence: "企業の方へ" },
  { word: "方法", reading: "ほうほう", page: "/ja/a/", sentence: "直す方法" },
];

describe("writeLedger", () => {
  it("lists each pair once, sorted, with its page count and first page", () => {
    expect(writeLedger(seen).split("\n").filter((line) => line.startsWith("- "))).toEqual([
      "- { word: 大文字, reading: おおもじ, pages: 1, first: /ja/a/ }",
      "- { word: 方, reading: かた, pages: 2, first: /ja/a/ }",
      "- { word: 方法, reading: ほうほう, pages: 1, first: /ja/a/ }",
    ]);
  });

  it("gives the same text whatever order the pages came in", () => {
    expect(writeLedger([...seen].reverse())).toBe(writeLedger(seen));
  });

  it("reads back what it wrote", () => {
    const { entries, problems } = parseLedger(writeLedger(seen));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.word, entry.reading, entry.pages])).toEqual([["大文字", "おおもじ", 1], ["方", "かた", 2], ["方法", "ほうほう", 1]]);
  });
});

describe("parseLedger", () => {
  it("names file and line for an entry that is not hiragana, empty, without kanji or repeated", () => {
    const text = [
      "# header",
      "- { word: 方, reading: カタ }",
      "- { word: 方, reading: \"\" }",
      "- { word: かた, reading: かた }",
      "- { word: 今, reading: いま }",
      "- { word: 今, reading: いま }",
    ].join("\n");
    expect(parseLedger(text, "readings.yaml").problems).toEqual([
      'readings.yaml:2: "方": reading "カタ" must be hiragana only',
      'readings.yaml:3: "方" has an empty reading',
      'readings.yaml:4: "かた" has no kanji, so it needs no reading',
      'readings.yaml:6: "今" → "いま" is already on line 5',
    ]);
  });
});

describe("checkAgainstLedger", () => {
  const { entries } = parseLedger(["- { word: 方, reading: かた }", "- { word: 今, reading: こん }"].join("\n"), "readings.yaml");

  it("names page, word and sentence of a pair the ledger lacks, once per pair", () => {
    expect(checkAgainstLedger(seen, entries, "readings.yaml").missing).toEqual([
      '/ja/a/: "大文字" read "おおもじ" is not in readings.yaml, in: 大文字は使えません',
      '/ja/a/: "方法" read "ほうほう" is not in readings.yaml, in: 直す方法',
    ]);
  });

  it("warns with file:line about an entry no page uses", () => {
    expect(checkAgainstLedger(seen, entries, "readings.yaml").unused).toEqual(['readings.yaml:2: "今" → "こん" is on no page any more']);
  });
});
