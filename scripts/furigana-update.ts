/**
 * `npm run furigana:update` (after `npm run build`, even one the ledger check stopped): rewrites
 * `content/furigana/readings.yaml` from the readings on the built Japanese pages, adding new pairs and
 * removing unused ones, sorted, so the diff shows exactly which readings changed. Review every line.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { readUiStrings } from "../src/lib/furigana/ui-readings.ts";
import { htmlFiles, urlPathOf } from "../src/build/postbuild/html-files.ts";
import { createFuriganaReader, loadReadingRules } from "../src/lib/furigana/reader.ts";
import { loadReadingCache } from "../src/lib/furigana/reading-cache.ts";
import { defaultLedgerPath, pairKey, parseLedger, writeLedger, type SeenPair } from "../src/lib/furigana/ledger.ts";
import { pageReadings } from "../src/lib/furigana/site-readings.ts";
import { parseSynonymGroups } from "../src/lib/search/synonyms.ts";
import { contentPath } from "../src/lib/content-paths.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";
const japanesePage = /<html\b[^>]*\blang=["']?ja["'\s>]/i;

const pairs: SeenPair[] = [];
for (const file of htmlFiles(siteDir)) {
  const html = readFileSync(join(siteDir, file), "utf8");
  if (!japanesePage.test(html)) continue;
  const page = urlPathOf(file);
  for (const pair of pageReadings(fromHtml(html)).pairs) pairs.push({ ...pair, page });
}
if (pairs.length === 0) {
  console.error(`No readings found in ${siteDir}/: run \`npm run build\` first.`);
  process.exit(1);
}
const reader = createFuriganaReader({ rules: await loadReadingRules(), cache: await loadReadingCache() });
pairs.push(...(await readUiStrings(reader, parseSynonymGroups(readFileSync(contentPath("searchSynonyms"), "utf8"), contentPath("searchSynonyms")))).pairs);
await reader.saveCache();
const before = existsSync(defaultLedgerPath()) ? parseLedger(readFileSync(defaultLedgerPath(), "utf8")).entries : [];
const oldKeys = new Set(before.map(pairKey));
const newKeys = new Set(pairs.map(pairKey));
const added = [...newKeys].filter((key) => !oldKeys.has(key)).sort();
const removed = [...oldKeys].filter((key) => !newKeys.has(key)).sort();
writeFileSync(defaultLedgerPath(), writeLedger(pairs));
const show = (key: string) => key.replace("\t", " → ");
console.log(`${defaultLedgerPath()}: ${newKeys.size} pairs, ${added.length} added, ${removed.length} removed`);
for (const key of added) console.log(`  + ${show(key)}`);
for (const key of removed) console.log(`  - ${show(key)}`);
if (added.length > 0) console.log("Review every added reading (git diff) before you commit; fix a wrong one in content/furigana/words.yaml or context.yaml.");
