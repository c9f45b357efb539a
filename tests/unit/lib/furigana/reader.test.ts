import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createFuriganaReader, loadReadingRules, toRubySegments } from "../../../../src/lib/furigana/reader.ts";

// Loads the morphological dictionary once, before the timed tests (seconds on a busy machine).
beforeAll(() => createFuriganaReader().segment("漢字"), 60_000);

describe("toRubySegments", () => {
  it("returns kanji runs with hiragana readings and plain text between them", async () => {
    expect(await toRubySegments("仮パスワードを入力します")).toEqual([
      { text: "仮", reading: "かり" },
      { text: "パスワードを" },
      { text: "入力", reading: "にゅうりょく" },
      { text: "します" },
    ]);
  });

  it("applies the site's reading rules", async () => {
    expect(await toRubySegments("大人の方")).toEqual([
      { text: "大人", reading: "おとな" },
      { text: "の" },
      { text: "方", reading: "かた" },
    ]);
  });
});

describe("createFuriganaReader", () => {
  it("lets an override win over the analyzer, longest word first", async () => {
    const reader = createFuriganaReader({ rules: { words: { 登録: "とうろく", 登録日: "とうろくび" }, context: [], counters: [] } });
    expect(await reader.segment("登録日")).toEqual([{ text: "登録日", reading: "とうろくび" }]);
  });

  it("counts annotated kanji runs", async () => {
    const reader = createFuriganaReader();
    await reader.segment("送り仮名");
    expect(reader.stats.kanjiRuns).toBe(2);
  });
});

describe("loadReadingRules", () => {
  async function rulesDir(words: string, context = "context: []\ncounters: []\n"): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "furigana-rules-"));
    await writeFile(join(dir, "words.yaml"), words);
    await writeFile(join(dir, "context.yaml"), context);
    return dir;
  }

  it("reads word: reading lines, context rules and counters", async () => {
    const dir = await rulesDir("退会: たいかい\n", "context:\n  - { word: 間, reading: あいだ, after: [ている], why: while, tests: { している間: している間(あいだ) } }\ncounters:\n  - { counter: 回, reading: かい, why: times, tests: { 2回: 2回(かい) } }\n");
    expect(await loadReadingRules(dir)).toEqual({
      words: { 退会: "たいかい" },
      context: [{ word: "間", reading: "あいだ", after: ["ている"], why: "while", tests: { している間: "している間(あいだ)" } }],
      counters: [{ counter: "回", reading: "かい", why: "times", tests: { "2回": "2回(かい)" } }],
    });
  });

  it("stops with the file and the entry when a reading is not hiragana", async () => {
    const dir = await rulesDir("退会: タイカイ\n");
    await expect(loadReadingRules(dir)).rejects.toThrow(`${join(dir, "words.yaml")}:\n  "退会": reading "タイカイ" must be hiragana only`);
  });

  it("stops when an entry has no reading", async () => {
    const dir = await rulesDir("退会:\n");
    await expect(loadReadingRules(dir)).rejects.toThrow(`${join(dir, "words.yaml")}: "退会" needs a reading in hiragana`);
  });

  it("stops when a context rule gives no reason", async () => {
    const dir = await rulesDir("", "context:\n  - { word: 間, reading: あいだ, after: [ている], tests: { している間: している間(あいだ) } }\n");
    await expect(loadReadingRules(dir)).rejects.toThrow(`${join(dir, "context.yaml")}:\n  context.0.why`);
  });
});
