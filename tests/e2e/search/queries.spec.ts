import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { resultLinks, searchBox, waitForSearch } from "./search-page.ts";

interface QueryCase {
  locale: string;
  query: string;
  first: string;
  note?: string;
}

const cases = parse(readFileSync(new URL("./queries.yaml", import.meta.url), "utf8")) as QueryCase[];

test("the query table is big enough to mean something", () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  expect(cases.some((c) => c.locale === "en")).toBe(true);
  expect(cases.some((c) => c.locale === "ja")).toBe(true);
});

for (const { locale, query, first, note } of cases) {
  test(`${locale}: “${query}” lists ${first} first${note ? ` (${note})` : ""}`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    await searchBox(page).fill(query);
    await waitForSearch(page);
    const link = resultLinks(page).first();
    await expect(link).toHaveAttribute("href", first);
    const anchor = first.split("#")[1];
    if (anchor) {
      // The anchor must exist on the page it points to, or the reader lands at the top.
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
    }
  });
}
