/**
 * Every sitemap URL, loaded once for every check that needs a load: it answers 200, logs no console
 * error and throws nothing, runs under its Content-Security-Policy without a violation, requests nothing
 * from another origin, and axe (WCAG 2.2 AA and best practice) finds nothing. Rules that look only at the
 * layout run on the first page of each template (`layoutCheckedPaths`); every other rule runs everywhere.
 */
import { expect } from "@playwright/test";
import { axeViolations, layoutRules } from "../axe.ts";
import { sitemapPaths } from "../helpers.ts";
import { test } from "../shared-page.ts";
import { watchPage } from "./page-watch.ts";
import { batches, layoutCheckedPaths } from "./site.ts";

const sitemap = sitemapPaths();
const layoutChecked = layoutCheckedPaths();

/**
 * A fixed part for the browser and the server, and a generous share per page analysed, so a machine
 * many times slower than a quiet one still passes (at load average 35 on two cores the agents' index
 * alone took 42 s; quietly it takes a few seconds).
 */
const timeoutFor = (pages: number) => 60_000 + pages * 20_000;

// Short shards that both workers take turns on: a page that breaks fails its own shard within seconds.
const shardSize = 6;
const shards = batches(sitemap, Math.ceil(sitemap.length / shardSize));

test("the sitemap lists the site's pages", () => {
  expect(sitemap.length).toBeGreaterThan(10);
});

for (const [index, shard] of shards.entries()) {
  test(`sitemap pages ${index + 1}/${shards.length}: no console error, CSP violation, foreign request or axe violation`, async ({ sharedPage: page }) => {
    test.setTimeout(timeoutFor(shard.length));
    const watch = await watchPage(page, new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").origin);
    const axe: string[] = [];
    try {
      for (const path of shard) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        await watch.collect();
        axe.push(...(await axeViolations(page, path, layoutChecked.has(path) ? [] : layoutRules)));
      }
    } finally {
      watch.stop();
    }
    expect.soft(watch.consoleErrors, "console errors and uncaught exceptions").toEqual([]);
    expect.soft(watch.cspViolations, "Content-Security-Policy violations").toEqual([]);
    expect.soft(watch.foreignRequests, "requests to another origin").toEqual([]);
    expect.soft(axe, "axe violations").toEqual([]);
  });
}
