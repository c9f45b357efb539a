/**
 * Adds furigana to every built Japanese page (`<html lang="ja">`: Japanese and easy Japanese), so
 * articles, troubleshooter text and UI strings all get readings. Runs before the search index, which
 * ignores the readings (`data-pagefind-ignore`). Then checks every (word, reading) pair on those pages
 * against the readings ledger, and writes the readings the browser needs for text it renders itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { unified } from "unified";
import rehypeFurigana from "../lib/furigana/rehype-furigana.ts";
import { createFuriganaReader, loadReadingRules, type FuriganaReader, type ReaderStats } from "../lib/furigana/reader.ts";
import { loadReadingCache } from "../lib/furigana/reading-cache.ts";
import { pageReadings } from "../lib/furigana/site-readings.ts";
import type { SeenPair } from "../lib/furigana/ledger.ts";
import { buildReadingDictionary } from "../lib/furigana/client-readings.ts";
import { hasKanji } from "../lib/furigana/kana.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import ja from "../lib/i18n/strings/ja.ts";
import jaEasy from "../lib/i18n/strings/ja-easy.ts";
import { htmlFiles, urlPathOf } from "./html-files.ts";

const japanesePage = /<html\b[^>]*\blang=["']?ja["'\s>]/i;

// UI strings a script may show after load (search status lines, island labels): read like page text,
// so their readings are in the ledger and in the browser's dictionary even before any page shows them.
const uiStrings: Partial<Record<Locale, Record<string, string>>> = { ja, "ja-easy": jaEasy };

/** The UI strings of each Japanese locale, read: for the browser's dictionary and for the ledger. */
export async function readUiStrings(reader: FuriganaReader): Promise<{ samples: Map<Locale, [string, RubySegment[]][]>; pairs: SeenPair[] }> {
  const samples = new Map<Locale, [string, RubySegment[]][]>();
  const pairs: SeenPair[] = [];
  for (const [locale, strings] of Object.entries(uiStrings) as [Locale, Record<string, string>][]) {
    const texts: [string, RubySegment[]][] = [];
    for (const template of Object.values(strings)) {
      // A placeholder ({count}) is not Japanese text: read the parts around it.
      for (const text of template.split(/\{\w+\}/u).filter(hasKanji)) {
        const segments = await reader.segment(text);
        texts.push([text, segments]);
        for (const segment of segments) {
          if (segment.reading !== undefined) pairs.push({ word: segment.text, reading: segment.reading, sentence: text, page: `(UI strings ${locale})` });
        }
      }
    }
    samples.set(locale, texts);
  }
  return { samples, pairs };
}

function furiganaRoots(tree: Root): Element[] {
  const roots: Element[] = [];
  visit(tree, "element", (element) => {
    if (element.properties["dataFuriganaRoot"] === undefined) return undefined;
    roots.push(element);
    return SKIP;
  });
  return roots;
}

export async function addFuriganaToSite(
  siteDir: string,
  options: { rulesDir?: string; cachePath?: string } = {},
): Promise<ReaderStats & { pages: number; pairs: SeenPair[] }> {
  const reader = createFuriganaReader({
    rules: await loadReadingRules(options.rulesDir),
    cache: await loadReadingCache(options.cachePath),
  });
  // Every text read for Japanese pages and UI strings, for the browser's dictionary.
  const samples: [string, RubySegment[]][] = [];
  const recordingReader = {
    ...reader,
    async segment(text: string) {
      const segments = await reader.segment(text);
      samples.push([text, segments]);
      return segments;
    },
  };
  const transform = unified().use(rehypeFurigana, { reader: recordingReader });
  const pairs: SeenPair[] = [];
  const ui = await readUiStrings(reader);
  pairs.push(...ui.pairs);
  for (const texts of ui.samples.values()) samples.push(...texts);
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, "utf8");
    const japanese = japanesePage.test(html);
    // A page in another language may hold a Japanese part with readings (the 404 page's ja section).
    if (!japanese && !html.includes("data-furigana-root")) continue;
    const page = urlPathOf(relative(siteDir, file));
    const tree = fromHtml(html);
    const parts = japanese ? [tree] : furiganaRoots(tree).map((element): Root => ({ type: "root", children: [element] }));
    for (const part of parts) {
      await transform.run(part);
      for (const pair of pageReadings(part).pairs) pairs.push({ ...pair, page });
    }
    writeFileSync(file, toHtml(tree));
    pages += 1;
  }
  await reader.saveCache();
  // One dictionary for Japanese: the easy-Japanese search page shows results from the standard index.
  mkdirSync(join(siteDir, "furigana"), { recursive: true });
  writeFileSync(join(siteDir, "furigana", "ja.json"), JSON.stringify(buildReadingDictionary(samples)));
  return { ...reader.stats, pages, pairs };
}
