/** The default build has no feedback endpoint: nothing leaves the reader's browser and no reasons form is shown. */
import { expect, test } from "@playwright/test";
import { paths } from "../../../src/lib/urls.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { answerStep, byslug } from "../troubleshooters/flows.ts";
import { defaultLocale } from "../helpers.ts";

// What the build sends does not depend on the language: the reader reads the default one.
const locale = defaultLocale;
const t = useTranslations(locale);
const sns = byslug("sns-already-registered");

test("a whole troubleshooter, start over and leaving the page send nothing", async ({ page, baseURL }) => {
  const sent: string[] = [];
  page.on("request", (request) => { if (request.method() !== "GET" || !request.url().startsWith(baseURL!)) sent.push(`${request.method()} ${request.url()}`); });
  await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
  await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "email" } });
  await answerStep(page, sns, locale, { step: "ever-linked-sns", answer: { value: "no" } });
  await answerStep(page, sns, locale, { step: "email-account-fix", answer: { value: "no" } });
  await expect(page.getByRole("group", { name: t("feedback.reasonsQuestion") })).toHaveCount(0);
  await page.getByRole("button", { name: t("troubleshooter.restart") }).click();
  await page.goto(paths.article(locale, "forgot-username-or-password"));
  await page.locator("hc-feedback").getByRole("button", { name: t("feedback.no") }).click();
  await page.goto(paths.home(locale));
  expect(sent).toEqual([]);
});

test("no reasons form, and form posts may only go to the site itself", async ({ page }) => {
  await page.goto(paths.article(locale, "forgot-username-or-password"));
  await page.locator("hc-feedback").getByRole("button", { name: t("feedback.no") }).click();
  await expect(page.locator("form[data-feedback-reasons]")).toHaveCount(0);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
  expect(csp).toMatch(/form-action 'self'(;|$)/);
});
