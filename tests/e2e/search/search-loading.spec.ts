import { expect, test } from "@playwright/test";
import { resultLinks, waitForSearch } from "./search-page.ts";

test("an article page loads no search code until the reader asks for it", async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
  });
  await page.goto("/en/articles/cannot-log-in-after-reset/", { waitUntil: "networkidle" });
  expect(pagefindRequests).toEqual([]);
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => name.endsWith(".js")));
  for (const script of scripts) expect(script).not.toMatch(/pagefind|search-page/);
});

test("Ctrl+K and ⌘K focus the header search box; a plain K types nothing and moves nothing", async ({ page }) => {
  await page.goto("/en/articles/cannot-log-in-after-reset/");
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Search the help center" });
  await page.keyboard.press("k");
  await expect(box).not.toBeFocused();
  await page.keyboard.press("Control+k");
  await expect(box).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Meta+k");
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("aria-keyshortcuts", "Control+K Meta+K");
});

test("the header search works: submitting opens the results for the query", async ({ page }) => {
  await page.goto("/ja/articles/delete-account/");
  const box = page.getByRole("banner").getByRole("searchbox");
  await box.fill("退会");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/ja\/search\/\?q=%E9%80%80%E4%BC%9A$/);
  await waitForSearch(page);
  await expect(resultLinks(page).first()).toHaveAttribute("href", "/ja/articles/delete-account/");
});

test("without JavaScript the header form still reaches the results page, which explains and links home", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/articles/delete-account/");
  await page.getByRole("banner").getByRole("searchbox").fill("delete");
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=delete$/);
  // Playwright's text queries skip <noscript>, so read the text the browser renders.
  const shown = await page.getByRole("main").evaluate((main) => (main as HTMLElement).innerText);
  expect(shown).toContain("Search needs JavaScript.");
  expect(shown).not.toContain("Ctrl+K");
  await expect(page.getByRole("main").getByRole("link", { name: "Help center home" })).toHaveAttribute("href", "/en/");
  await context.close();
});
