import { expect, test } from "@playwright/test";
import { resultLinks, searchBox, searchStatus, waitForSearch } from "./search-page.ts";
import { textWithoutFurigana } from "../helpers.ts";
import { contentArticles } from "../editors/site.ts";
import { baseLocaleOf, defaultLocale, indexLanguageOf, localeKeys, locales } from "../../../src/lib/i18n/locales.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";

test("a search in the URL runs on load and can be shared", async ({ page }) => {
  await page.goto("/en/search/?q=delete+account");
  await expect(searchBox(page)).toHaveValue("delete account");
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(/^\d+ results? for “delete account”$/);
  await expect(resultLinks(page).first()).toHaveAttribute("href", "/en/articles/delete-account/");
});

test("typing updates the results and the URL", async ({ page }) => {
  await page.goto("/en/search/");
  await searchBox(page).fill("residence card");
  await waitForSearch(page);
  await expect(page).toHaveURL(/\/en\/search\/\?q=residence\+card$/);
  await expect(resultLinks(page).first()).toHaveText(/residence card/i);
});

test("each result shows its title, its topic and an excerpt with the match highlighted", async ({ page }) => {
  await page.goto("/en/search/?q=residence+card");
  await waitForSearch(page);
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText("How do I apply for a change of device with my residence card?");
  await expect(first).toContainText("Account and devices");
  await expect(first.locator("mark").first()).toHaveText(/residence|card/i);
});

test("the topic filter narrows the results and is kept in the URL", async ({ page }) => {
  await page.goto("/en/search/?q=password");
  await waitForSearch(page);
  const unfiltered = await resultLinks(page).count();
  // The filters are folded under their summary until the reader opens them.
  await expect(page.getByRole("group", { name: "Topic" })).toBeHidden();
  await page.locator("[data-search-filters] > summary").click();
  await page.getByRole("group", { name: "Topic" }).getByRole("radio", { name: "Smartphone app" }).check();
  await expect(page).toHaveURL(/[?&]category=Smartphone\+app/);
  await waitForSearch(page);
  await expect.poll(() => resultLinks(page).count()).toBeLessThan(unfiltered);
  const items = page.getByRole("main").getByRole("listitem");
  for (const item of await items.all()) await expect(item).toContainText("Smartphone app");
});

test("the audience filter leaves out articles for other readers", async ({ page }) => {
  await page.goto("/en/search/?q=email");
  await waitForSearch(page);
  await expect(page.getByRole("main").locator('a[href^="/en/articles/change-registered-email/"]')).toHaveCount(1);
  await page.goto(`/en/search/?q=email&audience=${encodeURIComponent("Companies in Japan")}`);
  await waitForSearch(page);
  await expect(page.getByRole("group", { name: "Who it is for" }).getByRole("radio", { name: "Companies in Japan" })).toBeChecked();
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.getByRole("main").locator('a[href^="/en/articles/change-registered-email/"]')).toHaveCount(0);
});

test("a Japanese filter uses the Japanese topic names", async ({ page }) => {
  await page.goto(`/ja/search/?q=${encodeURIComponent("パスワード")}&category=${encodeURIComponent("スマートフォンアプリ")}`);
  await waitForSearch(page);
  await expect(page.getByRole("group", { name: "トピック" }).getByRole("radio", { name: "スマートフォンアプリ" })).toBeChecked();
  for (const item of await page.getByRole("main").getByRole("listitem").all()) await expect(item).toContainText("スマートフォンアプリ");
});

test("no results: says so, offers the troubleshooters and the contact block", async ({ page }) => {
  await page.goto("/en/search/?q=zqxjvbw");
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText("No results for “zqxjvbw”");
  const empty = page.getByRole("region", { name: "Nothing found? Try a guided check" });
  await expect(empty.locator('a[href="/en/troubleshooters/login-after-reset/"]')).toBeVisible();
  await expect(empty.getByRole("link", { name: "0120-000-000" })).toBeVisible();
  // The topics too, so the reader can browse instead of guessing words.
  await expect(empty.getByRole("list", { name: "Or look through a topic" }).getByRole("link").first()).toHaveAttribute("href", /^\/en\/categories\/[a-z-]+\/$/);
});

test("words that are on no page together: searches with fewer words and says so", async ({ page }) => {
  await page.goto("/en/search/?q=residence+card+facebook");
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(/^No page has every word of “residence card facebook”\. \d+ results? for “[^”]+”$/);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Nothing found? Try a guided check" })).toBeHidden();
});

