/**
 * "Show this in Japanese": a reader on a Vietnamese page shows a Japanese helper the same troubleshooter step
 * with the same answers (and, on an article, the Japanese article with its build-time readings), plus a QR
 * code of that Japanese address. Without JavaScript the control is a plain link to the Japanese page.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { locales, useTranslations } from "../../src/lib/i18n/index.ts";
import { paths } from "../../src/lib/urls.ts";
import { accessibleName, answerLabel, answerStep, byslug } from "./troubleshooters/flows.ts";

const vi = useTranslations("vi");
const ja = useTranslations("ja");
const sns = byslug("sns-already-registered");
const jaTitle = (step: string) => sns.texts.ja.steps[step]!.title;
const toggle = (page: Page) => page.getByRole("button", { name: vi("helper.show") });
const panel = (page: Page) => page.getByRole("region", { name: locales.ja.label });
const articleId = "forgot-username-or-password";

test("on a troubleshooter step, it shows that step in Japanese with the reader's answers, follows the reader, and its QR link keeps the state", async ({ page, baseURL }) => {
  const query = "?step=ever-linked-sns&first-signup=email";
  await page.goto(paths.troubleshooter("vi", sns.flow.slug) + query);
  await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
  await toggle(page).focus();
  await page.keyboard.press("Enter");
  await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");

  await expect(panel(page).getByRole("heading", { level: 3, name: accessibleName(jaTitle("ever-linked-sns")) })).toBeVisible();
  // What a person reads: readings are hidden until the panel's furigana switch is on.
  await expect(panel(page).locator("dt")).toHaveText([accessibleName(jaTitle("first-signup"))], { useInnerText: true });
  await expect(panel(page).locator("dd")).toHaveText([accessibleName(answerLabel(sns, "ja", { step: "first-signup", answer: { value: "email" } }))], { useInnerText: true });
  const openJapanese = panel(page).getByRole("link", { name: accessibleName(ja("helper.openPage")) });
  await expect(openJapanese).toHaveAttribute("href", `${baseURL}${paths.troubleshooter("ja", sns.flow.slug)}${query}`);
  await expect(panel(page).getByRole("img", { name: accessibleName(ja("helper.scan")) }).locator("path")).toHaveAttribute("d", /^M\d/);
  expect(await axeViolations(page, "helper view open")).toEqual([]);

  await answerStep(page, sns, "vi", { step: "ever-linked-sns", answer: { value: "no" } });
  await expect(panel(page).getByRole("heading", { level: 3, name: accessibleName(jaTitle("email-account-fix")) })).toBeVisible();
  await expect(openJapanese).toHaveAttribute("href", new RegExp(`\\?step=email-account-fix&first-signup=email&ever-linked-sns=no$`));
});

test("on an article, it shows the Japanese article with the readings from the build, behind the panel's furigana switch", async ({ page }) => {
  await page.goto(paths.article("vi", articleId));
  await toggle(page).click();
  const readings = panel(page).locator(".helper-view__content rt");
  await expect(readings.first()).toBeAttached();
  await expect(readings.first()).toBeHidden();
  const furigana = panel(page).getByRole("button", { name: ja("reading.furigana") });
  await furigana.click();
  await expect(furigana).toHaveAttribute("aria-pressed", "true");
  await expect(readings.first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the control is a plain link to the Japanese page", async ({ page }) => {
    await page.goto(paths.article("vi", articleId));
    await expect(page.getByRole("link", { name: vi("helper.show") })).toHaveAttribute("href", paths.article("ja", articleId));
    await expect(toggle(page)).toHaveCount(0);
    await expect(panel(page)).toHaveCount(0);
  });
});
