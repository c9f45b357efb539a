/**
 * Steps that work on the built HTML, in a fixed order, timed for `npm run bench`:
 * the search index reads the final pages.
 */
import { existsSync, readFileSync } from "node:fs";
import { buildSearchIndex } from "../src/build/search-index.ts";
import { addFuriganaToSite } from "../src/build/furigana-dist.ts";
import { writeCspHeaders } from "../src/build/csp-headers.ts";
import { writeRedirectsFile } from "../src/build/redirects-file.ts";
import { checkAgainstLedger, parseLedger } from "../src/lib/furigana/ledger.ts";
import { contentPath, contentRoot, isProjectContent } from "../src/lib/content-paths.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";

// First: readings go into the Japanese pages before anything reads or hashes them.
const furiganaStarted = performance.now();
const furigana = await addFuriganaToSite(siteDir);
console.error(
  `[postbuild] furigana: ${furigana.pages} pages, ${furigana.kanjiRuns} kanji runs, ${furigana.cacheHits} cache hits, ` +
    `${furigana.analysed} analysed in ${(performance.now() - furiganaStarted).toFixed(0)} ms`,
);
// The morphological analysis alone (0 when every text was cached); the rest is parsing and writing HTML.
console.error(`[postbuild] furigana analysis: ${furigana.analysisMs.toFixed(0)} ms for ${furigana.analysed} texts, dictionary load included`);

// Every reading on the site must be one an editor approved in the ledger. Other content folders
// (fixtures, generated benchmark corpora) show pairs the site's ledger cannot know: a warning there.
const ledgerPath = contentPath("furiganaLedger");
if (existsSync(ledgerPath)) {
  const ledger = parseLedger(readFileSync(ledgerPath, "utf8"), ledgerPath);
  const { missing, unused } = checkAgainstLedger(furigana.pairs, ledger.entries, ledgerPath);
  for (const warning of unused) console.error(`[postbuild] warning: ${warning} (npm run furigana:update removes it)`);
  const problems = [...ledger.problems, ...missing];
  if (problems.length > 0 && isProjectContent()) {
    console.error(`[postbuild] readings ledger: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    console.error("[postbuild] Run `npm run furigana:update`, review every new line in the diff, fix wrong readings in content/furigana/.");
    process.exit(1);
  }
  if (problems.length > 0) console.error(`[postbuild] warning: ${problems.length} pair(s) not in ${ledgerPath} (another content folder)`);
}

const started = performance.now();
const { pages, languages } = await buildSearchIndex(siteDir);
const searchMs = performance.now() - started;
const perLanguage = Object.entries(languages).map(([lang, count]) => `${lang} ${count}`).join(", ");
console.error(`[postbuild] search index: ${pages} pages (${perLanguage}) in ${searchMs.toFixed(0)} ms`);

// Last: the Content-Security-Policy headers copy the hashes of the final HTML.
const cspStarted = performance.now();
const { pages: cspPages } = writeCspHeaders(siteDir);
console.error(`[postbuild] csp headers: ${cspPages} pages in ${(performance.now() - cspStarted).toFixed(0)} ms`);

const redirectsStarted = performance.now();
const { redirects } = writeRedirectsFile(siteDir, contentRoot());
console.error(`[postbuild] redirects: ${redirects} in _redirects in ${(performance.now() - redirectsStarted).toFixed(0)} ms`);
