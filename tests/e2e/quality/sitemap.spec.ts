/**
 * Every sitemap URL, loaded once for every check that needs a load: it answers 200, logs no console
 * error and throws nothing, runs under its Content-Security-Policy without a violation, requests nothing
 * from another origin. axe (WCAG 2.2 AA and best practice) runs on the first page of each template and
 * locale (`layoutCheckedPaths`), with the rules that look only at the layout, and on every page that shows
 * text in a style this worker has not analysed yet (`styleKeys`): a new component, a new kind of element
 * in an article, a new language. An article that only repeats analysed styles is left to html-validate,
 * which checks every built page's markup (link text, image alt, heading levels, ids, lists:
 * docs/decisions/007-test-budget.md).
 */
import { expect, type Page } from "@playwright/test";
import { axeViolations, layoutRules } from "../axe.ts";
import { sitemapPaths } from "../helpers.ts";
import { test } from "../shared-page.ts";
import { watchPage } from "./page-watch.ts";
import { batches, layoutCheckedPaths } from "./site.ts";

const sitemap = sitemapPaths();
const layoutChecked = layoutCheckedPaths();
/** The text styles this worker has analysed with axe. */
const analysed = new Set<string>();

/**
 * A key for each style in which the page shows text: its language, the text element's tag and classes,
 * and those of its nearest ancestor with a class (where the site's colours and components are set).
 */
function styleKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (element: Element | null) => (element ? `${element.localName}.${[...element.classList].sort().join(".")}` : "");
    const keys = new Set<string>();
    for (const element of document.body.querySelectorAll("*")) {
      if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())) continue;
      const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
      keys.add(`${lang} ${name(element)} < ${name(element.parentElement?.closest("[class]") ?? null)}`);
    }
    return [...keys];
  });
}

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
        const unanalysed = (await styleKeys(page)).filter((key) => !analysed.has(key));
        if (layoutChecked.has(path)) axe.push(...(await axeViolations(page, path)));
        else if (unanalysed.length > 0) axe.push(...(await axeViolations(page, path, layoutRules)));
        for (const key of unanalysed) analysed.add(key);
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
