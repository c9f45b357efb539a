/**
 * Search metrics on the built site (`npm run build` first), in headless Chromium (/usr/bin/chromium):
 * - index size on disk per language (its meta, word index, page fragments and filters; plus the shared
 *   files every language loads);
 * - bytes downloaded for one search on a cold cache (every response the results page fetches for it);
 * - median time from the keystroke to the first result over 20 queries of the query table.
 * Uses a preview server at HC_PORT (default 4321) if one answers, else starts one for the run.
 * Usage: HC_OUT_DIR=dist-x HC_PORT=4335 npm run search:metrics
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { parse } from "yaml";
import { chromiumLaunchOptions } from "../playwright.config.ts";
import { ensurePreviewServer } from "./lib/preview-server.ts";
import { searchFolders } from "../src/lib/search/files.ts";
import { localeKeys } from "../src/lib/i18n/locales.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";
const port = Number(process.env["HC_PORT"] ?? 4321);
const base = `http://127.0.0.1:${port}`;
const pagefindDir = join(siteDir, searchFolders.pagefind);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function sizeOf(path: string): number {
  return statSync(path).size;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).map((name) => join(dir, name));
}

function indexSizes(): void {
  const entry = JSON.parse(readFileSync(join(pagefindDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  console.log("Index size on disk per language (meta + word index + fragments + filters):");
  for (const [lang, info] of Object.entries(entry.languages)) {
    const own = [
      join(pagefindDir, `pagefind.${info.hash}.pf_meta`),
      ...["index", "fragment", "filter"].flatMap((folder) => filesIn(join(pagefindDir, folder)).filter((file) => file.split("/").pop()!.startsWith(`${lang}_`))),
    ];
    const bytes = own.reduce((sum, file) => sum + sizeOf(file), 0);
    const wasm = join(pagefindDir, `wasm.${info.wasm ?? "unknown"}.pagefind`);
    console.log(`  ${lang}: ${kb(bytes)} in ${own.length} files for ${info.page_count} pages (+ ${kb(sizeOf(wasm))} wasm ${info.wasm ?? "unknown"})`);
  }
  const shared = ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"].map((name) => join(pagefindDir, name));
  console.log(`  shared runtime (pagefind.js, worker, entry): ${kb(shared.reduce((sum, file) => sum + sizeOf(file), 0))}`);
  const vocabulary = join(siteDir, searchFolders.vocabulary);
  console.log(`  typo vocabularies: ${filesIn(vocabulary).map((file) => `${file.split("/").pop()} ${kb(sizeOf(file))}`).join(", ")}`);
}

interface QueryCase {
  locale: string;
  query: string;
}

async function main(): Promise<void> {
  indexSizes();
  const server = await ensurePreviewServer(port);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // Every language, with the first query of its rows in the search table (the table names the languages, not this script).
    const cases = parse(readFileSync("tests/e2e/search/queries.yaml", "utf8")) as QueryCase[];
    for (const locale of localeKeys) {
      const query = cases.find((c) => c.locale === locale)?.query;
      if (!query) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const counted: Promise<number>[] = [];
      page.on("requestfinished", (request) => {
        const pathname = new URL(request.url()).pathname;
        if (!Object.values(searchFolders).some((folder) => pathname.startsWith(`/${folder}/`))) return;
        counted.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
      });
      await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.getByRole("main").getByRole("listitem").first().waitFor();
      await page.waitForLoadState("networkidle");
      const bytes = (await Promise.all(counted)).reduce((sum, size) => sum + size, 0);
      console.log(`Bytes downloaded for one search (${locale}, “${query}”, cold cache, Pagefind + index + vocabulary): ${kb(bytes)} in ${counted.length} requests`);
      await context.close();
    }

    const page = await browser.newPage();
    for (const locale of localeKeys) {
      const timings: number[] = [];
      await page.goto(`${base}/${locale}/search/`);
      // Up to ten of the language's queries that find something, so each timing ends at a first result.
      for (const { query } of cases.filter((c) => c.locale === locale).slice(0, 10)) {
        // Measured inside the page: from the input event (the keystroke that completes the query) to the
        // moment the first result for it is in the list, debounce included.
        const ms = await page.evaluate(async (text) => {
          const box = document.querySelector<HTMLInputElement>("#search-query")!;
          const list = document.querySelector("[data-search-list]")!;
          const status = document.querySelector("[data-search-status]")!;
          box.value = "";
          list.replaceChildren();
          const expected = text.normalize("NFKC").replace(/\s+/g, " ").trim();
          // The status is written after the list, so a status naming this query means its results are shown.
          const done = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (list.firstElementChild && status.textContent!.includes(expected)) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            // A query that shows no result in 10 s is left out of the figures (and named below).
            setTimeout(() => resolve(Number.NaN), 10_000);
          });
          const start = performance.now();
          box.value = text;
          box.dispatchEvent(new InputEvent("input", { bubbles: true, data: text.slice(-1), inputType: "insertText" }));
          return (await done) - start;
        }, query);
        if (Number.isNaN(ms)) console.log(`${locale}: no result for “${query}” within 10 s`);
        else timings.push(ms);
      }
      if (timings.length === 0) continue;
      timings.sort((a, b) => a - b);
      const median = (timings[Math.floor((timings.length - 1) / 2)]! + timings[Math.ceil((timings.length - 1) / 2)]!) / 2;
      console.log(`${locale}: keystroke to first result, median of ${timings.length} queries: ${median.toFixed(0)} ms (min ${timings[0]!.toFixed(0)}, max ${timings.at(-1)!.toFixed(0)}; includes the typing pause of the results page)`);
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
}

await main();
