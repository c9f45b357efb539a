import { expect, test } from "@playwright/test";
import { textWithoutFurigana } from "./helpers.ts";
import { locales, switchableLocales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";

test("the English home page lists every category", async ({ page }) => {
  await page.goto("/en/");
  const topics = page.getByRole("region", { name: "Browse by topic" });
  for (const name of ["Passwords", "Sign-up and login", "Username and e-mail addresses", "SNS login", "Smartphone app", "Account and devices", "Notifications and mobile e-mail"]) {
    await expect(topics.getByRole("link", { name, exact: true })).toBeVisible();
  }
});

test("the Japanese home page lists every category", async ({ page }) => {
  await page.goto("/ja/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toContain("お困り");
  await expect(page.locator(".card-grid").first().getByRole("link")).toHaveCount(7);
});

test("an article renders in English and in Japanese", async ({ page }) => {
  await page.goto("/en/articles/forgot-username-or-password/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("I forgot my username or password");
  await expect(page.getByText("Last updated")).toBeVisible();
  await page.goto("/ja/articles/forgot-username-or-password/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toContain("パスワードを忘れた");
  await expect.poll(() => textWithoutFurigana(page.getByRole("article"))).toContain("最終更新日");
});

test("the language switch keeps the article and the anchor", async ({ page }) => {
  await page.goto("/en/articles/forgot-username-or-password/#answer");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja\/articles\/forgot-username-or-password\/#answer$/);
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toContain("パスワードを忘れた");
});

test("breadcrumbs lead back to the category and home", async ({ page }) => {
  await page.goto("/en/articles/forgot-username-or-password/");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumbs" });
  await crumbs.getByRole("link", { name: "Passwords" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwords");
});

test("every page has the contact block from the config", async ({ page }) => {
  await page.goto("/ja/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "0120-000-000" })).toHaveAttribute("href", "tel:0120-000-000");
  await expect(footer).toContainText("9:00〜17:30");
});

test("an unknown URL shows the 404 page in English and Japanese", async ({ page }) => {
  const response = await page.goto("/en/articles/no-such-article/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can't find that page");
  // The Japanese section carries furigana (hidden until the reader turns them on): compare its base text.
  const japaneseHeading = page.locator('section[lang="ja"]').getByRole("heading", { level: 2 });
  await expect(japaneseHeading).toBeVisible();
  expect(await textWithoutFurigana(japaneseHeading)).toBe("ページが見つかりません");
  await expect(page.getByRole("link", { name: "ヘルプセンターのトップへ" })).toHaveAttribute("href", "/ja/");
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
