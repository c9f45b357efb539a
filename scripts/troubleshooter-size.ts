/**
 * JavaScript weight of troubleshooter pages: the gzip bytes each built troubleshooter page runs at load,
 * measured by the same walker and held to the same budget (`islandPageScriptGzipBytes` in budgets.json)
 * as the budget test. Prints one line per page; exits 1 when a page ships more than the budget.
 * `npm run size:troubleshooters [-- <locale>…]`
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isLocale, localeKeys } from "../src/lib/i18n/locales.ts";
import { paths } from "../src/lib/urls.ts";
import { gzipBytes, pageScriptWeight, type ReadAsset } from "./lib/page-weight.ts";

const budgetBytes = (JSON.parse(readFileSync("budgets.json", "utf8")) as { islandPageScriptGzipBytes: number }).islandPageScriptGzipBytes;
const distDir = process.env["HC_OUT_DIR"] ?? "dist";
const requested = process.argv.length > 2 ? process.argv.slice(2) : localeKeys;
const unknown = requested.filter((locale) => !isLocale(locale));
if (unknown.length > 0) {
  console.error(`not a language of the site: ${unknown.join(", ")} (use ${localeKeys.join(", ")})`);
  process.exit(1);
}
const locales = requested.filter(isLocale);

const readAsset: ReadAsset = (url) => {
  const file = join(distDir, decodeURIComponent(url));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : null;
};

let failed = false;
for (const locale of locales) {
  const pagesDir = join(distDir, locale, "troubleshooters");
  if (!existsSync(pagesDir)) {
    console.error(`${pagesDir}: not found; build first (HC_OUT_DIR=${distDir})`);
    process.exit(1);
  }
  for (const slug of readdirSync(pagesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    const path = paths.troubleshooter(locale, slug);
    const weight = pageScriptWeight(readFileSync(join(pagesDir, slug, "index.html"), "utf8"), path, readAsset);
    const over = weight.gzipBytes > budgetBytes;
    failed ||= over;
    const files = weight.files.map((file) => `${file.replace(/^\/_astro\//, "")} ${file.startsWith("inline:") ? "" : gzipBytes(readAsset(file)!)}`.trim());
    console.log(`${over ? "OVER" : "ok  "} ${path}: ${weight.gzipBytes} bytes gzip JS (budget ${budgetBytes}) = ${files.join(" + ")}`);
  }
}
process.exit(failed ? 1 : 0);
