import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupOf, mergeSummaries, PostbuildCache, summarize, type PageRecord, type PageState } from "../../../src/build/postbuild-cache.ts";

const state = (searchLang: string | null, hash = "h"): PageState => ({ input: hash, hash, stamp: "s", policy: null, searchLang });
const record = (urlPath: string, readings: [string, string][], words: [string, number][] = []): PageRecord => ({
  urlPath,
  otherPairs: [],
  readings: readings.map(([word, reading]) => [word, reading, 1, ["\u0001"]]),
  words,
});
const ui = { samples: [], pairs: [] };

// Folders and pages at the top of the site, named so that their order is not the order of their names.
const pages: Record<string, PageState> = {
  "404.html": state(null),
  "en/a/index.html": state("en"),
  "index.html": state(null),
  "ja-easy/a/index.html": state("ja"),
  "ja/a/index.html": state("ja"),
};
const records: Record<string, PageRecord> = {
  "404.html": record("/404.html", []),
  "en/a/index.html": record("/en/a/", [], [["login", 2]]),
  "index.html": record("/", [["登録", "とうろく"]]),
  "ja-easy/a/index.html": record("/ja-easy/a/", [["登録", "とうろく"], ["確認", "かくにん"]], [["登録", 1]]),
  "ja/a/index.html": record("/ja/a/", [["確認", "かくにん"], ["変更", "へんこう"]], [["登録", 2]]),
};

describe("post-build cache", () => {
  it("puts a page in one of sixteen groups of its top folder, always the same; a page at the top is a group of its own", () => {
    expect(groupOf("ja-easy/a/index.html")).toMatch(/^ja-easy\.[0-9a-f]$/);
    expect(groupOf("ja-easy/a/index.html")).toBe(groupOf("ja-easy/a/index.html"));
    expect(new Set(Array.from({ length: 200 }, (_, index) => groupOf(`en/articles/a${index}/index.html`))).size).toBe(16);
    expect(groupOf("404.html")).toBe("404.html");
  });

  it("takes the groups together as the whole site: each pair with its first page in file order", async () => {
    const cache = new PostbuildCache(await mkdtemp(join(tmpdir(), "postbuild-cache-")), "key");
    const merged = mergeSummaries(cache.update(pages, new Map(Object.entries(records)), ui));
    const whole = summarize(Object.keys(pages).sort(), records, pages);
    expect(merged.pairs).toEqual(whole.pairs);
    expect(merged.pairs.find(([key]) => key === "確認\tかくにん")?.[1]).toBe("/ja-easy/a/");
    expect([...merged.wordsByLang].map(([lang, counts]) => [lang, [...counts]])).toEqual([
      ["en", [["login", 2]]],
      ["ja", [["登録", 3]]],
    ]);
    expect(merged.uses.get("登録")?.get("とうろく")?.count).toBe(2);
  });

  it("reads a group in which no page changed as its summary, and sums up again a group with a changed page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "postbuild-cache-"));
    new PostbuildCache(dir, "key").update(pages, new Map(Object.entries(records)), ui);
    const next = new PostbuildCache(dir, "key");
    expect(Object.keys(next.pages).sort()).toEqual(Object.keys(pages).sort());
    // Only a summary is read for ja/a's group: its records could be anything.
    await writeFile(join(dir, "groups", `${groupOf("ja/a/index.html")}.json`), "not read");
    const edited = record("/ja-easy/a/", [["更新", "こうしん"]]);
    const pairs = mergeSummaries(next.update(pages, new Map([["ja-easy/a/index.html", edited]]), ui)).pairs.map(([key]) => key);
    expect(pairs).toContain("更新\tこうしん");
    expect(pairs).toContain("変更\tへんこう");
    expect(pairs.filter((key) => key === "確認\tかくにん")).toHaveLength(1);
  });

  it("starts empty under another key, or when a group's files are missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "postbuild-cache-"));
    new PostbuildCache(dir, "key").update(pages, new Map(Object.entries(records)), ui);
    expect(Object.keys(new PostbuildCache(dir, "other key").pages)).toEqual([]);
    await rm(join(dir, "groups", `${groupOf("en/a/index.html")}.summary.json`));
    expect(Object.keys(new PostbuildCache(dir, "key").pages)).toEqual([]);
  });

  it("drops the files of a group the site no longer has", async () => {
    const dir = await mkdtemp(join(tmpdir(), "postbuild-cache-"));
    new PostbuildCache(dir, "key").update(pages, new Map(Object.entries(records)), ui);
    const { "en/a/index.html": _gone, ...rest } = pages;
    new PostbuildCache(dir, "key").update(rest, new Map(), ui);
    expect((await readdir(join(dir, "groups"))).filter((name) => name.startsWith("en"))).toEqual([]);
  });
});
