import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { defaultLocale, localeKeys } from "../../src/lib/i18n/locales.ts";
import { paths } from "../../src/lib/urls.ts";
import { contentPath } from "../../src/lib/content-paths.ts";
import { typeAndRank } from "./search/search-page.ts";
import { furiganaLocale, textWithoutFurigana } from "./helpers.ts";

/**
 * The product's message a reader meets when logging in with SNS (in the furigana language, as the glossary
 * gives it: the look-up shows it on every language's page), and the article about it. The queries below are
 * how a reader types its words: romaji, katakana.
 */
const snsMessage = (parse(readFileSync(contentPath("glossary"), "utf8")) as { screens: Record<string, Record<string, string>> }).screens["snsAlreadyRegistered"]![furiganaLocale]!;
const snsArticle = "sns-already-registered";

const lookupBox = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("searchbox");
const shownEntries = (page: import("@playwright/test").Page) => page.locator("#message-list > li:not([hidden])");

test("partial romaji finds the message on the look-up page of every language, and links its article", async ({ page }) => {
  for (const locale of localeKeys) {
    await page.goto(paths.messages(locale));
    await lookupBox(page).fill("sude ni sonzai");
    await expect(shownEntries(page)).toHaveCount(1);
    const entry = shownEntries(page).first();
    expect(await textWithoutFurigana(entry), locale).toContain(snsMessage.slice(0, 6));
    await expect(entry.locator(`a[href="${paths.article(locale, snsArticle)}"]`), locale).toHaveCount(1);
  }
});

test("the look-up finds a message from katakana, from the product's English words, and says when nothing matches", async ({ page }) => {
  await page.goto(paths.messages(defaultLocale));
  const all = await shownEntries(page).count();
  await lookupBox(page).fill("スデニ　ソンザイ");
  await expect(shownEntries(page)).toHaveCount(1);
  await lookupBox(page).fill("account already registered");
  await expect(shownEntries(page).first()).toHaveAttribute("id", "screen-snsAlreadyRegistered");
  await lookupBox(page).fill("qqqq");
  await expect(shownEntries(page)).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("status")).toContainText("qqqq");
  await lookupBox(page).fill("");
  await expect(shownEntries(page)).toHaveCount(all);
});

test("a look-up in the address runs on load, so a helper can share it", async ({ page }) => {
  await page.goto(`${paths.messages(defaultLocale)}?q=${encodeURIComponent("sude ni sonzai")}`);
  await expect(lookupBox(page)).toHaveValue("sude ni sonzai");
  await expect(shownEntries(page)).toHaveCount(1);
});

test("without JavaScript the look-up page lists every screen text with its article", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(paths.messages(defaultLocale));
  await expect(lookupBox(page)).toBeHidden();
  const entries = page.locator("#message-list > li");
  expect(await entries.count()).toBeGreaterThan(1);
  for (const entry of await entries.all()) await expect(entry.getByRole("link").first()).toHaveAttribute("href", /\/articles\//);
  await context.close();
});

test("each guided-check link on the look-up page opens the step it names", async ({ page }) => {
  await page.goto(paths.messages(defaultLocale));
  const links = await page.locator('#message-list a[href*="/troubleshooters/"]').evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute("href")!, title: anchor.textContent!.trim() })));
  expect(links.length).toBeGreaterThan(0);
  for (const { href, title } of new Map(links.map((link) => [link.href, link])).values()) {
    await page.goto(href);
    // The step on screen, not its entry in the checklist below it.
    await expect(page.locator(".troubleshooter").getByRole("heading", { name: title, exact: true }), href).toBeVisible();
  }
});

test("every language's search finds the article from the message typed in Japanese", async ({ page }) => {
  for (const locale of localeKeys) {
    await page.goto(paths.search(locale));
    const links = await typeAndRank(page, snsMessage.slice(0, 9));
    expect(links.map((link) => link.split("#")[0]), locale).toContain(paths.article(locale, snsArticle));
  }
});
