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
import { textWithoutFurigana } from "../helpers.ts";

const login = byslug("login-after-reset");
const sns = byslug("sns-already-registered");
const en = useTranslations("en");
const ja = useTranslations("ja");
const title = (locale: "en" | "ja", id: string, troubleshooter = login) => troubleshooter.texts[locale].steps[id]!.title;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const recent = () => formatDateTimeInput(new Date(Date.now() - 3_600_000));

test.describe("URL state", () => {
  test("reload and the browser's Back and Forward keep the step", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "login-after-reset"));
    await answerStep(page, login, "en", { step: "link-sent-at", answer: { guard: "isResetLinkStillValid" } });
    await answerStep(page, login, "en", { step: "spaces-or-capitals", answer: { value: "yes" } });
    await expect(stepHeading(page, title("en", "password-length"))).toBeVisible();
    await expect(page).toHaveURL(/\?step=password-length&link-sent-at=[^&]+&spaces-or-capitals=yes$/);

    await page.reload();
    await expect(stepHeading(page, title("en", "password-length"))).toBeVisible();

    await page.goBack();
    await expect(stepHeading(page, title("en", "spaces-or-capitals"))).toBeVisible();
    await expect(stepHeading(page, title("en", "spaces-or-capitals"))).toBeFocused();
    await page.goForward();
    await expect(stepHeading(page, title("en", "password-length"))).toBeVisible();
  });

  test("the Back button keeps later answers, so the earlier answer is marked when you return", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "sns-already-registered"));
    await answerStep(page, sns, "en", { step: "first-signup", answer: { value: "email" } });
    await answerStep(page, sns, "en", { step: "ever-linked-sns", answer: { value: "no" } });
    await page.getByRole("button", { name: en("troubleshooter.back"), exact: true }).click();
    await expect(stepHeading(page, title("en", "ever-linked-sns", sns))).toBeVisible();
    await expect(page.getByRole("button", { name: `${en("troubleshooter.no")} (${en("troubleshooter.earlierAnswer")})` })).toBeVisible();
    await page.getByRole("button", { name: en("troubleshooter.back"), exact: true }).click();
    await answerStep(page, sns, "en", { step: "first-signup", answer: { value: "not-sure" } });
    await expect(page).toHaveURL(/first-signup=not-sure&ever-linked-sns=no/);
  });

  test("a copied step link opens that step in the other language", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${paths.troubleshooter("en", "login-after-reset")}?step=username&link-sent-at=${recent()}&spaces-or-capitals=yes&password-length=yes`);
    await expect(stepHeading(page, title("en", "username"))).toBeVisible();
    await page.getByRole("button", { name: en("troubleshooter.copyLink") }).click();
    await expect(page.getByRole("status").filter({ hasText: en("troubleshooter.linkCopied") })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(paths.troubleshooter("en", "login-after-reset"));

    await page.goto(copied.replace("/en/", "/ja/"));
    await expect(stepHeading(page, title("ja", "username"))).toBeVisible();
    // Island strings carry furigana on Japanese pages: compare the text without the readings.
    const progress = page.locator("[data-troubleshooter] .troubleshooter__progress");
    await expect(progress).toBeVisible();
    expect(await textWithoutFurigana(progress)).toBe(ja("troubleshooter.progress.web", { number: 4, total: 7 }));
  });

  test("without a clipboard, the step link is shown to copy by hand", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.goto(`${paths.troubleshooter("en", "sns-already-registered")}?step=link-removed&first-signup=sns`);
    await page.getByRole("button", { name: en("troubleshooter.copyLink") }).click();
    await expect(page.getByRole("textbox", { name: en("troubleshooter.copyLink") })).toHaveValue(/\/en\/troubleshooters\/sns-already-registered\/\?step=link-removed&first-signup=sns$/);
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
      await page.goto(paths.troubleshooter("en", "login-after-reset") + query);
      await expect(page.getByText(en("troubleshooter.invalidState"))).toBeVisible();
      await expect(stepHeading(page, title("en", "link-sent-at"))).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${paths.troubleshooter("en", "login-after-reset")}$`));
      await expect(page.locator("[data-troubleshooter] img, [data-troubleshooter] script")).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });

  test("unknown keys are dropped from the URL at the next step", async ({ page }) => {
    await page.goto(`${paths.troubleshooter("en", "sns-already-registered")}?step=first-signup&utm_source=mail`);
    await expect(stepHeading(page, title("en", "first-signup", sns))).toBeVisible();
    await answerStep(page, sns, "en", { step: "first-signup", answer: { value: "sns" } });
    await expect(page).toHaveURL(/\?step=link-removed&first-signup=sns$/);
  });
});

