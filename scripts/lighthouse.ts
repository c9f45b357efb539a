/**
 * `npm run audit:lighthouse`: Lighthouse (mobile settings, Debian Chromium) on the home page, an article,
 * a troubleshooter and search results of an already built site (`npm run build`, or HC_OUT_DIR), served by
 * the preview already running on HC_PORT or one started for the run. Prints the four category scores per page and exits 1 when a page misses the
 * targets (100 accessibility / best practices / SEO, 95 performance). Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensurePreviewServer } from "./lib/preview-server.ts";

const repoRoot = new URL("..", import.meta.url).pathname;
const outDir = join(repoRoot, process.env["HC_OUT_DIR"] ?? "dist");
const port = Number(process.env["HC_PORT"] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const chromeFlags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const targets: Record<string, number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

function sitemapPaths(): string[] {
  return readdirSync(outDir)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) => [...readFileSync(join(outDir, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
}

function firstPath(paths: string[], pattern: RegExp, what: string): string {
  const found = paths.find((path) => pattern.test(path));
  if (!found) throw new Error(`No ${what} in the sitemap of ${outDir}`);
  return found;
}

if (!existsSync(join(outDir, "sitemap-index.xml"))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first (HC_OUT_DIR picks another folder).`);
  process.exit(1);
}

const paths = sitemapPaths();
const pages: [string, string][] = [
  ["home", "/en/"],
  ["article", firstPath(paths, /^\/en\/articles\/[^/]+\/$/, "English article")],
  ["troubleshooter", firstPath(paths, /^\/en\/troubleshooters\/[^/]+\/$/, "English troubleshooter")],
  ["search", "/en/search/?q=password"],
];

// A server already on the port may serve another build: the check below makes sure it sends our files.
const preview = await ensurePreviewServer(port);
const stopPreview = () => {
  if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
};

const rows: string[][] = [];
let missed = false;
try {
  if ((await (await fetch(`${origin}/en/`)).text()) !== readFileSync(join(outDir, "en/index.html"), "utf8")) {
    throw new Error(`The server at ${origin} does not serve ${outDir}`);
  }
  for (const [kind, path] of pages) {
    console.error(`[lighthouse] ${kind}: ${path}`);
    const result = spawnSync(
      "npx",
      [
        "lighthouse",
        `${origin}${path}`,
        `--chrome-path=${chromePath}`,
        `--chrome-flags=${chromeFlags}`,
        "--form-factor=mobile",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--output=json",
        "--output-path=stdout",
        "--quiet",
      ],
      { cwd: repoRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${result.stderr}`);
    const report = JSON.parse(result.stdout) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
    };
    const scores = Object.keys(targets).map((category) => Math.round((report.categories[category]?.score ?? 0) * 100));
    rows.push([kind, path, ...scores.map(String)]);
    Object.keys(targets).forEach((category, index) => {
      if (scores[index]! < targets[category]!) missed = true;
    });
    const failing = Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 1 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode))
      .map(([id, audit]) => `${id} (${audit.score})`);
    if (failing.length > 0) console.error(`[lighthouse]   below 1: ${failing.join(", ")}`);
  }
} finally {
  stopPreview();
}

const header = ["page", "path", ...Object.keys(targets)];
console.log([header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n"));
if (missed) {
  console.error(`[lighthouse] below target (${Object.entries(targets).map(([c, t]) => `${c} ${t}`).join(", ")})`);
  process.exit(1);
}
