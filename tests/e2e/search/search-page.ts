import { expect, type Locator, type Page } from "@playwright/test";
import { textWithoutFurigana } from "../helpers.ts";

/** The results page's own search box (the header has another one). */
export function searchBox(page: Page): Locator {
  return page.getByRole("main").getByRole("searchbox");
}

/** The live region that announces the result count. */
export function searchStatus(page: Page): Locator {
  return page.getByRole("main").getByRole("status");
}

/** Result links, in order (each result's title links to the page or the matching section). */
export function resultLinks(page: Page): Locator {
  return page.getByRole("main").getByRole("listitem").getByRole("link");
}

/** Waits until the status reports a finished search (a count or no results), not "Searching…". */
export async function waitForSearch(page: Page): Promise<void> {
  // A finished search shows its results or the "nothing found" help, and a status that is no longer the
  // loading line (which ends in "…" in every language).
  await expect(page.locator("[data-search-results]:not([hidden]), [data-search-empty]:not([hidden])").first()).toBeAttached();
  await expect(searchStatus(page)).toHaveText(/[^…]$/);
}

/** The search that the status line reports, as the page normalizes it (NFKC, one space). */
function normalized(query: string): string {
  return query.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/**
 * Types `query` into the results page already open at `/<locale>/search/` and returns the result links in
 * order, once the status reports this query (it is written after the list, and names the query typed).
 */
export async function typeAndRank(page: Page, query: string): Promise<string[]> {
  await page.evaluate(() => {
    document.querySelector("[data-search-status]")!.textContent = "";
    document.querySelector("[data-search-list]")!.replaceChildren();
  });
  await searchBox(page).fill(query);
  const expected = normalized(query);
  await page.waitForFunction(() => {
    const status = document.querySelector("[data-search-status]")!.textContent ?? "";
    return status !== "" && !status.endsWith("…");
  });
  // The status line carries furigana on Japanese pages: compare its base text.
  const status = await textWithoutFurigana(page.locator("[data-search-status]"));
  // Any other final status (the search could not start) is an error of the page, not a miss.
  if (!status.includes(expected)) throw new Error(`searching “${query}”: the page says “${status}”`);
  // Only the results list: when nothing is found the page offers troubleshooter links, which are no results.
  return page.locator("[data-search-list]").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}
