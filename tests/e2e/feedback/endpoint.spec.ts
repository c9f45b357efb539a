/**
 * A build with a feedback endpoint (a local HTTP server started here) that also takes form posts: troubleshooter
 * step events in small batches, and the reasons asked after "No", with and without JavaScript.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { listenForPosts, serveStatic, type ReceivedPost } from "../editors/site.ts";
import { buildSite } from "../build-lock.ts";
import { useTranslations } from "../../../src/lib/i18n/index.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";
import { accessibleName, answerStep, byslug } from "../troubleshooters/flows.ts";
import { paths } from "../../../src/lib/urls.ts";
import { defaultLocale, otherLocale } from "../helpers.ts";

let received: ReceivedPost[] = [];
let endpoint: Server;
let site: Server;
let siteOrigin = "";
let endpointOrigin = "";
let outDir = "";
// Events are the same in every language: the reader reads the default one; the form post without
// JavaScript is sent from another, so the payload's locale is the page's.
const locale = defaultLocale;
const other = otherLocale(locale);
const t = useTranslations(locale);
const sns = byslug("sns-already-registered");
const login = byslug("login-after-reset");

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  ({ server: endpoint, origin: endpointOrigin, received } = await listenForPosts());
  mkdirSync(".cache", { recursive: true });
  outDir = `dist-${mkdtempSync(join(".cache", "feedback-endpoint-")).replace(/\W+/g, "-")}`;
  await buildSite({ HC_OUT_DIR: outDir, HC_CONFIG_OVERRIDE: JSON.stringify({ feedbackEndpoint: `${endpointOrigin}/feedback`, feedbackAcceptsFormPost: true }) });
  ({ server: site, origin: siteOrigin } = await serveStatic(outDir));
});

test.afterAll(() => {
  site?.close();
  endpoint?.close();
  for (const dir of [outDir, `${outDir}-cache`]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The payloads received from `start` on whose kind is `kind`, once there are `count` of them. */
