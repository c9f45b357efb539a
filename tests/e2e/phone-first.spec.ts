/**
 * On a 390×844 phone, in every language and with furigana on, what a reader came for is in the first screen:
 * a troubleshooter's first question and its first answer control, an article's title and its answer.
 * The compact header's panels open without JavaScript and by keyboard.
 */
import { readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { localeKeys, locales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";
import { troubleshooters } from "./troubleshooters/flows.ts";
import { defaultLocale, escapeRegExp, furiganaLocale, otherLocale } from "./helpers.ts";
import { searchQueries } from "./quality/site.ts";

const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

const withFurigana = (path: string) => `${path}?furigana=on`;
/** The bottom edge of an element, in page pixels from the top, with the page scrolled to the top. */
const bottomOf = async (locator: Locator) => {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box.y + box.height;
};
const articleIds = (locale: string) => readdirSync(`content/articles/${locale}`).map((file) => file.replace(/\.mdx$/, ""));

for (const locale of localeKeys) {
  test(`${locale}: every troubleshooter's first question and first answer control are in the first screen`, async ({ page }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const { flow } of troubleshooters) {
      await page.goto(withFurigana(paths.troubleshooter(locale, flow.slug)));
      const step = page.locator(`.troubleshooter__step[data-step-id="${flow.start}"]`);
      const control = step.locator("input, button").first();
      await expect(control).toBeVisible();
      const bottom = await bottomOf(control);
      found.push(`${flow.slug}: ${Math.round(await bottomOf(step.locator("h2")))} / ${Math.round(bottom)}`);
      expect(bottom, `${flow.slug}: first answer control ends at ${bottom}`).toBeLessThanOrEqual(phone.height);
    }
    test.info().annotations.push({ type: "question / first control bottom (px)", description: found.join("; ") });
  });

  test(`${locale}: every article's title and answer are in the first screen`, async ({ page }) => {
    // One page load per article of the language.
    test.setTimeout(180_000);
    for (const id of articleIds(locale)) {
      await page.goto(withFurigana(paths.article(locale, id)));
      expect(await bottomOf(page.locator("article h1")), `${id}: title`).toBeLessThanOrEqual(phone.height);
      expect(await bottomOf(page.locator("article [data-answer]")), `${id}: answer`).toBeLessThanOrEqual(phone.height);
    }
  });
}

async function openPanel(page: Page, name: RegExp | string) {
  const toggle = page.getByRole("banner").getByRole("button", { name });
  await toggle.click();
}

test.describe("the phone header", () => {
  test("shows the site name and one button per panel, and nothing else, in the first row", async ({ page }) => {
    // The furigana locale with readings on: the tallest header.
    const t = useTranslations(furiganaLocale);
    await page.goto(withFurigana(paths.troubleshooter(furiganaLocale, "login-after-reset")));
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("navigation", { name: t("nav.language") })).toBeHidden();
    await expect(page.getByRole("group", { name: t("reading.aids") })).toBeHidden();
    expect(await bottomOf(page.locator(".site-header"))).toBeLessThanOrEqual(phone.height / 8);
  });

  test("by keyboard: Search opens the box with the cursor in it, Escape closes it", async ({ page }) => {
    const t = useTranslations(defaultLocale);
    const query = searchQueries[defaultLocale];
    await page.goto(paths.home(defaultLocale));
    const toggle = page.getByRole("button", { name: t("header.menuSearch"), exact: true });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("searchbox", { name: t("search.label") })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("search")).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    // The panel opens and moves the cursor on its toggle event: type once the box has it.
    await expect(page.getByRole("searchbox", { name: t("search.label") })).toBeFocused();
    await page.keyboard.type(query);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(paths.search(defaultLocale) + "?" + new URLSearchParams({ q: query }).toString())}$`));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the language button opens the language links, and Tab reaches them", async ({ page }) => {
      const t = useTranslations(defaultLocale);
      const other = otherLocale(defaultLocale);
      await page.goto(paths.troubleshooter(defaultLocale, "login-after-reset"));
      await openPanel(page, `${t("nav.language")}${locales[defaultLocale].labelSeparator}${locales[defaultLocale].label}`);
      const link = page.getByRole("navigation", { name: t("nav.language") }).getByRole("link", { name: locales[other].label });
      await expect(link).toBeVisible();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(link).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(paths.troubleshooter(other, "login-after-reset"));
    });

    test("the search button opens a search form that works", async ({ page }) => {
      const t = useTranslations(defaultLocale);
      const query = searchQueries[defaultLocale];
      await page.goto(paths.home(defaultLocale));
      await openPanel(page, t("header.menuSearch"));
      await page.getByRole("searchbox", { name: t("search.label") }).fill(query);
      await page.getByRole("search").getByRole("button", { name: t("search.button") }).click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(paths.search(defaultLocale) + "?" + new URLSearchParams({ q: query }).toString())}$`));
    });
  });
});

test("desktop keeps the search box, the language links and the reading aids in the header", async ({ page }) => {
  const t = useTranslations(furiganaLocale);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(paths.home(furiganaLocale));
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByRole("navigation", { name: t("nav.language") }).getByRole("link", { name: locales[otherLocale(furiganaLocale)].label })).toBeVisible();
  await expect(page.getByRole("group", { name: t("reading.aids") })).toBeVisible();
  await expect(page.locator(".header-toggles")).toBeHidden();
});

test("axe finds nothing on a phone with each header panel open, or on an outcome listing your answers", async ({ page }) => {
  test.setTimeout(180_000);
  const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
  const violations = async (label: string) =>
    (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
  const found: string[] = [];
  await page.goto(withFurigana(paths.troubleshooter(furiganaLocale, "sns-already-registered")) + "&step=email-account-fix&first-signup=email&ever-linked-sns=no");
  await expect(page.locator(".your-answers")).toBeVisible();
  found.push(...(await violations("outcome")));
  for (const panel of ["header-search-panel", "header-language-panel", "header-reading-panel"]) {
    await page.locator(`[popovertarget="${panel}"]`).click();
    await expect(page.locator(`#${panel}`)).toBeVisible();
    found.push(...(await violations(panel)));
    await page.keyboard.press("Escape");
    await expect(page.locator(`#${panel}`)).toBeHidden();
  }
  expect(found).toEqual([]);
});
