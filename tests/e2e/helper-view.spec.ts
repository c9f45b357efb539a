/**
 * "Show this in Japanese": a reader on a Vietnamese page shows a Japanese helper the same troubleshooter step
 * with the same answers (and, on an article, the Japanese article with its build-time readings), plus a QR
 * code of that Japanese address. Without JavaScript the control is a plain link to the Japanese page.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { defaultLocale, localeKeys, locales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";
import { helperLocale, offersHelperView } from "../../src/lib/helper-view.ts";
import { accessibleName, answerLabel, answerStep, byslug } from "./troubleshooters/flows.ts";

/** The readers who are offered the helper's view; the tests with JavaScript read as the first translated one. */
const readerLocales = localeKeys.filter(offersHelperView);
const reader = readerLocales.find((locale) => locale !== defaultLocale)!;
const tReader = useTranslations(reader);
const tHelper = useTranslations(helperLocale);
const sns = byslug("sns-already-registered");
const helperTitle = (step: string) => sns.texts[helperLocale].steps[step]!.title;
const toggle = (page: Page) => page.getByRole("button", { name: tReader("helper.show") });
const panel = (page: Page) => page.getByRole("region", { name: locales[helperLocale].label });
const articleId = "forgot-username-or-password";

test("on a troubleshooter step, it shows that step in Japanese with the reader's answers, follows the reader, and its QR link keeps the state", async ({ page, baseURL }) => {
  const query = "?step=ever-linked-sns&first-signup=email";
  await page.goto(paths.troubleshooter(reader, sns.flow.slug) + query);
  await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
  await toggle(page).focus();
  await page.keyboard.press("Enter");
  await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");

  await expect(panel(page).getByRole("heading", { level: 3, name: accessibleName(helperTitle("ever-linked-sns")) })).toBeVisible();
  // What a person reads: readings are hidden until the panel's furigana switch is on.
  await expect(panel(page).locator("dt")).toHaveText([accessibleName(helperTitle("first-signup"))], { useInnerText: true });
  await expect(panel(page).locator("dd")).toHaveText([accessibleName(answerLabel(sns, helperLocale, { step: "first-signup", answer: { value: "email" } }))], { useInnerText: true });
  const openJapanese = panel(page).getByRole("link", { name: accessibleName(tHelper("helper.openPage")) });
  await expect(openJapanese).toHaveAttribute("href", `${baseURL}${paths.troubleshooter(helperLocale, sns.flow.slug)}${query}`);
  await expect(panel(page).getByRole("img", { name: accessibleName(tHelper("helper.scan")) }).locator("path")).toHaveAttribute("d", /^M\d/);
  expect(await axeViolations(page, "helper view open")).toEqual([]);

  await answerStep(page, sns, reader, { step: "ever-linked-sns", answer: { value: "no" } });
  await expect(panel(page).getByRole("heading", { level: 3, name: accessibleName(helperTitle("email-account-fix")) })).toBeVisible();
  await expect(openJapanese).toHaveAttribute("href", new RegExp(`\\?step=email-account-fix&first-signup=email&ever-linked-sns=no$`));
});

test("on an article, it shows the Japanese article with the readings from the build, behind the panel's furigana switch", async ({ page }) => {
  await page.goto(paths.article(reader, articleId));
  await toggle(page).click();
  const readings = panel(page).locator(".helper-view__content rt");
  await expect(readings.first()).toBeAttached();
  await expect(readings.first()).toBeHidden();
  const furigana = panel(page).getByRole("button", { name: tHelper("reading.furigana") });
  await furigana.click();
  await expect(furigana).toHaveAttribute("aria-pressed", "true");
  await expect(readings.first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the control is a plain link to the Japanese page", async ({ page }) => {
    for (const locale of readerLocales) {
      await page.goto(paths.article(locale, articleId));
      await expect(page.getByRole("link", { name: useTranslations(locale)("helper.show") }), locale).toHaveAttribute("href", paths.article(helperLocale, articleId));
      await expect(page.getByRole("button", { name: useTranslations(locale)("helper.show") })).toHaveCount(0);
      await expect(panel(page)).toHaveCount(0);
    }
  });
});
