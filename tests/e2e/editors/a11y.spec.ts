/** WCAG 2.2 AA for the editors' and agents' parts in the states the sitemap run does not reach. */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../axe.ts";
import { defaultLocale, localeKeys, locales } from "../../../src/lib/i18n/locales.ts";
import { paths } from "../../../src/lib/urls.ts";
import { furiganaLocale } from "../helpers.ts";

const violations = (page: Page) => axeViolations(page, page.url());

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

// The default locale, and the easy variants (their pages add the reading aids and other wordings).
for (const locale of localeKeys.filter((key) => key === defaultLocale || locales[key].easyVariantOf !== null)) {
  test(`${locale}: an article after answering No and copying a link`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(paths.article(locale, "cannot-log-in-after-reset"));
    await page.locator("hc-feedback").getByRole("button").nth(1).click();
    await page.locator("a[data-copy-link]").first().click();
    expect(await violations(page)).toEqual([]);
  });
}

test("the agents' index at 320px wide", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  // The furigana locale: long words without spaces, and readings above them.
  await page.goto(paths.agents(furiganaLocale));
  expect(await violations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
