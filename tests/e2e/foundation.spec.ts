import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { categoryName, defaultLocale, escapeRegExp, furiganaLocale, textWithoutFurigana } from "./helpers.ts";
import { locales, switchableLocales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";
import { siteConfig } from "../../src/config.ts";
import { contentPath } from "../../src/lib/content-paths.ts";
import { version } from "./editors/site.ts";

// The default language and the first with furigana (another script, ruby on every page).
const locale = defaultLocale;
const t = useTranslations(locale);
const tFurigana = useTranslations(furiganaLocale);
const categoryIds = (parse(readFileSync(contentPath("categories"), "utf8")) as { id: string }[]).map((category) => category.id);
const articleTitle = (language: typeof locale) => version("forgot-username-or-password", language)!.title;

test("the English home page lists every category", async ({ page }) => {
  await page.goto(paths.home(locale));
  const topics = page.getByRole("region", { name: t("home.categories") });
  for (const id of categoryIds) {
    await expect(topics.getByRole("link", { name: categoryName(id, locale), exact: true })).toBeVisible();
  }
});

test("the Japanese home page lists every category", async ({ page }) => {
  await page.goto(paths.home(furiganaLocale));
  await expect(page.locator("html")).toHaveAttribute("lang", locales[furiganaLocale].lang);
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toBe(tFurigana("home.title"));
  await expect(page.locator(".card-grid").first().getByRole("link")).toHaveCount(categoryIds.length);
});

test("an article renders in English and in Japanese", async ({ page }) => {
  await page.goto(paths.article(locale, "forgot-username-or-password"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(articleTitle(locale));
  await expect(page.getByText(t("article.updated"))).toBeVisible();
  await page.goto(paths.article(furiganaLocale, "forgot-username-or-password"));
  await expect(page.locator("html")).toHaveAttribute("lang", locales[furiganaLocale].lang);
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toBe(articleTitle(furiganaLocale));
  await expect.poll(() => textWithoutFurigana(page.getByRole("article"))).toContain(tFurigana("article.updated"));
});

test("the language switch keeps the article and the anchor", async ({ page }) => {
  await page.goto(`${paths.article(locale, "forgot-username-or-password")}#answer`);
  await page.getByRole("navigation", { name: t("nav.language") }).getByRole("link", { name: locales[furiganaLocale].label }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(paths.article(furiganaLocale, "forgot-username-or-password"))}#answer$`));
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toBe(articleTitle(furiganaLocale));
});

test("breadcrumbs lead back to the category and home", async ({ page }) => {
  await page.goto(paths.article(locale, "forgot-username-or-password"));
  const crumbs = page.getByRole("navigation", { name: t("nav.breadcrumbs") });
  await crumbs.getByRole("link", { name: categoryName("passwords", locale) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(categoryName("passwords", locale));
});

test("every page has the contact block from the config", async ({ page }) => {
  await page.goto(paths.home(furiganaLocale));
  const footer = page.getByRole("contentinfo");
  const { phone, phoneHref, hours } = siteConfig.contact;
  await expect(footer.getByRole("link", { name: phone })).toHaveAttribute("href", phoneHref);
  await expect(footer).toContainText(hours.weekdays.open);
  await expect(footer).toContainText(hours.weekdays.close);
});

test("an unknown URL shows the 404 page in every language", async ({ page }) => {
  const response = await page.goto(paths.article(locale, "no-such-article"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("notFound.title"));
  for (const other of switchableLocales.filter((key) => key !== locale)) {
    const ts = useTranslations(other);
    // A Japanese section carries furigana (hidden until the reader turns them on): compare its base text.
    const section = page.locator(`section[lang="${locales[other].lang}"]`);
    const heading = section.getByRole("heading", { level: 2 });
    await expect(heading).toBeVisible();
    expect(await textWithoutFurigana(heading)).toBe(ts("notFound.title"));
    expect(await textWithoutFurigana(section.locator(`a[href="${paths.home(other)}"]`))).toBe(ts("notFound.home"));
  }
});

test("/ offers, above the list, the language the browser asks for first, and stays on /", async ({ browser }) => {
  for (const locale of switchableLocales) {
    const context = await browser.newContext({ locale: locales[locale].lang });
    const page = await context.newPage();
    await page.goto("/");
    const offer = page.locator("[data-language-offer]");
    await expect(offer.getByRole("link", { name: useTranslations(locale)("root.offer"), exact: true })).toHaveAttribute("href", paths.home(locale));
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  }
});
