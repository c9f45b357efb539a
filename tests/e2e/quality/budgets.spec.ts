/**
 * Page-weight budgets (`budgets.json`) on the built files. No browser: it reads `dist` the way a
 * static host serves it. The measuring functions have their own unit test that proves a budget fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { distDir } from "../helpers.ts";
import { budgetExcess, fontFilePattern, pageScriptWeight, pageStyleWeight, webFontReferences, type ReadAsset } from "../../../scripts/lib/page-weight.ts";
import { urlPathOf } from "../../../src/build/postbuild/html-files.ts";
import { parsePath } from "../../../src/lib/urls.ts";

const budgets = JSON.parse(readFileSync("budgets.json", "utf8")) as {
  articleScriptGzipBytes: number;
  islandPageScriptGzipBytes: number;
  pageStyleGzipBytes: number;
  webFonts: number;
};

const readAsset: ReadAsset = (url) => {
  const file = join(distDir, decodeURIComponent(url));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : null;
};

const builtFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(distDir, join(entry.parentPath, entry.name)));
const pages = builtFiles
  .filter((file) => file.endsWith(".html"))
  .map((file) => ({ path: urlPathOf(file), html: readFileSync(join(distDir, file), "utf8") }));
const hasIsland = (html: string) => /<astro-island\b/i.test(html);

test("article pages without an island ship only the search loader and reading toggles", () => {
  const articles = pages.filter((page) => parsePath(page.path)?.page.type === "article" && !hasIsland(page.html));
  expect(articles.length).toBeGreaterThan(0);
  const excesses = articles.map((page) => budgetExcess(`JS on ${page.path}`, pageScriptWeight(page.html, page.path, readAsset), budgets.articleScriptGzipBytes));
  expect(excesses.filter(Boolean)).toEqual([]);
});

test("troubleshooter pages and other pages with islands stay within the island budget", () => {
  const troubleshooters = pages.filter((page) => parsePath(page.path)?.page.type === "troubleshooter");
  expect(troubleshooters.length).toBeGreaterThan(0);
  const islandPages = pages.filter((page) => troubleshooters.includes(page) || hasIsland(page.html));
  const excesses = islandPages.map((page) => budgetExcess(`JS on ${page.path}`, pageScriptWeight(page.html, page.path, readAsset), budgets.islandPageScriptGzipBytes));
  expect(excesses.filter(Boolean)).toEqual([]);
});

test("every page's CSS stays within the budget", () => {
  const excesses = pages.map((page) => budgetExcess(`CSS on ${page.path}`, pageStyleWeight(page.html, page.path, readAsset), budgets.pageStyleGzipBytes));
  expect(excesses.filter(Boolean)).toEqual([]);
});

test("no web fonts anywhere: system fonts only, Japanese included", () => {
  const fontFiles = builtFiles.filter((file) => fontFilePattern.test(file));
  const cssFiles = builtFiles.filter((file) => file.endsWith(".css"));
  const inCss = cssFiles.flatMap((file) => webFontReferences(readFileSync(join(distDir, file), "utf8")).map((found) => `${file}: ${found}`));
  const inPages = pages.flatMap((page) => webFontReferences(page.html).map((found) => `${page.path}: ${found}`));
  expect([...fontFiles, ...inCss, ...inPages].length).toBe(budgets.webFonts);
});
