/**
 * With furigana on, every kanji a reader sees has a reading: on every Japanese page type (ja and
 * ja-easy), in search results written by the page script, and in a troubleshooter after it hydrates and
 * after an answer. Only the live DOM's visible text counts; the tab title and attribute values are exempt.
 */
import { expect, test } from "@playwright/test";
import { furiganaLocale, furiganaLocales, kanjiOutsideRuby } from "./helpers.ts";
import { locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { paths } from "../../src/lib/urls.ts";
import { searchQueries } from "./quality/site.ts";

const pageTypes = (locale: Locale) => [
  paths.home(locale),
  paths.article(locale, "app-password-reset"),
  paths.article(locale, "device-change-residence-card"),
  paths.category(locale, "passwords"),
  paths.audience(locale, "foreigners-in-japan"),
  paths.troubleshooters(locale),
  paths.agents(locale),
];

for (const locale of furiganaLocales) {
  test.describe(`every kanji has a reading with furigana on (${locale})`, () => {
    for (const path of pageTypes(locale)) {
      test(path, async ({ page }) => {
        await page.goto(`${path}?furigana=on`);
        expect(await kanjiOutsideRuby(page)).toEqual([]);
      });
    }

    test("search page: filters, status and results", async ({ page }) => {
      await page.goto(`${paths.search(locale)}?furigana=on&q=${encodeURIComponent(searchQueries[locale])}`);
      await expect(page.locator(".search-result").first()).toBeVisible();
      await expect.poll(() => kanjiOutsideRuby(page)).toEqual([]);
      // A filter is a radio button whose label carries readings, once the reader opens the filters.
      await page.locator("[data-search-filters] > summary").click();
      await expect.poll(() => kanjiOutsideRuby(page)).toEqual([]);
      const topic = page.locator("fieldset.search-filter").first();
      await expect(topic.getByRole("radio").first()).toBeVisible();
      await expect(topic.locator("label ruby").first()).toBeVisible();
    });

    test("troubleshooter: a date question after hydration", async ({ page }) => {
      await page.goto(`${paths.troubleshooter(locale, "login-after-reset")}?furigana=on`);
      await expect(page.locator("[data-troubleshooter] input[type=datetime-local]")).toBeVisible();
      expect(await kanjiOutsideRuby(page)).toEqual([]);
    });

    test("troubleshooter: after hydration and after an answer", async ({ page }) => {
      await page.goto(`${paths.troubleshooter(locale, "reset-email-not-received")}?furigana=on`);
      const island = page.locator("[data-troubleshooter]");
      await expect(island).toBeVisible();
      expect(await kanjiOutsideRuby(page)).toEqual([]);
      const heading = island.locator("h2");
      const before = await heading.textContent();
      await island.locator(".troubleshooter__answer:enabled").first().click();
      await expect(heading).not.toHaveText(before ?? "");
      expect(await kanjiOutsideRuby(page)).toEqual([]);
    });
  });
}

test("the 404 page's Japanese section has readings when furigana is on, and hides them otherwise", async ({ page }) => {
  const unknown = `${paths.home(furiganaLocale)}no-such-page/`;
  const section = `section[lang="${locales[furiganaLocale].lang}"]`;
  const response = await page.goto(`${unknown}?furigana=on`);
  expect(response?.status()).toBe(404);
  const japanese = page.locator(section);
  await expect(japanese.locator("rt").first()).toBeVisible();
  expect(await kanjiOutsideRuby(page, section)).toEqual([]);
  await page.goto(`${unknown}?furigana=off`);
  await expect(japanese.locator("rt").first()).toBeHidden();
});
