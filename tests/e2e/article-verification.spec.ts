import { expect, test } from "@playwright/test";
import { useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";
import { defaultLocale } from "./helpers.ts";
import { version } from "./editors/site.ts";

// The notice is the same template in every language: the reader reads the default one.
const locale = defaultLocale;
const t = useTranslations(locale);

// Answers written where the sources are silent say so to the reader until someone checks them.
test("an unchecked editorial answer tells the reader it has not been checked yet", async ({ page }) => {
  await page.goto(paths.article(locale, "delete-account"));
  await expect(page.locator("[data-unchecked]")).toHaveText(t("article.unchecked"));
});

test("an article taken from the sources and verified shows no such notice", async ({ page }) => {
  await page.goto(paths.article(locale, "sns-already-registered"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[data-unchecked]")).toHaveCount(0);
});

test("the agents' index lists the articles still to be checked against the product", async ({ page }) => {
  await page.goto(paths.agents(locale));
  const section = page.locator("section[aria-labelledby='agents-verification']");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText(t("agents.verification"));
  await expect(section.locator("li[data-verification='unverified']").filter({ hasText: version("delete-account", locale)!.title })).toBeVisible();
  // Listed elsewhere on the page as written, but not among the articles to check.
  const verified = version("sns-already-registered", locale)!.title;
  await expect(page.getByText(verified).first()).toBeAttached();
  await expect(section.locator("li").filter({ hasText: verified })).toHaveCount(0);
});
