/**
 * `npm run furigana:report [-- <site dir>]`: for a built site, the distinct (word, reading) pairs on its
 * Japanese pages, how many the readings ledger holds, and the kanji runs a reader sees without a reading.
 */
import { readFileSync } from "node:fs";
import { fromHtml } from "hast-util-from-html";
import { htmlFiles } from "../src/build/postbuild/html-files.ts";
import { pageReadings } from "../src/lib/furigana/site-readings.ts";
import { defaultLedgerPath, parseLedger, pairKey } from "../src/lib/furigana/ledger.ts";

const siteDir = process.argv[2] ?? process.env["HC_OUT_DIR"] ?? "dist";
const japanesePage = /<html\b[^>]*\blang=["']?ja["'\s>]/i;

let ledgerKeys = new Set<string>();
try {
  ledgerKeys = new Set(parseLedger(readFileSync(defaultLedgerPath(), "utf8")).entries.map((entry) => pairKey(entry)));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}

const pairs = new Set<string>();
const unannotatedByRun = new Map<string, number>();
let unannotated = 0;
let pages = 0;
for (const file of htmlFiles(siteDir)) {
  const html = readFileSync(file, "utf8");
  if (!japanesePage.test(html)) continue;
  pages += 1;
  const readings = pageReadings(fromHtml(html));
  for (const pair of readings.pairs) pairs.add(pairKey(pair));
  for (const { run } of readings.unannotated) {
    unannotated += 1;
    unannotatedByRun.set(run, (unannotatedByRun.get(run) ?? 0) + 1);
  }
}
const inLedger = [...pairs].filter((key) => ledgerKeys.has(key)).length;
console.log(`Japanese pages: ${pages}`);
console.log(`distinct (word, reading) pairs: ${pairs.size}`);
console.log(`pairs in the ledger: ${inLedger} (missing: ${pairs.size - inLedger})`);
console.log(`unannotated kanji runs: ${unannotated}`);
const top = [...unannotatedByRun].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
if (top.length > 0) console.log(`most frequent unannotated: ${top.map(([run, count]) => `${run} ×${count}`).join(", ")}`);
