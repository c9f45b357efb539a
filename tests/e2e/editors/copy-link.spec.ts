/** Support agents copy a link to any part of an article; the anchor ids are the same in every language. */
import { expect, test } from "@playwright/test";
import { contentArticles } from "./site.ts";
import { defaultLocale, escapeRegExp, furiganaLocale } from "../helpers.ts";
import { useTranslations, type Locale } from "../../../src/lib/i18n/index.ts";
import { paths } from "../../../src/lib/urls.ts";

const locale = defaultLocale;
const t = useTranslations(locale);
/** The copy-link label of any section in `language`: its words around the title. */
const anyLabel = (language: Locale) => {
  const [before, after] = useTranslations(language)("copyLink.label", { title: "TITLE" }).split("TITLE") as [string, string];
  return new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`);
};
const articles = contentArticles();
const article = articles.find((candidate) => candidate.locale === locale && candidate.anchors.length >= 2)!;
const anchor = article.anchors[1]!;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the copy-link control next to a section copies its full URL from the keyboard and announces it", async ({ page, baseURL }) => {
  await page.goto(paths.article(locale, article.id));
  const title = (await page.locator(`[id="${anchor}"]`).innerText()).replace(/\s+/g, " ").trim();
  const copy = page.getByRole("link", { name: t("copyLink.label", { title }), exact: true });
  await copy.focus();
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: t("copyLink.copied") })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${paths.article(locale, article.id)}#${anchor}`);
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(paths.article(locale, article.id))}$`));
});

test("the copy-link label and confirmation follow the page language", async ({ page, baseURL }) => {
  // The furigana locale: another language, and a label whose title carries readings.
  await page.goto(paths.article(furiganaLocale, article.id));
  const copy = page.locator(`[id="${anchor}"]`).locator("xpath=..").getByRole("link", { name: anyLabel(furiganaLocale) });
  await copy.click();
  await expect(page.getByRole("status").filter({ hasText: useTranslations(furiganaLocale)("copyLink.copied") })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${paths.article(furiganaLocale, article.id)}#${anchor}`);
});

test("without JavaScript the control is a plain link to the anchor", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(paths.article(locale, article.id));
  const copy = page.locator(`[id="${anchor}"]`).locator("xpath=..").getByRole("link", { name: anyLabel(locale) });
  await expect(copy).toHaveAttribute("href", `#${anchor}`);
  await copy.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await context.close();
});

test("every anchor of an English article exists under the same id in each translation", async ({ request }) => {
  for (const english of articles.filter((candidate) => candidate.locale === locale && candidate.anchors.length > 0)) {
    for (const translation of articles.filter((candidate) => candidate.id === english.id && candidate.locale !== locale)) {
      const html = await (await request.get(paths.article(translation.locale as Locale, english.id))).text();
      for (const id of english.anchors) expect(html, `${translation.locale}/${english.id}#${id}`).toContain(`id="${id}"`);
    }
  }
});
