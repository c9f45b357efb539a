/** `/` without JavaScript: one line per language, in that language, saying what the site is, each the link to it. */
import { expect, test } from "@playwright/test";
import { locales, switchableLocales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";

test.use({ javaScriptEnabled: false });

test("every language has a line saying what the site is, linking to its home page", async ({ page }) => {
  await page.goto("/");
  const lines = page.locator("main li");
  await expect(lines).toHaveCount(switchableLocales.length);
  for (const locale of switchableLocales) {
    const t = useTranslations(locale);
    const line = page.locator(`main li[lang="${locales[locale].lang}"]`);
    const link = line.getByRole("link", { name: t("root.line", { tagline: t("site.tagline"), language: locales[locale].label }), exact: true });
    await expect(link).toHaveAttribute("href", paths.home(locale));
  }
});
