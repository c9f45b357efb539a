import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { floorFailures, formatReport, parseFloor, parseQueryTable, scoreByLocale, type RankedCase } from "../../../src/lib/search/evaluation.ts";
import { typeAndRank } from "./search-page.ts";

// The same table and floor as `npm run search:eval`; this is the suite's guard on search quality.
const tableFile = new URL("./queries.yaml", import.meta.url);
const floorFile = new URL("./floor.yaml", import.meta.url);
const cases = parseQueryTable(readFileSync(tableFile, "utf8"), tableFile.pathname);
const floor = parseFloor(readFileSync(floorFile, "utf8"), floorFile.pathname);

test("the query table is big enough to mean something in every language", () => {
  expect(cases.length).toBeGreaterThanOrEqual(120);
  for (const locale of Object.keys(floor.successAt3)) expect(cases.filter((c) => c.locale === locale).length).toBeGreaterThanOrEqual(10);
});

test("every anchor the table expects exists on its page", async ({ request }) => {
  for (const { first } of cases.filter((c) => c.first.includes("#"))) {
    const [path, anchor] = first.split("#");
    const html = await (await request.get(path!)).text();
    expect(html, `${first}: no element with id "${anchor}"`).toContain(`id="${anchor}"`);
  }
});

for (const locale of Object.keys(floor.successAt3)) {
  test(`${locale}: the query table's success@3 is at or above its floor`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/search/`);
    const ranked: RankedCase[] = [];
    for (const row of cases.filter((c) => c.locale === locale)) ranked.push({ case: row, links: await typeAndRank(page, row.query) });
    const scores = scoreByLocale(ranked);
    expect(floorFailures(scores, { successAt3: { [locale]: floor.successAt3[locale]! } }), formatReport(scores)).toEqual([]);
  });
}
