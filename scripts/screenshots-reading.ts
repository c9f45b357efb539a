/**
 * Screenshots of one article with furigana off and on, and of its easy-Japanese version, taken from a
 * built site (`npm run build` first): the first screen of a phone-sized Chromium. Usage:
 *   npm run screenshots:reading [-- <article-id>]
 * Writes screenshots/<id>-ja-furigana-off.png, …-ja-furigana-on.png, …-ja-easy.png (gitignored).
 * Serves the build folder itself on a free port, so it never disturbs a running preview.
 */
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";
const articleId = process.argv[2] ?? "cannot-log-in-after-reset";
const outDir = "screenshots";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
  const file = join(siteDir, path.endsWith("/") ? join(path, "index.html") : path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 390, height: 1100 }, deviceScaleFactor: 2 });
const shots = [
  { name: "ja-furigana-off", url: `/ja/articles/${articleId}/?furigana=off` },
  { name: "ja-furigana-on", url: `/ja/articles/${articleId}/?furigana=on` },
  { name: "ja-easy", url: `/ja-easy/articles/${articleId}/?furigana=on` },
];
try {
  for (const shot of shots) {
    const response = await page.goto(origin + shot.url);
    if (!response?.ok()) throw new Error(`${shot.url}: HTTP ${response?.status()} (is ${siteDir}/ built?)`);
    const file = join(outDir, `${articleId}-${shot.name}.png`);
    await page.screenshot({ path: file });
    console.error(`[screenshots] ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