test("a misspelt word is still corrected, and the correction is shown", async ({ page }) => {
  await page.goto("/en/search/?q=delet+acount");
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(/results? for “delete? account” \(corrected from “delet acount”\)$/);
  await expect(resultLinks(page).first()).toHaveAttribute("href", /^\/en\/articles\/delete-account\//);
});

test("a language with every page translated searches its own index only, and its results carry no language label", async ({ page }) => {
  // Pages shown in another language are searched in that language's index (src/lib/search/fallback.ts),
  // tested on the fixture build; the real site has none, so no results page loads a second index.
  const articles = contentArticles();
  for (const locale of localeKeys.filter((key) => key !== defaultLocale)) {
    const own = indexLanguageOf(locale);
    const otherIndexFiles: string[] = [];
    page.on("request", (request) => {
      const file = /\/pagefind\/(?:[a-z]+\/)?(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_/i.exec(new URL(request.url()).pathname);
      if (file && file[1] !== own) otherIndexFiles.push(request.url());
    });
    // An easy variant searches its standard language's pages (their titles), and links them under its own locale.
    const article = articles.find((candidate) => candidate.locale === baseLocaleOf(locale))!;
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(article.title)}`);
    await waitForSearch(page);
    const result = page.getByRole("main").getByRole("listitem").filter({ has: page.locator(`a[href^="/${locale}/articles/${article.id}/"]`) });
    await expect(result).toHaveCount(1);
    await expect(result.getByRole("link")).not.toHaveAttribute("lang", /./);
    await expect(result).not.toContainText(useTranslations(locale)("search.writtenIn", { language: locales[defaultLocale].label }));
    expect(otherIndexFiles, locale).toEqual([]);
    page.removeAllListeners("request");
  }
});

test("a hostile query is shown as text and never run as markup", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
  await page.goto(`/en/search/?q=${encodeURIComponent(hostile)}`);
  await waitForSearch(page);
  await expect(searchStatus(page)).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.getByRole("main").locator("img, script:not([type='application/json']):not([src])")).toHaveCount(0);
  expect(dialog).toBe(false);
});

test("arrow keys move from the box through the results and back", async ({ page }) => {
  await page.goto("/en/search/?q=password");
  await waitForSearch(page);
  const links = resultLinks(page);
  await searchBox(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(searchBox(page)).toBeFocused();
});

test("Tab reaches the results after the form", async ({ page }) => {
  await page.goto("/en/search/?q=password");
  await waitForSearch(page);
  await page.locator("[data-search-filters] > summary").focus();
  await page.keyboard.press("Tab");
  await expect(resultLinks(page).first()).toBeFocused();
});

test("the result count is announced in a polite live region", async ({ page }) => {
  await page.goto("/en/search/?q=PHS");
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveAttribute("aria-live", "polite");
  await expect(searchStatus(page)).toHaveText(/^\d+ results? for “PHS”$/);
});

test("easy-Japanese search links to easy-Japanese pages and lists each page once", async ({ page }) => {
  await page.goto(`/ja-easy/search/?q=${encodeURIComponent("ログイン")}`);
  await waitForSearch(page);
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href).toMatch(/^\/ja-easy\//);
  const pages = hrefs.map((href) => href.replace(/#.*/, ""));
  expect(new Set(pages).size).toBe(pages.length);
});

test("a Japanese search never lists English pages, and the reverse", async ({ page }) => {
  await page.goto(`/ja/search/?q=${encodeURIComponent("パスワード")}`);
  await waitForSearch(page);
  for (const href of await resultLinks(page).evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) expect(href).toMatch(/^\/ja\//);
  await page.goto("/en/search/?q=password");
  await waitForSearch(page);
  for (const href of await resultLinks(page).evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) expect(href).toMatch(/^\/en\//);
});

test("furigana readings stay out of excerpts: a kanji search shows the kanji once, without its reading", async ({ page }) => {
  await page.goto("/ja/articles/delete-account/");
  // The page itself carries the reading, so an excerpt taken from raw text would double it.
  await expect(page.locator("ruby", { hasText: "退会" }).locator("rt").first()).toHaveText("たいかい");
  await page.goto(`/ja/search/?q=${encodeURIComponent("退会")}`);
  await waitForSearch(page);
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", "/ja/articles/delete-account/");
  const excerpt = first.locator("p", { has: page.locator("mark") });
  // The page script adds its own <ruby> (readings from the site's dictionary); the index text has none.
  expect(await textWithoutFurigana(excerpt.locator("mark").first())).toBe("退会");
  expect(await textWithoutFurigana(excerpt)).not.toContain("たいかい");
  expect(await textWithoutFurigana(excerpt)).not.toContain("(");
});

test("section results use the heading text, ruby readings left out", async ({ page }) => {
  // The heading as the article shows it, readings left out: the label must repeat it exactly.
  await page.goto("/ja/articles/cannot-log-in-after-reset/");
  const heading = await textWithoutFurigana(page.locator("#check-link-expiry"));
  await page.goto(`/ja/search/?q=${encodeURIComponent("有効期限")}`);
  await waitForSearch(page);
  expect(await textWithoutFurigana(page.getByRole("main").getByRole("listitem").first())).toContain(`該当箇所：${heading}`);
});

test("at 320px wide the results page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/ja/search/?q=" + encodeURIComponent("同じメールアドレスで登録されたアカウントがすでに存在します"));
  await waitForSearch(page);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
