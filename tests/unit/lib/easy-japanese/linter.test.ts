import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EasyJapaneseConfig } from "../../../../src/lib/easy-japanese/config.ts";
import { parseEasyJapaneseConfig } from "../../../../src/lib/easy-japanese/config.ts";
import { lintEasyJapanese } from "../../../../src/lib/easy-japanese/linter.ts";

const fixturesDir = join(import.meta.dirname, "fixtures");

// A fixed configuration, so the fixtures do not change when editors tune the site's lists.
const config: EasyJapaneseConfig = {
  sentenceLength: { max: 50 },
  readingLevel: { minScore: 50, maxMeanSentenceLength: 30 },
  maxKanjiRun: { max: 5, allow: [] },
  katakanaAllow: ["メール", "アドレス", "パスワード", "ページ", "フォルダ", "エラー", "ボタン", "リンク", "アカウント"],
  difficultWords: { 申請: "申し込むこと", 削除: "消すこと" },
};

// Loads textlint and the morphological dictionary once, before the timed tests (seconds on a busy machine).
beforeAll(() => lintEasyJapanese("warm-up.mdx", "漢字です。", config), 60_000);

describe.each(readdirSync(fixturesDir))("lint:ja fixture %s", (name) => {
  it("reports exactly the expected rules on the expected lines", async () => {
    const dir = join(fixturesDir, name);
    const input = readdirSync(dir).find((file) => file.startsWith("input."))!;
    const messages = await lintEasyJapanese(input, readFileSync(join(dir, input), "utf8"), config);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { line: number; rule: string }[];
    expect(messages.map(({ line, rule }) => ({ line, rule }))).toEqual(expected);
  });
});

describe("lintEasyJapanese", () => {
  it("names the file, line, column and rule", async () => {
    const [message] = await lintEasyJapanese("content/articles/ja-easy/x.mdx", "はじめに\n\nメールをご確認ください。\n", config);
    expect(message).toEqual({
      file: "content/articles/ja-easy/x.mdx",
      line: 3,
      column: 5,
      rule: "easy-honorific",
      message: '"ご確認ください" is an honorific or humble form: use the plain form (〜てください / 〜ます)',
    });
  });

  it("asks for a reason when an exception has none", async () => {
    const [message] = await lintEasyJapanese("x.mdx", "{/* textlint-disable easy-passive */}\n", config);
    expect(message?.message).toBe('textlint-disable needs a reason after "--": textlint-disable easy-passive -- <why>');
  });

  it("rejects an exception for a rule that does not exist", async () => {
    const [message] = await lintEasyJapanese("x.yaml", "# textlint-disable easy-pasive -- typo\ntitle: はい\n", config);
    expect(message?.message).toMatch(/^unknown rule "easy-pasive"/);
  });
});

describe("parseEasyJapaneseConfig", () => {
  it("names the file and the field that is wrong", () => {
    expect(() =>
      parseEasyJapaneseConfig("sentenceLength: { max: 0 }\nmaxKanjiRun: { max: 5, allow: [] }\nkatakanaAllow: [mail]\ndifficultWords: {}\nreadingLevel: { minScore: 50, maxMeanSentenceLength: 30 }\n", "rules.yaml"),
    ).toThrow("rules.yaml:\n  sentenceLength.max: Too small: expected number to be >0\n  katakanaAllow.0: katakana only");
  });
});
