/**
 * What a person sees around the steps: URL state (reload, browser Back/Forward, shared links in another
 * language, bad links), focus and announcements, the password checker, the hand-off, and the page without
 * JavaScript.
 */
import { expect, test } from "@playwright/test";
import { siteConfig } from "../../../src/config.ts";
import { paths } from "../../../src/lib/urls.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";
import { accessibleName, answerStep, byslug, stepHeading } from "./flows.ts";
import { defaultLocale, furiganaLocale, otherLocale, textWithoutFurigana } from "../helpers.ts";
import type { Locale } from "../../../src/lib/i18n/locales.ts";

const login = byslug("login-after-reset");
const sns = byslug("sns-already-registered");
// The steps are the same in every language; they are read in the default one, and a shared link opens in another.
const locale = defaultLocale;
const other = otherLocale(locale);
const t = useTranslations(locale);
const tOther = useTranslations(other);
const title = (language: Locale, id: string, troubleshooter = login) => troubleshooter.texts[language].steps[id]!.title;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const recent = () => formatDateTimeInput(new Date(Date.now() - 3_600_000));

test.describe("URL state", () => {
  test("reload and the browser's Back and Forward keep the step", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "login-after-reset"));
    await answerStep(page, login, locale, { step: "link-sent-at", answer: { guard: "isResetLinkStillValid" } });
    await answerStep(page, login, locale, { step: "spaces-or-capitals", answer: { value: "yes" } });
    await expect(stepHeading(page, title(locale, "password-length"))).toBeVisible();
    await expect(page).toHaveURL(/\?step=password-length&link-sent-at=[^&]+&spaces-or-capitals=yes$/);

    await page.reload();
    await expect(stepHeading(page, title(locale, "password-length"))).toBeVisible();

    await page.goBack();
    await expect(stepHeading(page, title(locale, "spaces-or-capitals"))).toBeVisible();
    await expect(stepHeading(page, title(locale, "spaces-or-capitals"))).toBeFocused();
    await page.goForward();
    await expect(stepHeading(page, title(locale, "password-length"))).toBeVisible();
  });

  test("the Back button keeps later answers, so the earlier answer is marked when you return", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
    await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "email" } });
    await answerStep(page, sns, locale, { step: "ever-linked-sns", answer: { value: "no" } });
    await page.getByRole("button", { name: t("troubleshooter.back"), exact: true }).click();
    await expect(stepHeading(page, title(locale, "ever-linked-sns", sns))).toBeVisible();
    await expect(page.getByRole("button", { name: `${t("troubleshooter.no")} (${t("troubleshooter.earlierAnswer")})` })).toBeVisible();
    await page.getByRole("button", { name: t("troubleshooter.back"), exact: true }).click();
    await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "not-sure" } });
    await expect(page).toHaveURL(/first-signup=not-sure&ever-linked-sns=no/);
  });

  test("a copied step link opens that step in the other language", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${paths.troubleshooter(locale, "login-after-reset")}?step=username&link-sent-at=${recent()}&spaces-or-capitals=yes&password-length=yes`);
    await expect(stepHeading(page, title(locale, "username"))).toBeVisible();
    await page.getByRole("button", { name: t("troubleshooter.copyLink") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("troubleshooter.linkCopied") })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(paths.troubleshooter(locale, "login-after-reset"));

    const shared = new URL(copied);
    await page.goto(paths.troubleshooter(other, "login-after-reset") + shared.search);
    await expect(stepHeading(page, title(other, "username"))).toBeVisible();
    // Island strings carry furigana on Japanese pages: compare the text without the readings.
    const progress = page.locator("[data-troubleshooter] .troubleshooter__progress");
    await expect(progress).toBeVisible();
    expect(await textWithoutFurigana(progress)).toBe(tOther("troubleshooter.progress.web", { number: 4, total: 7 }));
  });

  test("without a clipboard, the step link is shown to copy by hand", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.goto(`${paths.troubleshooter(locale, "sns-already-registered")}?step=link-removed&first-signup=sns`);
    await page.getByRole("button", { name: t("troubleshooter.copyLink") }).click();
    await expect(page.getByRole("textbox", { name: t("troubleshooter.copyLink") })).toHaveValue(new RegExp(`${escapeRegExp(paths.troubleshooter(locale, "sns-already-registered"))}\\?step=link-removed&first-signup=sns$`));
  });

  test("a link that is not a state of the flow opens the first step with a notice, and nothing in it becomes HTML", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    for (const query of [
      "?step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
      "?step=full-url",
      "?step=password-length&link-sent-at=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "?spaces-or-capitals=yes",
    ]) {
      await page.goto(paths.troubleshooter(locale, "login-after-reset") + query);
      await expect(page.getByText(t("troubleshooter.invalidState"))).toBeVisible();
      await expect(stepHeading(page, title(locale, "link-sent-at"))).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${paths.troubleshooter(locale, "login-after-reset")}$`));
      await expect(page.locator("[data-troubleshooter] img, [data-troubleshooter] script")).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });

  test("unknown keys are dropped from the URL at the next step", async ({ page }) => {
    await page.goto(`${paths.troubleshooter(locale, "sns-already-registered")}?step=first-signup&utm_source=mail`);
    await expect(stepHeading(page, title(locale, "first-signup", sns))).toBeVisible();
    await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "sns" } });
    await expect(page).toHaveURL(/\?step=link-removed&first-signup=sns$/);
  });
});

