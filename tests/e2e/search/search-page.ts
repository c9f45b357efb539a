import { expect, type Locator, type Page } from "@playwright/test";

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
  await expect(searchStatus(page)).not.toHaveText(/…$/);
  await expect(searchStatus(page)).toHaveText(/\d|No results|見つかりませんでした|ありません|Không có/);
}
