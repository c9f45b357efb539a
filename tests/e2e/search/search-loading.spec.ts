import { expect, test } from "@playwright/test";
import { resultLinks, waitForSearch } from "./search-page.ts";
import { defaultLocale, escapeRegExp, furiganaLocale } from "../helpers.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { paths } from "../../../src/lib/urls.ts";
import { version } from "../editors/site.ts";

const locale = defaultLocale;
const t = useTranslations(locale);

test("an article page loads no search code until the reader asks for it", async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
  });
  await page.goto(paths.article(locale, "cannot-log-in-after-reset"), { waitUntil: "networkidle" });
  expect(pagefindRequests).toEqual([]);
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => name.endsWith(".js")));
  for (const script of scripts) expect(script).not.toMatch(/pagefind|search-page/);
});

test("Ctrl+K and ⌘K focus the header search box; a plain K types nothing and moves nothing", async ({ page }) => {
  await page.goto(paths.article(locale, "cannot-log-in-after-reset"));
  const box = page.getByRole("banner").getByRole("searchbox", { name: t("search.label") });
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
  // In the furigana locale, the first word of the article's title (its leading kanji).
  const word = /^\p{Script=Han}+/u.exec(version("delete-account", furiganaLocale)!.title)![0];
  await page.goto(paths.article(furiganaLocale, "delete-account"));
  const box = page.getByRole("banner").getByRole("searchbox");
  await box.fill(word);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${paths.search(furiganaLocale)}?q=${encodeURIComponent(word)}`)}$`));
  await waitForSearch(page);
  await expect(resultLinks(page).first()).toHaveAttribute("href", paths.article(furiganaLocale, "delete-account"));
});

test("without JavaScript the header form still reaches the results page, which explains and links home", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const word = version("delete-account", locale)!.title.split(" ").at(-2)!;
  await page.goto(paths.article(locale, "delete-account"));
  await page.getByRole("banner").getByRole("searchbox").fill(word);
  await page.getByRole("banner").getByRole("button", { name: t("search.button") }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${paths.search(locale)}?q=${encodeURIComponent(word)}`)}$`));
  // Playwright's text queries skip <noscript>, so read the text the browser renders.
  const shown = await page.getByRole("main").evaluate((main) => (main as HTMLElement).innerText);
  expect(shown).toContain(t("search.noScript"));
  expect(shown).not.toContain("Ctrl+K");
  await expect(page.getByRole("main").getByRole("link", { name: t("nav.home") })).toHaveAttribute("href", paths.home(locale));
  await context.close();
});
