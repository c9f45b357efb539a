/**
 * Security and privacy on the built site: every page runs under its strict Content-Security-Policy
 * without a single violation, `_headers` carries the same policies for static hosts, and no request
 * ever leaves the origin (no fonts, analytics or CDNs), while pages, search and troubleshooters are used.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { distDir, sitemapPaths } from "../helpers.ts";
import { headerPolicyFor, metaPolicyOf, parseHeadersFile } from "../../../src/lib/csp-headers.ts";
import { batches, builtHtml, localeKeys, searchPath, troubleshooterSlugs, troubleshooterStates, waitForSearchResults } from "./site.ts";

/** Records CSP violations (from the page's own listener) and requests to any other origin. */
async function watch(page: Page) {
  const foreign: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").origin;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["data:", "blob:"].includes(url.protocol)) return;
    if (url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const violations: string[] = [];
  const collect = async () => {
    const found = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    violations.push(...found.map((violation) => `${page.url()}: ${violation}`));
  };
  return { foreign, violations, collect };
}

const paths = sitemapPaths();
// Short tests, with a limit per page loaded so a busy machine has room.
const pageBatches = batches(paths, Math.ceil(paths.length / 15));

for (const [index, batch] of pageBatches.entries()) {
  test(`sitemap pages ${index + 1}/${pageBatches.length} run under their CSP and request nothing from another origin`, async ({ page }) => {
    test.setTimeout(30_000 + batch.length * 3_000);
    const { foreign, violations, collect } = await watch(page);
    for (const path of batch) {
      await page.goto(path, { waitUntil: "load" });
      await collect();
    }
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test("search and troubleshooters in use stay within the CSP and the origin", async ({ page }) => {
  test.setTimeout(120_000);
  const { foreign, violations, collect } = await watch(page);
  for (const locale of localeKeys) {
    await page.goto(searchPath(locale));
    await waitForSearchResults(page);
    await collect();
  }
  const slugs = troubleshooterSlugs();
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    const states = troubleshooterStates(slug);
    for (const state of [states.first, states.middle, states.fix, states.final].filter((query) => query !== null)) {
      await page.goto(`/en/troubleshooters/${slug}/${state}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await collect();
    }
  }
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test("every page has a strict CSP meta tag and _headers sends the same policy", () => {
  const headers = parseHeadersFile(readFileSync(join(distDir, "_headers"), "utf8"));
  const problems: string[] = [];
  for (const path of [...paths, "/404.html"]) {
    const html = builtHtml(path) ?? readFileSync(join(distDir, path), "utf8");
    const meta = metaPolicyOf(html);
    if (meta === null) {
      problems.push(`${path}: no CSP meta tag`);
      continue;
    }
    const directives = new Map(meta.split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));
    if (directives.get("default-src") !== "default-src 'self'") problems.push(`${path}: default-src is not 'self'`);
    const scriptSrc = directives.get("script-src") ?? "";
    if (!scriptSrc || /'unsafe-inline'|'unsafe-eval'|\*/.test(scriptSrc)) problems.push(`${path}: script-src is not strict (${scriptSrc})`);
    if (directives.get("object-src") !== "object-src 'none'") problems.push(`${path}: object-src is not 'none'`);
    const header = headers.get(path)?.get("content-security-policy");
    if (header !== headerPolicyFor(meta)) problems.push(`${path}: _headers policy differs from the meta tag`);
  }
  expect(problems).toEqual([]);
});
