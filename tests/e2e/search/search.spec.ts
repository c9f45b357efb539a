import { expect, test } from "@playwright/test";
import { resultLinks, searchBox, searchStatus, waitForSearch } from "./search-page.ts";
import { audienceName, categoryName, defaultLocale, easyLocale, escapeRegExp, furiganaLocale, textWithoutFurigana } from "../helpers.ts";
import { searchPath } from "../quality/site.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { baseLocaleOf, indexLanguageOf, localeKeys, locales } from "../../../src/lib/i18n/locales.ts";
import { paths } from "../../../src/lib/urls.ts";
import { contentArticles, version } from "../editors/site.ts";
import { siteConfig } from "../../../src/config.ts";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentPath } from "../../../src/lib/content-paths.ts";

// The search page works the same in every language; these tests read it in the default one, and the
// tests of Japanese script (furigana, no spaces) in the furigana locale.
const locale = defaultLocale;
const t = useTranslations(locale);
const tFurigana = useTranslations(furiganaLocale);
const titleOf = (id: string, language = locale) => version(id, language)!.title;
/** The status line for a search that found something: "1 result for …" or "N results for …". */
const countStatus = (query: string) =>
  new RegExp(`^(${escapeRegExp(t("search.statusOne", { query }))}|${escapeRegExp(t("search.statusMany", { count: "COUNT", query })).replace("COUNT", "\\d+")})$`);
const smartphoneApp = categoryName("smartphone-app", locale);
const screens = (parse(readFileSync(contentPath("glossary"), "utf8")) as { screens: Record<string, Record<string, unknown>> }).screens;
const longestScreenText = Object.values(screens)
  .map((screen) => screen[furiganaLocale])
  .filter((text): text is string => typeof text === "string")
  .reduce((longest, text) => (text.length > longest.length ? text : longest), "");

test("a search in the URL runs on load and can be shared", async ({ page }) => {
  const query = titleOf("delete-account");
  await page.goto(searchPath(locale, query));
  await expect(searchBox(page)).toHaveValue(query);
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(countStatus(query));
  await expect(resultLinks(page).first()).toHaveAttribute("href", paths.article(locale, "delete-account"));
});

test("typing updates the results and the URL", async ({ page }) => {
  const query = titleOf("device-change-residence-card");
  await page.goto(paths.search(locale));
  await searchBox(page).fill(query);
  await waitForSearch(page);
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(paths.search(locale))}\\?q=${escapeRegExp(new URLSearchParams({ q: query }).toString().slice(2))}$`));
  await expect(resultLinks(page).first()).toHaveText(query);
});

test("each result shows its title, its topic and an excerpt with the match highlighted", async ({ page }) => {
  const articleTitle = titleOf("device-change-residence-card");
  await page.goto(searchPath(locale, articleTitle));
  await waitForSearch(page);
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveText(articleTitle);
  await expect(first).toContainText(categoryName("account-devices", locale));
  await expect(first.locator("mark").first()).toBeVisible();
});

test("the topic filter narrows the results and is kept in the URL", async ({ page }) => {
  await page.goto(searchPath(locale));
  await waitForSearch(page);
  const unfiltered = await resultLinks(page).count();
  // The filters are folded under their summary until the reader opens them.
  await expect(page.getByRole("group", { name: t("search.filterCategory") })).toBeHidden();
  await page.locator("[data-search-filters] > summary").click();
  await page.getByRole("group", { name: t("search.filterCategory") }).getByRole("radio", { name: smartphoneApp }).check();
  await expect(page).toHaveURL(new RegExp(`[?&]${escapeRegExp(new URLSearchParams({ category: smartphoneApp }).toString())}`));
  await waitForSearch(page);
  await expect.poll(() => resultLinks(page).count()).toBeLessThan(unfiltered);
  const items = page.getByRole("main").getByRole("listitem");
  for (const item of await items.all()) await expect(item).toContainText(smartphoneApp);
});

test("the audience filter leaves out articles for other readers", async ({ page }) => {
  // change-registered-email is not for companies; the name of its topic finds it.
  const query = categoryName("username-email", locale);
  const article = page.getByRole("main").locator(`a[href^="${paths.article(locale, "change-registered-email")}"]`);
  const companies = audienceName("companies-in-japan", locale);
  await page.goto(searchPath(locale, query));
  await waitForSearch(page);
  await expect(article).toHaveCount(1);
  await page.goto(`${searchPath(locale, query)}&audience=${encodeURIComponent(companies)}`);
  await waitForSearch(page);
  await expect(page.getByRole("group", { name: t("search.filterAudience") }).getByRole("radio", { name: companies })).toBeChecked();
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(article).toHaveCount(0);
});

test("a Japanese filter uses the Japanese topic names", async ({ page }) => {
  const topic = categoryName("smartphone-app", furiganaLocale);
  await page.goto(`${searchPath(furiganaLocale)}&category=${encodeURIComponent(topic)}`);
  await waitForSearch(page);
  await expect(page.getByRole("group", { name: tFurigana("search.filterCategory") }).getByRole("radio", { name: topic })).toBeChecked();
  for (const item of await page.getByRole("main").getByRole("listitem").all()) await expect(item).toContainText(topic);
});

test("no results: says so, offers the troubleshooters and the contact block", async ({ page }) => {
  await page.goto(searchPath(locale, "zqxjvbw"));
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(t("search.statusNone", { query: "zqxjvbw" }));
  const empty = page.getByRole("region", { name: t("search.emptyHeading") });
  await expect(empty.locator(`a[href="${paths.troubleshooter(locale, "login-after-reset")}"]`)).toBeVisible();
  await expect(empty.getByRole("link", { name: siteConfig.contact.phone })).toBeVisible();
  // The topics too, so the reader can browse instead of guessing words.
  await expect(empty.getByRole("list", { name: t("search.emptyTopics") }).getByRole("link").first()).toHaveAttribute("href", new RegExp(`^${escapeRegExp(paths.category(locale, "ID")).replace("ID", "[a-z-]+")}$`));
});

test("words that are on no page together: searches with fewer words and says so", async ({ page }) => {
  const query = "residence card facebook";
  await page.goto(searchPath(locale, query));
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(
    new RegExp(`^${escapeRegExp(t("search.statusFewerWords", { query, count: "COUNT", fewer: "FEWER" })).replace("COUNT", "\\d+").replace("FEWER", "[^”]+")}$`),
  );
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.getByRole("region", { name: t("search.emptyHeading") })).toBeHidden();
});

test("a misspelt word is still corrected, and the correction is shown", async ({ page }) => {
  await page.goto(searchPath(locale, "delet acount"));
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveText(
    new RegExp(`${escapeRegExp(t("search.statusCorrected", { count: "COUNT", corrected: "CORRECTED", query: "delet acount" })).replace("COUNT", "\\d+").replace("CORRECTED", "delete? account")}$`),
  );
  await expect(resultLinks(page).first()).toHaveAttribute("href", new RegExp(`^${escapeRegExp(paths.article(locale, "delete-account"))}`));
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
    await page.goto(searchPath(locale, article.title));
    await waitForSearch(page);
    const result = page.getByRole("main").getByRole("listitem").filter({ has: page.locator(`a[href^="${paths.article(locale, article.id)}"]`) });
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
  await page.goto(searchPath(locale, hostile));
  await waitForSearch(page);
  await expect(searchStatus(page)).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.getByRole("main").locator("img, script:not([type='application/json']):not([src])")).toHaveCount(0);
  expect(dialog).toBe(false);
});

test("arrow keys move from the box through the results and back", async ({ page }) => {
  await page.goto(searchPath(locale));
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
  await page.goto(searchPath(locale));
  await waitForSearch(page);
  await page.locator("[data-search-filters] > summary").focus();
  await page.keyboard.press("Tab");
  await expect(resultLinks(page).first()).toBeFocused();
});

test("the result count is announced in a polite live region", async ({ page }) => {
  await page.goto(searchPath(locale, "PHS"));
  await waitForSearch(page);
  await expect(searchStatus(page)).toHaveAttribute("aria-live", "polite");
  await expect(searchStatus(page)).toHaveText(countStatus("PHS"));
});

test("easy-Japanese search links to easy-Japanese pages and lists each page once", async ({ page }) => {
  await page.goto(searchPath(easyLocale, categoryName("sign-up-login", easyLocale)));
  await waitForSearch(page);
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${escapeRegExp(paths.home(easyLocale))}`));
  const pages = hrefs.map((href) => href.replace(/#.*/, ""));
  expect(new Set(pages).size).toBe(pages.length);
});

