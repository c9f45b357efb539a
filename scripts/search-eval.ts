/**
 * Search evaluation: types every query of `tests/e2e/search/queries.yaml` into the built site's results page
 * (headless Chromium, as a reader would) and prints success@1, success@3 and MRR per language, then each
 * query whose page was not first. Exits 1 when a language's success@3 is below `tests/e2e/search/floor.yaml`.
 * Build first (`npm run build`). Uses a preview server at HC_PORT (default 4321) if one answers, else starts one.
 * Usage: npm run search:eval [-- --locale vi] [-- --ranking '{"termFrequency":0.5}'] [-- --table tests/e2e/search/held-out.yaml]
 * `--table` scores another table of the same format (the held-out table); its floor is `--floor`, or the
 * `<table>-floor.yaml` beside it when there is one (none: the figures are printed, nothing is checked).
 * `--ranking` tries other Pagefind ranking options (src/lib/search/ranking.ts) without a rebuild: the results
 * page of this run gets them in its config.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config.ts";
import { ensurePreviewServer } from "./lib/preview-server.ts";
import { floorFailures, formatReport, parseFloor, parseQueryTable, scoreByLocale, type RankedCase } from "../src/lib/search/evaluation.ts";
import { typeAndRank } from "../tests/e2e/search/search-page.ts";

const defaultTable = "tests/e2e/search/queries.yaml";
const port = Number(process.env["HC_PORT"] ?? 4321);
const base = `http://127.0.0.1:${port}`;
const { values } = parseArgs({
  options: { locale: { type: "string" }, ranking: { type: "string" }, table: { type: "string" }, floor: { type: "string" } },
});
const tableFile = values.table ?? defaultTable;
const besideTable = tableFile.replace(/\.yaml$/, "-floor.yaml");
const floorFile = values.floor ?? (tableFile === defaultTable ? "tests/e2e/search/floor.yaml" : existsSync(besideTable) ? besideTable : null);
const rankingOverride = values.ranking === undefined ? null : (JSON.parse(values.ranking) as Record<string, unknown>);
const configPattern = /(<script type="application\/json" id="search-config">)([\s\S]*?)(<\/script>)/;

const cases = parseQueryTable(readFileSync(tableFile, "utf8"), tableFile).filter((c) => !values.locale || c.locale === values.locale);
const floor = floorFile === null ? null : parseFloor(readFileSync(floorFile, "utf8"), floorFile);
const server = await ensurePreviewServer(port);
const browser = await chromium.launch(chromiumLaunchOptions);
const ranked: RankedCase[] = [];
const timedOut: string[] = [];
try {
  const page = await browser.newPage();
  if (rankingOverride) {
    await page.route(/\/search\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(configPattern, (_, open: string, json: string, close: string) => {
        const config = JSON.parse(json) as Record<string, unknown>;
        return `${open}${JSON.stringify({ ...config, ranking: rankingOverride }).replace(/</g, "\\u003c")}${close}`;
      });
      await route.fulfill({ response, body: html });
    });
  }
  for (const locale of new Set(cases.map((c) => c.locale))) {
    await page.goto(`${base}/${locale}/search/`);
    for (const row of cases.filter((c) => c.locale === locale)) {
      process.stderr.write(".");
      // A search that shows nothing within the wait is a miss for the reader too: counted, named, and the run goes on.
      const links = await typeAndRank(page, row.query).catch((error: unknown) => {
        if (!(error instanceof Error && error.name === "TimeoutError")) throw error;
        timedOut.push(`${row.locale}: “${row.query}”`);
        return [];
      });
      ranked.push({ case: row, links: links.slice(0, 10) });
    }
  }
  process.stderr.write("\n");
} finally {
  await browser.close();
  if (server?.pid) process.kill(-server.pid);
}
const scores = scoreByLocale(ranked);
if (rankingOverride) console.log(`Pagefind ranking for this run: ${JSON.stringify(rankingOverride)}`);
console.log(`${tableFile}${floorFile ? `, floor ${floorFile}` : ""}`);
console.log(formatReport(scores));
if (timedOut.length) console.log(`\nNo results within the wait (counted as misses): ${timedOut.join(", ")}`);
const failures = values.locale || rankingOverride || !floor ? [] : floorFailures(scores, floor);
for (const failure of failures) console.error(`floor: ${failure}`);
process.exitCode = failures.length ? 1 : 0;
