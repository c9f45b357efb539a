/**
 * JavaScript budget of troubleshooter pages: gzips every `_astro/*.js` a built troubleshooter page loads
 * (the files it references plus their static and dynamic imports) and prints the total per page.
 * Exits 1 when a page ships more than the budget. `npm run size:troubleshooters`
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { localeKeys } from "../src/lib/i18n/locales.ts";

const budgetBytes = 30 * 1024;
const distDir = process.env["HC_OUT_DIR"] ?? "dist";
const locales = process.argv.length > 2 ? process.argv.slice(2) : localeKeys;

/** Every `_astro/*.js` file a page needs, following imports between the files. */
function scriptsOf(html: string): Set<string> {
  const found = new Set<string>();
  const queue = [...html.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((match) => match[1]!);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (found.has(name)) continue;
    found.add(name);
    const code = readFileSync(join(distDir, "_astro", name), "utf8");
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g)) queue.push(match[1]!);
  }
  return found;
}

let failed = false;
for (const locale of locales) {
  const pagesDir = join(distDir, locale, "troubleshooters");
  if (!existsSync(pagesDir)) {
    console.error(`${pagesDir}: not found; build first (HC_OUT_DIR=${distDir})`);
    process.exit(1);
  }
  for (const slug of readdirSync(pagesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    const html = readFileSync(join(pagesDir, slug, "index.html"), "utf8");
    const sizes = [...scriptsOf(html)].sort().map((name) => ({ name, gzip: gzipSync(readFileSync(join(distDir, "_astro", name)), { level: 9 }).length }));
    // Scripts written into the page itself count too.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((code) => code.trim() !== "");
    if (inline.length > 0) sizes.push({ name: "inline", gzip: gzipSync(inline.join("\n"), { level: 9 }).length });
    const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
    const over = total > budgetBytes;
    failed ||= over;
    console.log(`${over ? "OVER" : "ok  "} /${locale}/troubleshooters/${slug}/: ${total} bytes gzip JS (budget ${budgetBytes}) = ${sizes.map((file) => `${file.name} ${file.gzip}`).join(" + ")}`);
  }
}
process.exit(failed ? 1 : 0);
