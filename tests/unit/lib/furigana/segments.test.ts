import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createFuriganaReader, loadOverrides, toRubySegments } from "../../../../src/lib/furigana/segments.ts";

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

  it("applies the site's override dictionary", async () => {
    expect(await toRubySegments("大人の方")).toEqual([
      { text: "大人", reading: "おとな" },
      { text: "の" },
      { text: "方", reading: "かた" },
    ]);
  });
});

describe("createFuriganaReader", () => {
  it("lets an override win over the analyzer, longest word first", async () => {
    const reader = createFuriganaReader({ overrides: { 登録: "とうろく", 登録日: "とうろくび" } });
    expect(await reader.segment("登録日")).toEqual([{ text: "登録日", reading: "とうろくび" }]);
  });

  it("counts annotated kanji runs", async () => {
    const reader = createFuriganaReader();
    await reader.segment("送り仮名");
    expect(reader.stats.kanjiRuns).toBe(2);
  });
});

describe("loadOverrides", () => {
  async function overridesFile(text: string): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), "furigana-overrides-")), "overrides.yaml");
    await writeFile(path, text);
    return path;
  }

  it("reads word: reading lines", async () => {
    expect(await loadOverrides(await overridesFile("退会: たいかい\n"))).toEqual({ 退会: "たいかい" });
  });

  it("stops with the file and the entry when a reading is not hiragana", async () => {
    const path = await overridesFile("退会: タイカイ\n");
    await expect(loadOverrides(path)).rejects.toThrow(`${path}:\n  "退会": reading "タイカイ" must be hiragana only`);
  });

  it("stops when an entry has no reading", async () => {
    const path = await overridesFile("退会:\n");
    await expect(loadOverrides(path)).rejects.toThrow(`${path}: "退会" needs a reading in hiragana`);
  });
});
