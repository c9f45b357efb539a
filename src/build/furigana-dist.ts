/**
 * Adds furigana to every built Japanese page (`<html lang="ja">`: Japanese and easy Japanese), so
 * articles, troubleshooter text and UI strings all get readings. Runs before the search index, which
 * ignores the readings (`data-pagefind-ignore`).
 */
import { readFile, writeFile } from "node:fs/promises";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import rehypeFurigana from "../lib/furigana/rehype-furigana.ts";
import { createFuriganaReader, loadOverrides, type ReaderStats } from "../lib/furigana/segments.ts";
import { loadReadingCache } from "../lib/furigana/reading-cache.ts";
import { htmlFiles } from "./html-files.ts";

const japanesePage = /<html\b[^>]*\blang=["']?ja["'\s>]/i;

export async function addFuriganaToSite(
  siteDir: string,
  options: { overridesPath?: string; cachePath?: string } = {},
): Promise<ReaderStats & { pages: number }> {
  const reader = createFuriganaReader({
    overrides: await loadOverrides(options.overridesPath),
    cache: await loadReadingCache(options.cachePath),
  });
  const processor = unified().use(rehypeParse).use(rehypeFurigana, { reader }).use(rehypeStringify);
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = await readFile(file, "utf8");
    if (!japanesePage.test(html)) continue;
    await writeFile(file, String(await processor.process(html)));
    pages += 1;
  }
  await reader.saveCache();
  return { ...reader.stats, pages };
}
