/**
 * Security and privacy on the built site: every page has a strict Content-Security-Policy and `_headers`
 * carries the same policies for static hosts; search and troubleshooters in use cause no violation and
 * no request leaves the origin (no fonts, analytics or CDNs). The sitemap sweep (`sitemap.spec.ts`)
 * checks the same on every page as it loads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { defaultLocale, distDir, sitemapPaths } from "../helpers.ts";
import { paths as urls } from "../../../src/lib/urls.ts";
import { headerPolicyFor, metaPolicyOf, parseHeadersFile } from "../../../src/lib/csp-headers.ts";
import { watchPage } from "./page-watch.ts";
import { builtHtml, localeKeys, searchPath, troubleshooterSlugs, troubleshooterStates, waitForSearchResults } from "./site.ts";

const paths = sitemapPaths();

test("search and troubleshooters in use stay within the CSP and the origin", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page, new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").origin);
  const collect = () => watch.collect();
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
      await page.goto(`${urls.troubleshooter(defaultLocale, slug)}${state}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await collect();
    }
  }
  expect.soft(watch.cspViolations, "Content-Security-Policy violations").toEqual([]);
  expect.soft(watch.foreignRequests, "requests to another origin").toEqual([]);
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
