/**
 * "Your answers" with Change links (GOV.UK Smart Answers' pattern), and what an outcome prints.
 */
import { expect, test, type Page } from "@playwright/test";
import { paths } from "../../../src/lib/urls.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { answerLabel, answerStep, byslug, stepHeading } from "./flows.ts";
import { defaultLocale } from "../helpers.ts";

const sns = byslug("sns-already-registered");
// The list is the same in every language; it is read in the default one.
const locale = defaultLocale;
const t = useTranslations(locale);
const title = (id: string) => sns.texts[locale].steps[id]!.title;
const yourAnswers = (page: Page) => page.getByRole("region", { name: t("troubleshooter.yourAnswers") });
const changeLink = (page: Page, stepId: string) =>
  yourAnswers(page).getByRole("link", { name: `${t("troubleshooter.change")} ${t("troubleshooter.changeWhat", { question: title(stepId) })}` });
const outcomeUrl = `${paths.troubleshooter(locale, "sns-already-registered")}?step=email-account-fix&first-signup=email&ever-linked-sns=no`;

test("the first question has no list; later steps and outcomes list every answer as its button worded it", async ({ page }) => {
  await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
  await expect(stepHeading(page, title("first-signup"))).toBeVisible();
  await expect(yourAnswers(page)).toHaveCount(0);
  await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "email" } });
  await expect(yourAnswers(page).locator("dt")).toHaveText([title("first-signup")]);
  await answerStep(page, sns, locale, { step: "ever-linked-sns", answer: { value: "no" } });
  await expect(stepHeading(page, title("email-account-fix"))).toBeVisible();
  await expect(yourAnswers(page).locator("dt")).toHaveText([title("first-signup"), title("ever-linked-sns")]);
  await expect(yourAnswers(page).locator("dd:not(.your-answers__change)")).toHaveText([
    answerLabel(sns, locale, { step: "first-signup", answer: { value: "email" } }),
    answerLabel(sns, locale, { step: "ever-linked-sns", answer: { value: "no" } }),
  ]);
});

test("Change by keyboard reopens that question in place, and an answer that still applies is kept", async ({ page }) => {
  await page.goto(outcomeUrl);
  await changeLink(page, "first-signup").focus();
  await page.keyboard.press("Enter");
  await expect(stepHeading(page, title("first-signup"))).toBeFocused();
  await expect(page).toHaveURL(/\?step=first-signup&first-signup=email&ever-linked-sns=no$/);
  // "Not sure" still leads through ever-linked-sns, so its answer stays.
  await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "not-sure" } });
  await expect(stepHeading(page, title("ever-linked-sns"))).toBeVisible();
  await expect(page).toHaveURL(/first-signup=not-sure&ever-linked-sns=no$/);
});

test("after a change, an answer to a question the new path skips is dropped", async ({ page }) => {
  await page.goto(outcomeUrl);
  await changeLink(page, "first-signup").click();
  await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "sns" } });
  await expect(stepHeading(page, title("link-removed"))).toBeVisible();
  await expect(page).toHaveURL(/\?step=link-removed&first-signup=sns$/);
  await expect(yourAnswers(page).locator("dt")).toHaveText([title("first-signup")]);
});

test("a Change link is a real link: opened as a new page, it shows that question with the answers kept", async ({ page, context }) => {
  await page.goto(outcomeUrl);
  const href = await changeLink(page, "ever-linked-sns").getAttribute("href");
  expect(href).toBe("?step=ever-linked-sns&first-signup=email&ever-linked-sns=no");
  const other = await context.newPage();
  await other.goto(new URL(href!, page.url()).href);
  await expect(stepHeading(other, title("ever-linked-sns"))).toBeVisible();
  await expect(other.getByRole("button", { name: `${t("troubleshooter.no")} (${t("troubleshooter.earlierAnswer")})` })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a Change link's address opens the page, whose checklist holds that question and its answers", async ({ page }) => {
    await page.goto(`${paths.troubleshooter(locale, "sns-already-registered")}?step=ever-linked-sns&first-signup=email&ever-linked-sns=no`);
    const question = page.locator("#checklist-ever-linked-sns");
    await expect(question.getByRole("heading", { name: title("ever-linked-sns") })).toBeVisible();
    // Several answers ("No", "I'm not sure") may lead to the same fix: each links to it.
    await expect(question.getByRole("link", { name: title("email-account-fix") }).first()).toBeVisible();
  });
});

test("the hand-off's summary lists the answers too", async ({ page }) => {
  await page.goto(`${paths.troubleshooter(locale, "sns-already-registered")}?step=support-handoff&first-signup=email&ever-linked-sns=no&email-account-fix=no`);
  await expect(yourAnswers(page).locator("dt")).toHaveText([title("first-signup"), title("ever-linked-sns"), title("email-account-fix")]);
  const summary = await page.getByRole("textbox", { name: t("troubleshooter.summaryHeading") }).inputValue();
  expect(summary).toContain(`- ${title("ever-linked-sns")} → ${answerLabel(sns, locale, { step: "ever-linked-sns", answer: { value: "no" } })}`);
});

test.describe("print", () => {
  test("an outcome prints its title, your answers, the fix, the contact details and its address, without the site's chrome", async ({ page }) => {
    await page.goto(outcomeUrl);
    await expect(stepHeading(page, title("email-account-fix"))).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1, name: sns.texts[locale].title })).toBeVisible();
    await expect(stepHeading(page, title("email-account-fix"))).toBeVisible();
    await expect(yourAnswers(page)).toBeVisible();
    await expect(page.getByText(t("troubleshooter.printUrl", { url: new URL(outcomeUrl, page.url()).href }))).toBeVisible();
    await expect(page.locator(".troubleshooter-print-contact").getByRole("heading", { name: t("footer.contact") })).toBeVisible();
    for (const chrome of [page.locator(".site-header"), page.locator(".site-footer"), page.locator(".breadcrumbs"), page.locator(".troubleshooter-checklist")]) await expect(chrome).toBeHidden();
    await expect(changeLink(page, "first-signup")).toBeHidden();
    await expect(page.getByRole("button", { name: t("troubleshooter.back") })).toBeHidden();
  });

  test("a question step prints the whole checklist instead", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
    await expect(stepHeading(page, title("first-signup"))).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".troubleshooter")).toBeHidden();
    await expect(page.locator(".troubleshooter-checklist")).toBeVisible();
    await expect(page.locator(".troubleshooter-print-contact")).toBeHidden();
  });
});
