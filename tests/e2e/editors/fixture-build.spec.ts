/**
 * The fixture build (`../fixture-site.ts`) for what the default build must not do: it sets a feedback
 * endpoint (a local HTTP server started here, allowed by that build's CSP only), adds a fixture
 * article that exists in English and Japanese but not in easy Japanese or Vietnamese (every real article has all four), and splits the agents' index
 * into pages of 10 articles (the real site's 24 articles fit on the default page of 100). It is built
 * from a copied content folder in which a troubleshooter title, a search synonym and a furigana
 * reading are changed, so every kind of content file is shown to come from that folder.
 */
import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import { listenForPosts, serveStatic, type ReceivedPost } from "./site.ts";
import { addedSynonym, agentsPageSize, changedOverride, changedTroubleshooter, feedbackEndpointOrigin, fixtureSite } from "../fixture-site.ts";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { localeKeys, locales, useTranslations, type Locale } from "../../../src/lib/i18n/index.ts";
import { baseLocaleOf, indexLanguageOf, isLocale } from "../../../src/lib/i18n/locales.ts";
import { paths } from "../../../src/lib/urls.ts";
import { contentPath } from "../../../src/lib/content-paths.ts";
import { parseArticle } from "../../../src/lib/content-checks/parse-article.ts";
import { localized, resolveTranslation } from "../../../src/lib/content-resolution.ts";
import { contentArticles } from "./site.ts";
import { waitForSearch } from "../search/search-page.ts";
import { defaultLocale, easyBaseLocale, easyLocale, escapeRegExp, furiganaLocale, textWithoutFurigana } from "../helpers.ts";

const fixtureContent = join("tests", "e2e", "editors", "fixtures");
/** The languages the fixture article is written in (its folders); every other language shows a fallback. */
const fixtureLocales = readdirSync(join(fixtureContent, "articles")) as Locale[];
const fixtureTitle = (locale: Locale) => contentArticles(fixtureContent).find((article) => article.id === "fallback-fixture" && article.locale === locale)!.title;
/** A standard language without the fixture article: its readers get the default language's text. */
const missingLocale = localeKeys.find((locale) => !fixtureLocales.includes(locale) && locales[locale].easyVariantOf === null)!;
const t = useTranslations(defaultLocale);
const at = (path: string) => `${siteOrigin}${path}`;

let received: ReceivedPost[] = [];
let endpoint: Server;
let site: Server;
let siteOrigin = "";
const endpointOrigin = feedbackEndpointOrigin;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The build may be this worker's or another's: about half a minute on a quiet machine.
  test.setTimeout(300_000);
  // The build wrote this origin into its CSP, so the endpoint listens on exactly its port.
  ({ server: endpoint, received } = await listenForPosts(Number(new URL(endpointOrigin).port)));
  ({ server: site, origin: siteOrigin } = await serveStatic(await fixtureSite()));
});

test.afterAll(() => {
  site?.close();
  endpoint?.close();
});

/** The "Next page" link's name: to page `number` ("Next page: Page 2: …"), or to any page. */
function nextPageLink(number?: number): RegExp {
  const [before] = t("agents.nextPage", { range: "RANGE" }).split("RANGE") as [string];
  const page = number === undefined ? "" : escapeRegExp(t("agents.pageRange", { number, first: "FIRST", last: "LAST" }).split("FIRST")[0]!);
  return new RegExp(`^${escapeRegExp(before)}${page}`);
}

async function nextReceived(count: number): Promise<ReceivedPost> {
  await expect.poll(() => received.length).toBeGreaterThanOrEqual(count);
  return received[count - 1]!;
}

test("a vote reaches the configured endpoint with the page id, language and answer, and nothing else", async ({ page }) => {
  await page.goto(at(paths.article(defaultLocale, "forgot-username-or-password")));
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
  expect(csp).toContain(`connect-src 'self' ${endpointOrigin}`);
  await page.getByRole("button", { name: t("feedback.no") }).click();
  const vote = await nextReceived(1);
  expect(vote.method).toBe("POST");
  expect(vote.url).toBe("/feedback");
  expect(JSON.parse(vote.body)).toEqual({ kind: "vote", page: "article:forgot-username-or-password", locale: defaultLocale, answer: "no" });
  expect(vote.headers["cookie"]).toBeUndefined();
});