async function payloads(start: number, kind: string, count: number): Promise<Record<string, unknown>[]> {
  const ofKind = () => received.slice(start).filter((item) => item.body.includes(`"kind":"${kind}"`) || item.body.includes(`kind=${kind}`));
  await expect.poll(() => ofKind().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return ofKind().map((item) => (item.body.startsWith("{") ? JSON.parse(item.body) : Object.fromEntries(new URLSearchParams(item.body))));
}

const leave = (page: Page) => page.goto(`${siteOrigin}${paths.home(locale)}`);

test.describe("step events", () => {
  test("start, each answer and the outcome go in one small batch, with no cookie", async ({ page }) => {
    const start = received.length;
    const beacons: string[] = [];
    page.on("request", (request) => { if (request.url().startsWith(endpointOrigin)) beacons.push(request.method()); });
    await page.goto(`${siteOrigin}${paths.troubleshooter(locale, "sns-already-registered")}`);
    await answerStep(page, sns, locale, { step: "first-signup", answer: { value: "email" } });
    await answerStep(page, sns, locale, { step: "ever-linked-sns", answer: { value: "no" } });
    const [batch] = await payloads(start, "steps", 1);
    expect(batch).toEqual({
      kind: "steps",
      troubleshooter: "sns-already-registered",
      locale,
      events: [
        { type: "start", step: "first-signup" },
        { type: "answer", step: "first-signup", answer: "email", next: "ever-linked-sns" },
        { type: "answer", step: "ever-linked-sns", answer: "no", next: "email-account-fix" },
        { type: "outcome", step: "email-account-fix" },
      ],
    });
    expect(received.slice(start).every((item) => item.headers["cookie"] === undefined)).toBe(true);
    // The browser shows these requests to the page's listeners: the default build's spec relies on that.
    expect(beacons).toContain("POST");
  });

  test("\"did this solve it\" and start over are sent; events waiting when the reader leaves go then", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.troubleshooter(locale, "sns-already-registered")}?step=email-account-fix&first-signup=email&ever-linked-sns=no`);
    const start = received.length;
    await page.getByRole("button", { name: t("troubleshooter.fixNo") }).click();
    const [atHandoff] = await payloads(start, "steps", 1);
    expect(atHandoff!["events"]).toEqual([
      { type: "answer", step: "email-account-fix", answer: "no", next: "support-handoff" },
      { type: "solved", step: "email-account-fix", answer: "no" },
      { type: "outcome", step: "support-handoff" },
    ]);
    await page.getByRole("button", { name: t("troubleshooter.restart") }).click();
    await leave(page);
    const batches = await payloads(start, "steps", 2);
    expect(batches[1]!["events"]).toEqual([{ type: "restart", step: "support-handoff" }]);
  });

  test("a typed date is never sent: the answer is the route it took", async ({ page }) => {
    const start = received.length;
    await page.goto(`${siteOrigin}${paths.troubleshooter(locale, "login-after-reset")}`);
    const typed = formatDateTimeInput(new Date(Date.now() - 3_600_000));
    await page.getByLabel(accessibleName(login.texts.en.steps["link-sent-at"]!.input!)).fill(typed);
    await page.getByRole("button", { name: t("troubleshooter.submitInput") }).click();
    await leave(page);
    const [batch] = await payloads(start, "steps", 1);
    expect(batch!["events"]).toEqual([
      { type: "start", step: "link-sent-at" },
      { type: "answer", step: "link-sent-at", answer: "isResetLinkStillValid", next: "spaces-or-capitals" },
    ]);
    const sent = received.slice(start).map((item) => item.body).join("\n");
    expect(sent).not.toContain(typed);
    expect(sent).not.toContain(typed.slice(0, 10));
  });
});

test.describe("reasons after No", () => {
  test("the reader picks a reason and may add a comment; e-mail addresses and phone numbers are removed before sending", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.article(locale, "forgot-username-or-password")}`);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(csp).toContain(`form-action 'self' ${endpointOrigin}`);
    const feedback = page.locator("hc-feedback");
    await expect(feedback.getByRole("group", { name: t("feedback.reasonsQuestion") })).toBeHidden();
    const start = received.length;
    await feedback.getByRole("button", { name: t("feedback.no") }).click();
    const reasons = feedback.getByRole("group", { name: t("feedback.reasonsQuestion") });
    await expect(reasons.getByRole("radio")).toHaveCount(5);
    await reasons.getByRole("radio", { name: t("feedback.reason.steps-failed") }).check();
    const comment = feedback.getByRole("textbox", { name: t("feedback.comment") });
    await expect(comment).toHaveAccessibleDescription(t("feedback.commentNote"));
    await comment.fill("The link said expired. Write to taro@example.com or call 090-1234-5678.");
    await feedback.getByRole("button", { name: t("feedback.send") }).click();
    await expect(feedback.getByRole("status").filter({ hasText: t("feedback.reasonThanks") })).toBeVisible();
    const [reason] = await payloads(start, "reason", 1);
    expect(reason).toEqual({ kind: "reason", page: "article:forgot-username-or-password", locale, reason: "steps-failed", comment: "The link said expired. Write to … or call …." });
  });

  test("after a fix did not work, the next step asks why, and the reason is sent for that fix", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.troubleshooter(locale, "sns-already-registered")}?step=email-account-fix&first-signup=email&ever-linked-sns=no`);
    await expect(page.getByRole("group", { name: t("feedback.reasonsQuestion") })).toHaveCount(0);
    await page.getByRole("button", { name: t("troubleshooter.fixNo") }).click();
    const start = received.length;
    const reasons = page.getByRole("group", { name: t("feedback.reasonsQuestion") });
    await reasons.getByRole("radio", { name: t("feedback.reason.steps-failed") }).check();
    await page.getByRole("textbox", { name: t("feedback.comment") }).fill("Still the same error, mail hanako@example.com");
    await page.getByRole("button", { name: t("feedback.send") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("feedback.reasonThanks") })).toBeVisible();
    const [reason] = await payloads(start, "reason", 1);
    expect(reason).toEqual({ kind: "reason", page: "troubleshooter:sns-already-registered:email-account-fix", locale, reason: "steps-failed", comment: "Still the same error, mail …" });
  });

  test("Yes asks for no reason", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.article(locale, "forgot-username-or-password")}`);
    const feedback = page.locator("hc-feedback");
    await feedback.getByRole("button", { name: t("feedback.yes") }).click();
    await expect(feedback.getByRole("group", { name: t("feedback.reasonsQuestion") })).toBeHidden();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the reasons are a plain form post to the endpoint, with no comment field", async ({ page }) => {
      await page.goto(`${siteOrigin}${paths.article(other, "forgot-username-or-password")}`);
      const feedback = page.locator("hc-feedback");
      await expect(feedback.getByRole("textbox")).toHaveCount(0);
      const start = received.length;
      await feedback.getByRole("radio").nth(1).check();
      await feedback.locator("form[data-feedback-reasons] button[type=submit]").click();
      const [reason] = await payloads(start, "reason", 1);
      expect(reason).toEqual({ kind: "reason", page: "article:forgot-username-or-password", locale: other, reason: "hard-to-understand" });
    });
  });
});
