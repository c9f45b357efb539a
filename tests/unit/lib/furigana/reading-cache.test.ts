import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReadingCache, shardFile, textHash } from "../../../../src/lib/furigana/reading-cache.ts";
import { createFuriganaReader } from "../../../../src/lib/furigana/reader.ts";

// Loads the morphological dictionary once, before the timed tests (seconds on a busy machine).
beforeAll(() => createFuriganaReader().segment("漢字"), 60_000);

async function tempCachePath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "furigana-cache-")), "readings");
}

describe("reading cache", () => {
  it("lets a second build read the same text without any analysis", async () => {
    const path = await tempCachePath();
    const first = createFuriganaReader({ cache: await loadReadingCache(path) });
    const firstSegments = await first.segment("在留カードを更新しました。");
    await first.saveCache();
    expect(first.stats.analysed).toBe(1);

    const second = createFuriganaReader({ cache: await loadReadingCache(path) });
    expect(await second.segment("在留カードを更新しました。")).toEqual(firstSegments);
    expect(second.stats).toMatchObject({ analysed: 0, cacheHits: 1 });
  });

  it("merges with entries another build saved meanwhile", async () => {
    const path = await tempCachePath();
    const a = createFuriganaReader({ cache: await loadReadingCache(path) });
    const b = createFuriganaReader({ cache: await loadReadingCache(path) });
    await a.segment("登録");
    await b.segment("確認");
    await a.saveCache();
    await b.saveCache();
    const keys: string[] = [];
    for (const file of await readdir(path)) keys.push(...Object.keys(JSON.parse(await readFile(join(path, file), "utf8")).entries));
    expect(keys.sort()).toEqual([textHash("登録"), textHash("確認")].sort());
  });

  it("treats a file from another cache version as empty", async () => {
    const path = await tempCachePath();
    await mkdir(path, { recursive: true });
    await writeFile(shardFile(path, textHash("登録")), JSON.stringify({ version: "old", entries: { [textHash("登録")]: [["登録", "ゲーム"]] } }));
    const reader = createFuriganaReader({ cache: await loadReadingCache(path) });
    expect(await reader.segment("登録")).toEqual([{ text: "登録", reading: "とうろく" }]);
    expect(reader.stats.analysed).toBe(1);
  });

  it("does not analyse text without kanji", async () => {
    const reader = createFuriganaReader({ cache: await loadReadingCache(await tempCachePath()) });
    expect(await reader.segment("パスワードを ひらがなで")).toEqual([{ text: "パスワードを ひらがなで" }]);
    expect(reader.stats).toMatchObject({ analysed: 0, cacheHits: 0 });
  });
});