test("only the first answer on a page is sent, in the reader's language", async ({ page }) => {
  const before = received.length;
  await page.goto(at(paths.article(furiganaLocale, "forgot-username-or-password")));
  const feedback = page.locator("hc-feedback");
  await feedback.getByRole("button").first().click();
  await feedback.getByRole("button").nth(1).click();
  const vote = await nextReceived(before + 1);
  expect(JSON.parse(vote.body)).toEqual({ kind: "vote", page: "article:forgot-username-or-password", locale: furiganaLocale, answer: "yes" });
  await page.waitForTimeout(500);
  expect(received.length).toBe(before + 1);
});

test("a troubleshooter fix's \"Did this solve it?\" is sent as a vote on that fix", async ({ page }) => {
  const before = received.length;
  await page.goto(at(`${paths.troubleshooter(defaultLocale, "sns-already-registered")}?step=email-account-fix&first-signup=email&ever-linked-sns=no`));
  await page.getByRole("button", { name: t("troubleshooter.fixNo") }).click();
  const vote = await nextReceived(before + 1);
  expect(JSON.parse(vote.body)).toEqual({ kind: "vote", page: "troubleshooter:sns-already-registered:email-account-fix", locale: defaultLocale, answer: "no" });
});

test("a search that finds nothing reports its words without e-mail addresses or numbers", async ({ page }) => {
  const before = received.length;
  await page.goto(at(`${paths.search(defaultLocale)}?q=${encodeURIComponent("zqxwv taro@example.com 090-1234-5678")}`));
  const report = await nextReceived(before + 1);
  expect(JSON.parse(report.body)).toEqual({ kind: "empty-search", locale: defaultLocale, query: "zqxwv … …" });
});

test("an article missing in the easy variant shows its standard text with a notice in the easy language and a link to the easy home page", async ({ page }) => {
  const tEasy = useTranslations(easyLocale);
  const response = await page.goto(at(paths.article(easyLocale, "fallback-fixture")));
  expect(response?.status()).toBe(200);
  // Easy-Japanese pages carry furigana; compare the text without the readings.
  const withoutReadings = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll("rt, rp").forEach((reading) => reading.remove());
      return copy.textContent?.replace(/\s+/g, " ").trim();
    });
  expect(await withoutReadings("h1")).toBe(fixtureTitle(easyBaseLocale));
  expect(await withoutReadings(".fallback-notice p")).toBe(tEasy("fallback.notice", { language: locales[easyLocale].label, shown: locales[easyBaseLocale].label }));
  const notice = page.locator(".fallback-notice");
  await expect(notice.getByRole("link")).toHaveAttribute("href", paths.home(easyLocale));
  expect(await withoutReadings(".fallback-notice a")).toBe(tEasy("fallback.home", { language: locales[easyLocale].label }));
});

test("a reader of an article missing in their language gets the default-language text, a notice in their language and a link to their home page", async ({ page }) => {
  const tMissing = useTranslations(missingLocale);
  const response = await page.goto(at(paths.article(missingLocale, "fallback-fixture")));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtureTitle(defaultLocale));
  await expect(page.locator("article")).toHaveAttribute("lang", locales[defaultLocale].lang);
  const notice = page.getByRole("complementary").filter({ hasText: tMissing("fallback.notice", { language: locales[missingLocale].label, shown: locales[defaultLocale].label }) });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute("lang", locales[missingLocale].lang);
  await expect(notice.getByRole("link", { name: tMissing("fallback.home", { language: locales[missingLocale].label }) })).toHaveAttribute("href", paths.home(missingLocale));
});

test("a fallback page's edit link opens the file actually shown", async ({ page }) => {
  await page.goto(at(paths.article(missingLocale, "fallback-fixture")));
  await expect(page.getByRole("link", { name: useTranslations(missingLocale)("article.editPage") })).toHaveAttribute(
    "href",
    new RegExp(`/${escapeRegExp(join(contentPath("articles"), defaultLocale, "fallback-fixture.mdx"))}$`),
  );
});

