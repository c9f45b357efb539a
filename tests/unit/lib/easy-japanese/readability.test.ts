import { describe, expect, it } from "vitest";
import { readability, readableText, sentencesOf } from "../../../../src/lib/easy-japanese/readability.ts";
import { readingLevelProblems } from "../../../../src/lib/easy-japanese/linter.ts";

describe("readability (Tateisi, Ono and Yamada 1988)", () => {
  it("computes the published formula from sentence length, character runs and commas", () => {
    const level = readability(["日本です。"]);
    // ls = 5; runs: kanji 日本 (2), hiragana です (2); cp = 0.
    expect(level.sentences).toBe(1);
    expect(level.meanSentenceLength).toBe(5);
    expect(level.runs).toEqual({ roman: 0, hiragana: 2, kanji: 2, katakana: 0 });
    expect(level.score).toBeCloseTo(-0.12 * 5 + 7.4 * 2 - 23.18 * 2 + 115.79, 6);
  });
  it("scores plain hiragana sentences above kanji compounds", () => {
    const easy = readability(["パスワードを あたらしく します。メールを みて ください。"]);
    const hard = readability(["再設定用認証情報を登録済電子郵便宛先へ送信後、確認処理を実施します。"]);
    expect(easy.score).toBeGreaterThan(hard.score);
    expect(hard.commasPerSentence).toBe(1);
  });
  it("reads no link targets or Markdown marks and splits sentences at 。 and line ends", () => {
    expect(readableText("**[ここ](../reset/)** を押します")).toBe("ここ を押します");
    expect(sentencesOf("見出し\n一つ目です。二つ目です。\nhttps")).toEqual(["見出し", "一つ目です。", "二つ目です。"]);
  });
});

describe("reading-level thresholds", () => {
  const limits = { minScore: 50, maxMeanSentenceLength: 30 };
  it("fails a file below the score or above the mean sentence length, and says how to fix it", () => {
    const hard = readability(["再設定用認証情報を登録済電子郵便宛先へ送信後、確認処理を実施します。"]);
    expect(readingLevelProblems(hard, limits)).toEqual([
      `readability ${hard.score.toFixed(1)} is below 50: shorter sentences, fewer and shorter kanji words`,
      "sentences average 34.0 characters, more than 30: split long sentences",
    ]);
    expect(readingLevelProblems(readability(["メールを見てください。"]), limits)).toEqual([]);
  });
});