test.describe("steps", () => {
  test("keyboard only: answer with Enter, focus moves to the new question, and it is announced", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "sns-already-registered"));
    const first = page.getByRole("button", { name: sns.texts.en.steps["first-signup"]!.answers["email"]!, exact: true });
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(stepHeading(page, title("en", "ever-linked-sns", sns))).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: title("en", "ever-linked-sns", sns) })).toBeAttached();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: en("troubleshooter.yes"), exact: true })).toBeFocused();
  });

  test("check 1 computes against the configured link lifetime, asks when the link was opened, and shows the progress", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "login-after-reset"));
    await expect(page.locator("[data-troubleshooter]").getByText(en("troubleshooter.progress.web", { number: 1, total: 7 }))).toBeVisible();
    const check = page.getByRole("button", { name: en("troubleshooter.submitInput"), exact: true });
    await expect(check).toBeDisabled();
    const hours = siteConfig.rules.resetLinkLifetimeHours;
    await page.getByLabel(login.texts.en.steps["link-sent-at"]!.input!).fill(formatDateTimeInput(new Date(Date.now() - (hours + 0.5) * 3_600_000)));
    await check.click();
    await expect(stepHeading(page, title("en", "link-opened-in-time"))).toBeVisible();
    await answerStep(page, login, "en", { step: "link-opened-in-time", answer: { value: "no" } });
    await expect(stepHeading(page, title("en", "new-link-fix"))).toBeVisible();
    await expect(page.locator("[data-troubleshooter]").getByText(en("troubleshooter.fixQuestion"))).toBeVisible();
  });

  test("the password checker follows the web policy, announces rules as they are met, and keeps the password out of the URL and storage", async ({ page }) => {
    await page.goto(`${paths.troubleshooter("en", "login-after-reset")}?step=spaces-or-capitals&link-sent-at=${recent()}`);
    const url = page.url();
    const field = page.getByLabel(en("troubleshooter.checker.label.web"));
    const capitals = page.locator("[data-troubleshooter]").getByRole("listitem").filter({ hasText: en("password.rule.noCapitals") });
    await field.fill("Secret 1");
    await expect(capitals).toContainText(en("troubleshooter.checker.notMet"));
    await field.fill("secret1");
    await expect(capitals).toContainText(en("troubleshooter.checker.met"));
    await expect(page.getByRole("status").filter({ hasText: en("troubleshooter.checker.allMet") })).toBeAttached();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test("the app's checker uses the app policy", async ({ page }) => {
    await page.goto(`${paths.troubleshooter("en", "app-password-reset")}?step=password-rules-met&reset-email-arrived=yes`);
    const field = page.getByLabel(en("troubleshooter.checker.label.app"));
    const kinds = page.locator("[data-troubleshooter]").getByRole("listitem").filter({ hasText: en("password.rule.minLength", { count: siteConfig.rules.passwordPolicy.app.minLength }) });
    await field.fill("abcdefg");
    await expect(kinds).toContainText(en("troubleshooter.checker.notMet"));
    await field.fill("abcdefg1");
    await expect(kinds).toContainText(en("troubleshooter.checker.met"));
  });

  test("the hand-off shows a copyable summary of what was checked and the contact block", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "sns-already-registered"));
    await answerStep(page, sns, "en", { step: "first-signup", answer: { value: "sns" } });
    await answerStep(page, sns, "en", { step: "link-removed", answer: { value: "yes" } });
    await answerStep(page, sns, "en", { step: "link-deleted-fix", answer: { value: "no" } });
    await expect(stepHeading(page, title("en", "support-handoff", sns))).toBeVisible();
    const summary = page.getByRole("textbox", { name: en("troubleshooter.summaryHeading") });
    await expect(summary).toHaveValue(new RegExp(escapeRegExp(`${title("en", "first-signup", sns)} → ${sns.texts.en.steps["first-signup"]!.answers["sns"]!}`)));
    await expect(summary).toHaveValue(/step=support-handoff/);
    await expect(summary).toHaveValue(new RegExp(escapeRegExp(`${title("en", "link-deleted-fix", sns)} → ${en("troubleshooter.fixNo")}`)));
    await expect(page.locator("[data-troubleshooter]").getByRole("link", { name: siteConfig.contact.phone })).toBeVisible();
    await page.getByRole("button", { name: en("troubleshooter.restart") }).click();
    await expect(stepHeading(page, title("en", "first-signup", sns))).toBeFocused();
  });

  test("Japanese steps carry furigana from the build and the island is left alone by the HTML pass", async ({ page }) => {
    await page.goto(paths.troubleshooter("ja", "login-after-reset"));
    const island = page.locator("[data-troubleshooter]");
    await expect(island).toHaveAttribute("data-furigana-skip", "");
    await expect(stepHeading(page, title("ja", "link-sent-at"))).toBeVisible();
    await expect(island.locator("h2 ruby rt").first()).toBeAttached();
    await expect(page.getByRole("heading", { level: 2, name: accessibleName(title("ja", "link-sent-at")) })).toHaveCount(1);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page lists all 7 checks of login-after-reset with their fixes", async ({ page }) => {
    await page.goto(paths.troubleshooter("en", "login-after-reset"));
    const checklist = page.getByRole("region", { name: en("troubleshooter.checklistHeading") });
    const checks = login.flow.steps.filter((step) => step.type === "check");
    expect(checks).toHaveLength(7);
    for (const [index, check] of checks.entries()) {
      const item = checklist.locator(`#checklist-${check.id}`);
      await expect(item.getByRole("heading", { name: title("en", check.id) })).toBeVisible();
      await expect(item).toContainText(en("troubleshooter.progress.web", { number: index + 1, total: 7 }));
    }
    for (const fix of login.flow.steps.filter((step) => step.type === "fix")) {
      await expect(checklist.getByRole("heading", { name: title("en", fix.id) })).toBeVisible();
    }
    await expect(checklist.getByRole("link", { name: siteConfig.contact.phone })).toBeVisible();
    await expect(page.locator("[data-troubleshooter]")).toBeHidden();
  });
});

test("the home page and the index list every troubleshooter", async ({ page }) => {
  for (const where of [paths.home("en"), paths.troubleshooters("en")]) {
    await page.goto(where);
    for (const slug of ["login-after-reset", "sns-already-registered", "reset-email-not-received", "which-address-is-username", "app-password-reset"]) {
      const link = page.getByRole("link", { name: byslug(slug).texts.en.title, exact: true });
      await expect(link).toHaveAttribute("href", paths.troubleshooter("en", slug));
    }
  }
});