test("an article shown in another language is found from each reader's search, filtered by topic, labelled, and linked in the reader's language", async ({ page }) => {
  // The fixture article's versions, as its files are laid out (one folder per language).
  const fixtures = "tests/e2e/editors/fixtures/articles";
  const versions: Partial<Record<Locale, Record<string, unknown>>> = Object.fromEntries(
    readdirSync(fixtures).filter(isLocale).map((locale) => [locale, parseArticle(readFileSync(join(fixtures, locale, "fallback-fixture.mdx"), "utf8")).data!]),
  );
  const categories = parse(readFileSync(contentPath("categories"), "utf8")) as { id: string; name: Record<string, string> }[];
  const category = categories.find((candidate) => candidate.id === versions[defaultLocale]!["category"])!;
  let searched = 0;
  for (const reader of localeKeys) {
    const { item, shownLocale } = resolveTranslation(reader, versions)!;
    // Shown from the reader's own index (its own version, or its standard language's): nothing to search elsewhere.
    if (indexLanguageOf(shownLocale) === indexLanguageOf(reader)) continue;
    searched += 1;
    // The topic as the reader's results page names it: the other index names it in its own language.
    const topic = localized(category.name, baseLocaleOf(reader));
    await page.goto(`${siteOrigin}/${reader}/search/?q=${encodeURIComponent(String(item["title"]))}&category=${encodeURIComponent(topic)}`);
    await waitForSearch(page);
    const result = page.getByRole("main").getByRole("listitem").filter({ has: page.locator(`a[href^="/${reader}/articles/fallback-fixture/"]`) });
    await expect(result, reader).toHaveCount(1);
    await expect(result.getByRole("link")).toHaveAttribute("lang", locales[shownLocale].lang);
    const shown = await textWithoutFurigana(result);
    expect(shown).toContain(useTranslations(reader)("search.writtenIn", { language: locales[shownLocale].label }));
    expect(shown).toContain(localized(category.name, reader));
  }
  expect(searched).toBeGreaterThan(0);
});

test("the agents' index comes in pages: every article on exactly one page, each page linked from every other", async ({ page }) => {
  const articleIds = new Set<string>();
  const seen: string[] = [];
  await page.goto(at(paths.agents(defaultLocale)));
  const pageLinks = page.getByRole("navigation", { name: t("agents.pages") }).getByRole("link");
  const count = await pageLinks.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(pageLinks.first()).toHaveAttribute("aria-current", "page");
  // Page 1 also holds the troubleshooters; later pages point back to it.
  await expect(page.getByRole("heading", { level: 2, name: t("agents.troubleshooters") })).toBeVisible();
  for (let number = 1; number <= count; number += 1) {
    if (number > 1) {
      // Reached the way a person does: the "Next page" link at the bottom of the previous page.
      await page.getByRole("link", { name: nextPageLink(number) }).click();
      await expect(page).toHaveURL(at(paths.agents(defaultLocale, number)));
      await expect(pageLinks.nth(number - 1)).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("link", { name: t("agents.troubleshootersOnFirstPage") })).toHaveAttribute("href", `${paths.agents(defaultLocale)}#agents-troubleshooters`);
    }
    const ids = await page.locator(".agents-entry h3[id^='agents-articles-']").evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.length).toBeLessThanOrEqual(agentsPageSize);
    for (const id of ids) articleIds.add(id);
    seen.push(...ids);
  }
  await expect(page.getByRole("link", { name: nextPageLink() })).toHaveCount(0);
  expect(seen.length, "no article on two pages").toBe(articleIds.size);
  expect(articleIds.has("agents-articles-fallback-fixture")).toBe(true);
  const japanese = await page.request.get(at(paths.agents(furiganaLocale, count)));
  expect(japanese.status()).toBe(200);
});

test("a build from a copied content folder takes troubleshooters, search synonyms and furigana overrides from it", async ({ page }) => {
  await page.goto(at(paths.troubleshooter(defaultLocale, changedTroubleshooter.slug)));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(changedTroubleshooter.title);

  await page.goto(at(`${paths.search(defaultLocale)}?q=${addedSynonym.word}`));
  await expect(page.locator("[data-search-results]:not([hidden]) li").first()).toBeVisible({ timeout: 15_000 });

  await page.goto(at(paths.article(furiganaLocale, "fallback-fixture")));
  const reading = page.locator("h1 ruby").filter({ hasText: "日本語" }).locator("rt");
  await expect(reading).toHaveText(changedOverride.reading);
});
