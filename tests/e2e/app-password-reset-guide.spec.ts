/**
 * The smartphone-app password reset guide as a reader on a phone meets it, and the audience index
 * pages that lead to the seed-002 articles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { configValues } from "../../src/lib/policies/values.ts";
import { baseLocaleOf, defaultLocale, localeKeys } from "../../src/lib/i18n/locales.ts";
import { paths } from "../../src/lib/urls.ts";
import { contentPath } from "../../src/lib/content-paths.ts";
import { version } from "./editors/site.ts";
import { escapeRegExp, furiganaLocale, textWithoutFurigana } from "./helpers.ts";

const stepIds = ["step-1-1", "step-1-2", "step-1-3", "step-1-4", "step-2-1", "step-2-2", "step-2-3"];

/** The languages with their own illustrations (a folder under public/illustrations/). */
const folders = readdirSync(join("public", "illustrations"));
/**
 * Locale of the page → folder its illustrations come from: each language with its own pictures, and an easy
 * variant, which shows the screens of its standard language.
 */
const guides = localeKeys.filter((locale) => folders.includes(baseLocaleOf(locale))).map((locale) => ({ locale, folder: baseLocaleOf(locale) }));
const screens = (parse(readFileSync(contentPath("glossary"), "utf8")) as { screens: Record<string, Record<string, string>> }).screens;
const title = (id: string) => version(id, defaultLocale)!.title;

for (const { locale, folder } of guides) {
  test(`${locale}: the guide keeps the seed's step numbering and anchors`, async ({ page }) => {
    await page.goto(paths.article(locale, "app-password-reset"));
    const headings = page.locator("article h3[id^='step-']");
    await expect(headings).toHaveCount(stepIds.length);
    expect(await headings.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(stepIds);
    for (const id of stepIds) {
      await expect(page.locator(`#${id}`)).toContainText(id.replace("step-", ""));
    }
  });

  test(`${locale}: the app password rules list the configured symbols exactly`, async ({ page }) => {
    await page.goto(`${paths.article(locale, "app-password-reset")}#password-rules`);
    const rules = page.locator("section[aria-labelledby='password-rules'] [data-policy='app']");
    await expect(rules.locator("[data-symbols] code")).toHaveText(configValues.appPasswordSymbols);
    await expect(rules.locator("[data-rule='minLength']")).toContainText(String(configValues.appPasswordMinLength));
    await expect(rules.locator("[data-rule='minKinds']")).toContainText(String(configValues.appPasswordMinKinds));
  });

  test(`${locale}: every screen of the reset is shown with a described picture in the page's language`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(paths.article(locale, "app-password-reset"));
    const pictures = page.locator("article figure img");
    await expect(pictures).toHaveCount(6);
    for (const picture of await pictures.all()) {
      expect(await picture.getAttribute("src")).toMatch(new RegExp(`^/illustrations/${folder}/app-reset-[1-6]-[a-z-]+\\.svg$`));
      expect((await picture.getAttribute("alt"))?.length ?? 0).toBeGreaterThan(30);
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the illustrations are accessible SVGs with a title in their own language", async ({ request }) => {
  // The picture of the form shows the send button with its words in the folder's language.
  for (const folder of folders) {
    const word = screens["appSendEmailButton"]![folder]!;
    const response = await request.get(`/illustrations/${folder}/app-reset-2-form.svg`);
    expect(response.ok()).toBe(true);
    const svg = await response.text();
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="title">[^<]{20,}<\/title>/);
    expect(svg).toContain(`>${word}</text>`);
  }
});

test("each audience page lists the seed-002 articles that concern it", async ({ page }) => {
  const expectations = [
    { audience: "companies-in-japan", lists: ["applications-by-the-person", "app-password-reset"], omits: ["device-change-residence-card", "already-applied-dialog"] },
    { audience: "foreigners-in-japan", lists: ["device-change-residence-card", "already-applied-dialog", "applications-by-the-person"], omits: [] },
    { audience: "foreigners-abroad", lists: ["already-applied-dialog", "app-install"], omits: ["device-change-residence-card"] },
  ];
  for (const { audience, lists, omits } of expectations) {
    await page.goto(paths.audience(defaultLocale, audience));
    const main = page.getByRole("main");
    for (const id of lists) await expect(main.getByRole("link", { name: title(id), exact: true })).toBeVisible();
    for (const id of omits) await expect(main.getByRole("link", { name: title(id), exact: true })).toHaveCount(0);
  }
});

test("the Japanese audience page for companies leads to the applications note", async ({ page }) => {
  const article = paths.article(furiganaLocale, "applications-by-the-person");
  await page.goto(paths.audience(furiganaLocale, "companies-in-japan"));
  // Furigana readings are part of the link's text, so the link is found by where it goes.
  await page.getByRole("main").locator(`a[href='${article}']`).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(article)}$`));
  await expect.poll(() => textWithoutFurigana(page.getByRole("heading", { level: 1 }))).toBe(version("applications-by-the-person", furiganaLocale)!.title);
});

test("the FAQ about a forgotten app password leads to the guide", async ({ page }) => {
  const guide = paths.article(defaultLocale, "app-password-reset");
  // The guide's first part, as its source names it.
  const firstPart = /<Steps id="step-1" title="([^"]+)"/.exec(readFileSync(join(contentPath("articles"), defaultLocale, "app-password-reset.mdx"), "utf8"))![1]!;
  await page.goto(paths.article(defaultLocale, "app-forgot-password"));
  await page.getByRole("link", { name: title("app-password-reset") }).first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(guide)}$`));
  await expect(page.getByRole("heading", { level: 2, name: firstPart })).toBeVisible();
});