test("a Japanese search never lists English pages, and the reverse", async ({ page }) => {
  for (const language of [furiganaLocale, locale]) {
    await page.goto(searchPath(language));
    await waitForSearch(page);
    for (const href of await resultLinks(page).evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) expect(href).toMatch(new RegExp(`^${escapeRegExp(paths.home(language))}`));
  }
});

test("furigana readings stay out of excerpts: a kanji search shows the kanji once, without its reading", async ({ page }) => {
  // The first word of the article's title (its leading kanji) and its reading in the site's word list.
  const word = /^\p{Script=Han}+/u.exec(titleOf("delete-account", furiganaLocale))![0];
  const reading = (parse(readFileSync(join(contentPath("furiganaRules"), "words.yaml"), "utf8")) as Record<string, string>)[word]!;
  expect(reading, `${word} has a fixed reading`).toBeTruthy();
  await page.goto(paths.article(furiganaLocale, "delete-account"));
  // The page itself carries the reading, so an excerpt taken from raw text would double it.
  await expect(page.locator("ruby", { hasText: word }).locator("rt").first()).toHaveText(reading);
  await page.goto(searchPath(furiganaLocale, word));
  await waitForSearch(page);
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", paths.article(furiganaLocale, "delete-account"));
  const excerpt = first.locator("p", { has: page.locator("mark") });
  // The page script adds <ruby> from the page's own readings (sent with the index entry); the index text has none.
  expect(await textWithoutFurigana(excerpt.locator("mark").first())).toBe(word);
  expect(await textWithoutFurigana(excerpt)).not.toContain(reading);
  expect(await textWithoutFurigana(excerpt)).not.toContain("(");
});

test("section results use the heading text, ruby readings left out", async ({ page }) => {
  // The heading as the article shows it, readings left out: the label must repeat it exactly.
  await page.goto(paths.article(furiganaLocale, "cannot-log-in-after-reset"));
  const heading = await textWithoutFurigana(page.locator("#check-link-expiry"));
  // A word of the heading: its longest run of kanji.
  const word = (heading.match(/\p{Script=Han}+/gu) ?? []).reduce((longest, run) => (run.length > longest.length ? run : longest), "");
  await page.goto(searchPath(furiganaLocale, word));
  await waitForSearch(page);
  expect(await textWithoutFurigana(page.getByRole("main").getByRole("listitem").first())).toContain(tFurigana("search.inSection", { section: heading }));
});

test("at 320px wide the results page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // The longest screen text: a long run of Japanese with no spaces to break at.
  await page.goto(searchPath(furiganaLocale, longestScreenText));
  await waitForSearch(page);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
