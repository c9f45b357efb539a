import { describe, expect, it } from "vitest";
import { loadReadingRules } from "../../../../src/lib/furigana/reader.ts";
import { checkRules, splitByRules, type ReadingRules } from "../../../../src/lib/furigana/rules.ts";

/** The rules' own readings only (the analyzer's parts stay plain): `方(かた)`. */
function marked(text: string, rules: ReadingRules): string {
  return splitByRules(text, rules)
    .map((part) => part.segments?.map((segment) => (segment.reading === undefined ? segment.text : `${segment.text}(${segment.reading})`)).join("") ?? part.text)
    .join("");
}

const siteRules = await loadReadingRules();

describe("each rule in content/furigana/context.yaml", () => {
  for (const rule of siteRules.context) {
    it.each(Object.entries(rule.tests))(`${rule.word} → ${rule.reading}: %s`, (text, expected) => {
      expect(marked(text, siteRules)).toBe(expected);
    });
  }
  for (const rule of siteRules.counters) {
    it.each(Object.entries(rule.tests))(`counter ${rule.counter}: %s`, (text, expected) => {
      expect(marked(text, siteRules)).toBe(expected);
    });
  }
});

const rules: ReadingRules = {
  words: { 日本: "にほん", 日本語: "にほんご", 大人の方: "おとなのかた" },
  context: [
    { word: "方", reading: "かた", after: ["人の"], why: "", tests: {} },
    { word: "方", reading: "かた", after: ["企業の"], before: ["へ", "向け"], why: "", tests: {} },
  ],
  counters: [
    { counter: "日", reading: "にち", after: ["月"], numbers: { "1": "ついたち" }, why: "", tests: {} },
    { counter: "日", reading: "にち", numbers: { "1": "いちにち" }, why: "", tests: {} },
    { counter: "分", reading: "ふん", lastDigit: { "1": "ぷん" }, why: "", tests: {} },
    { counter: "か月", reading: "かげつ", why: "", tests: {} },
  ],
};

describe("splitByRules", () => {
  it("takes the longest word at each position", () => {
    expect(splitByRules("日本語と日本", rules)).toEqual([
      { text: "日本語", segments: [{ text: "日本語", reading: "にほんご" }] },
      { text: "と" },
      { text: "日本", segments: [{ text: "日本", reading: "にほん" }] },
    ]);
  });

  it("aligns a word's reading around the kana in the word", () => {
    expect(marked("大人の方は", rules)).toBe("大人(おとな)の方(かた)は");
  });

  it("applies a context rule only after the text it names", () => {
    expect(marked("外国人の方", rules)).toBe("外国人の方(かた)");
    expect(marked("こちらの方", rules)).toBe("こちらの方");
  });

  it("never matches a context word inside a longer kanji run", () => {
    expect(marked("人の方法", rules)).toBe("人の方法");
    expect(marked("人の両方", rules)).toBe("人の両方");
  });

  it("lets a rule with a following text accept a kanji after the word, and the end of the text", () => {
    expect(marked("企業の方向け", rules)).toBe("企業の方(かた)向け");
    expect(marked("企業の方", rules)).toBe("企業の方(かた)");
    expect(marked("企業の方が", rules)).toBe("企業の方が");
  });

  it("reads a number and its counter as one word when the number has its own reading", () => {
    expect(splitByRules("4月1日", rules)).toEqual([{ text: "4月" }, { text: "1日", segments: [{ text: "1日", reading: "ついたち" }] }]);
    expect(marked("1日に", rules)).toBe("1日(いちにち)に");
  });

  it("puts the counter's reading over the counter only, by the last digit when it varies", () => {
    expect(splitByRules("11分", rules)).toEqual([{ text: "11分", segments: [{ text: "11" }, { text: "分", reading: "ぷん" }] }]);
    expect(marked("12分", rules)).toBe("12分(ふん)");
    expect(marked("1か月", rules)).toBe("1か月(げつ)");
  });

  it("reads full-width digits like ASCII ones and ignores a counter without a number", () => {
    expect(marked("１日", rules)).toBe("１日(いちにち)");
    expect(marked("日にち", rules)).toBe("日にち");
  });

  it("leaves text without rules for the analyzer", () => {
    expect(splitByRules("登録します", rules)).toEqual([{ text: "登録します" }]);
  });
});

describe("checkRules", () => {
  it("accepts the site's rules", () => {
    expect(checkRules(siteRules)).toEqual([]);
  });

  it("names each bad rule and what is wrong", () => {
    expect(
      checkRules({
        context: [
          { word: "かた", reading: "かた", after: ["の"], why: "x", tests: {} },
          { word: "方", reading: "カタ", after: ["の"], why: "x", tests: {} },
          { word: "間", reading: "あいだ", why: "x", tests: {} },
        ],
        counters: [{ counter: "月", reading: "ガツ", why: "x", tests: {} }],
      }),
    ).toEqual([
      'context rule "かた" → "かた": the word has no kanji, so it needs no reading',
      'context rule "方" → "カタ": the reading must be hiragana only',
      'context rule "間" → "あいだ": give "after" or "before", or move it to words.yaml',
      'counter "月": reading "ガツ" must be hiragana only',
    ]);
  });
});