test.describe("steps", () => {
  test("keyboard only: answer with Enter, focus moves to the new question, and it is announced", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
    const first = page.getByRole("button", { name: sns.texts[locale].steps["first-signup"]!.answers["email"]!, exact: true });
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(stepHeading(page, title(locale, "ever-linked-sns", sns))).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: title(locale, "ever-linked-sns", sns) })).toBeAttached();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: t("troubleshooter.yes"), exact: true })).toBeFocused();
  });

  test("check 1 computes against the configured link lifetime, asks when the link was opened, and shows the progress", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "login-after-reset"));
    await expect(page.locator("[data-troubleshooter]").getByText(t("troubleshooter.progress.web", { number: 1, total: 7 }))).toBeVisible();
    const check = page.getByRole("button", { name: t("troubleshooter.submitInput"), exact: true });
    await expect(check).toBeDisabled();
    const hours = siteConfig.rules.resetLinkLifetimeHours;
    await page.getByLabel(login.texts[locale].steps["link-sent-at"]!.input!).fill(formatDateTimeInput(new Date(Date.now() - (hours + 0.5) * 3_600_000)));
    await check.click();
    await expect(stepHeading(page, title(locale, "link-opened-in-time"))).toBeVisible();
    await answerStep(page, login, locale, { step: "link-opened-in-time", answer: { value: "no" } });
    await expect(stepHeading(page, title(locale, "new-link-fix"))).toBeVisible();
    await expect(page.locator("[data-troubleshooter]").getByText(t("troubleshooter.fixQuestion"))).toBeVisible();
  });

  test("the password checker follows the web policy, announces rules as they are met, and keeps the password out of the URL and storage", async ({ page }) => {
    await page.goto(`${paths.troubleshooter(locale, "login-after-reset")}?step=spaces-or-capitals&link-sent-at=${recent()}`);
    const url = page.url();
    const field = page.getByLabel(t("troubleshooter.checker.label.web"));
    const capitals = page.locator("[data-troubleshooter]").getByRole("listitem").filter({ hasText: t("password.rule.noCapitals") });
    await field.fill("Secret 1");
    await expect(capitals).toContainText(t("troubleshooter.checker.notMet"));
    await field.fill("secret1");
    await expect(capitals).toContainText(t("troubleshooter.checker.met"));
    await expect(page.getByRole("status").filter({ hasText: t("troubleshooter.checker.allMet") })).toBeAttached();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test("the app's checker uses the app policy", async ({ page }) => {
    await page.goto(`${paths.troubleshooter(locale, "app-password-reset")}?step=password-rules-met&reset-email-arrived=yes`);
    const field = page.getByLabel(t("troubleshooter.checker.label.app"));
    const kinds = page.locator("[data-troubleshooter]").getByRole("listitem").filter({ hasText: t("password.rule.minLength", { count: siteConfig.rules.passwordPolicy.app.minLength }) });
    await field.fill("abcdefg");
    await expect(kinds).toContainText(t("troubleshooter.checker.notMet"));
    await field.fill("abcdefg1");
    await expect(kinds).toContainText(t("troubleshooter.checker.met"));
  });

  test("the hand-off shows a copyable summary of what was checked and the contact block", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "sns-already-registered"));
    await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "sns" } });
    await answerStep(page, sns, locale, { step: "link-removed", answer: { value: "yes" } });
    await answerStep(page, sns, locale, { step: "link-deleted-fix", answer: { value: "no" } });
    await expect(stepHeading(page, title(locale, "support-handoff", sns))).toBeVisible();
    const summary = page.getByRole("textbox", { name: t("troubleshooter.summaryHeading") });
    await expect(summary).toHaveValue(new RegExp(escapeRegExp(`${title(locale, "first-signup", sns)} → ${sns.texts[locale].steps["first-signup"]!.answers["sns"]!}`)));
    await expect(summary).toHaveValue(/step=support-handoff/);
    await expect(summary).toHaveValue(new RegExp(escapeRegExp(`${title(locale, "link-deleted-fix", sns)} → ${t("troubleshooter.fixNo")}`)));
    await expect(page.locator("[data-troubleshooter]").getByRole("link", { name: siteConfig.contact.phone })).toBeVisible();
    await page.getByRole("button", { name: t("troubleshooter.restart") }).click();
    await expect(stepHeading(page, title(locale, "first-signup", sns))).toBeFocused();
  });

  test("Japanese steps carry furigana from the build and the island is left alone by the HTML pass", async ({ page }) => {
    await page.goto(paths.troubleshooter(furiganaLocale, "login-after-reset"));
    const island = page.locator("[data-troubleshooter]");
    await expect(island).toHaveAttribute("data-furigana-skip", "");
    await expect(stepHeading(page, title(furiganaLocale, "link-sent-at"))).toBeVisible();
    await expect(island.locator("h2 ruby rt").first()).toBeAttached();
    await expect(page.getByRole("heading", { level: 2, name: accessibleName(title(furiganaLocale, "link-sent-at")) })).toHaveCount(1);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page lists all 7 checks of login-after-reset with their fixes", async ({ page }) => {
    await page.goto(paths.troubleshooter(locale, "login-after-reset"));
    const checklist = page.getByRole("region", { name: t("troubleshooter.checklistHeading") });
    const checks = login.flow.steps.filter((step) => step.type === "check");
    expect(checks).toHaveLength(7);
    for (const [index, check] of checks.entries()) {
      const item = checklist.locator(`#checklist-${check.id}`);
      await expect(item.getByRole("heading", { name: title(locale, check.id) })).toBeVisible();
      await expect(item).toContainText(t("troubleshooter.progress.web", { number: index + 1, total: 7 }));
    }
    for (const fix of login.flow.steps.filter((step) => step.type === "fix")) {
      await expect(checklist.getByRole("heading", { name: title(locale, fix.id) })).toBeVisible();
    }
    await expect(checklist.getByRole("link", { name: siteConfig.contact.phone })).toBeVisible();
    await expect(page.locator("[data-troubleshooter]")).toBeHidden();
  });
});

test("the home page and the index list every troubleshooter", async ({ page }) => {
  for (const where of [paths.home(locale), paths.troubleshooters(locale)]) {
    await page.goto(where);
    for (const slug of ["login-after-reset", "sns-already-registered", "reset-email-not-received", "which-address-is-username", "app-password-reset"]) {
      const link = page.getByRole("link", { name: byslug(slug).texts[locale].title, exact: true });
      await expect(link).toHaveAttribute("href", paths.troubleshooter(locale, slug));
    }
  }
});
