/**
 * The loop on one machine: a site built to send to the real receiver (src/feedback-server/, on an SQLite file),
 * with an active site notice in a copied content folder. A reader votes No with a reason, searches for nothing,
 * leaves results unopened, opens one; the events are stored, and the editors' report made from them passes axe and
 * its own CSP. The notice shows at the top without JavaScript, with furigana on Japanese pages, outside the search
 * index, falls back to English, and hides itself after its end.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { expect, test, type Page } from "@playwright/test";
import { stringify } from "yaml";
import { createFeedbackHandler } from "../../../src/feedback-server/handler.ts";
import { troubleshooterCatalogue } from "../../../src/feedback-server/settings.ts";
import { SqliteStore } from "../../../src/feedback-server/sqlite-store.ts";
import { buildFeedbackReport } from "../../../src/lib/feedback-report.ts";
import { renderReportHtml } from "../../../src/lib/feedback-report-render.ts";
import type { FeedbackPayload } from "../../../src/lib/feedback.ts";
import { localeKeys, locales, useTranslations } from "../../../src/lib/i18n/index.ts";
import { paths } from "../../../src/lib/urls.ts";
import { RateLimiter } from "../../../src/lib/rate-limit.ts";
import { axeViolations } from "../axe.ts";
import { buildSite } from "../build-lock.ts";
import { serveStatic } from "../editors/site.ts";
import { defaultLocale, furiganaLocale } from "../helpers.ts";
import { searchQueries } from "../quality/site.ts";

// The loop is the same in every language: the reader reads the default one.
const locale = defaultLocale;
const t = useTranslations(locale);
const query = searchQueries[locale];
const noticeEnd = Date.now() + 6 * 3_600_000;
const notice = {
  id: "test-notice",
  start: new Date(Date.now() - 3_600_000).toISOString(),
  end: new Date(noticeEnd).toISOString(),
  // A message in the default language and one in kanji (for furigana); every other language has none.
  message: { [defaultLocale]: "Zebrafrost notice for everyone", [furiganaLocale]: "再設定のメールが遅れています" } as Record<string, string>,
};
const withoutMessage = localeKeys.find((key) => !Object.hasOwn(notice.message, key))!;

let work = "";
let outDir = "";
let store: SqliteStore;
let site: Server;
let receiver: ServerType;
let siteOrigin = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  mkdirSync(".cache", { recursive: true });
  work = mkdtempSync(join(".cache", "feedback-loop-"));
  outDir = `dist-${work.replace(/\W+/g, "-")}`;
  const content = join(work, "content");
  cpSync("content", content, { recursive: true });
  writeFileSync(join(content, "notices.yaml"), stringify([notice]));
  store = new SqliteStore(join(work, "feedback.db"));
  ({ server: site, origin: siteOrigin } = await serveStatic(outDir));
  const handler = createFeedbackHandler({ store, siteOrigin, troubleshooters: troubleshooterCatalogue(), rateLimiter: new RateLimiter({ limit: 600, windowMs: 60_000 }) });
  const receiverPort = await new Promise<number>((resolve) => {
    receiver = serve({ fetch: (request) => handler(request, { address: "test" }), port: 0, hostname: "127.0.0.1" }, (info) => resolve(info.port));
  });
  await buildSite({
    HC_OUT_DIR: outDir,
    HC_CONTENT_DIR: content,
    HC_CONFIG_OVERRIDE: JSON.stringify({ feedbackEndpoint: `http://127.0.0.1:${receiverPort}/feedback`, feedbackAcceptsFormPost: true }),
  });
});

test.afterAll(async () => {
  site?.close();
  receiver?.close();
  await store?.close();
  for (const dir of [work, outDir, `${outDir}-cache`]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The stored payloads of `kind`, once there are `count` of them. */
async function stored(kind: FeedbackPayload["kind"], count: number): Promise<FeedbackPayload[]> {
  const ofKind = async () => (await store.list()).map((event) => event.payload).filter((payload) => payload.kind === kind);
  await expect.poll(async () => (await ofKind()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return ofKind();
}

async function search(page: Page, words: string): Promise<void> {
  await page.goto(`${siteOrigin}${paths.search(locale)}?q=${encodeURIComponent(words)}`);
  await expect(page.locator("[data-search-status]")).not.toHaveText(t("search.statusLoading"));
}

test.describe("the loop", () => {
  test("a vote and a reason after No are stored, redacted", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.article(locale, "forgot-username-or-password")}`);
    const feedback = page.locator("hc-feedback");
    await feedback.getByRole("button", { name: t("feedback.no") }).click();
    await feedback.getByRole("radio", { name: t("feedback.reason.steps-failed") }).check();
    await feedback.getByRole("textbox", { name: t("feedback.comment") }).fill("Mail me at taro@example.com");
    await feedback.getByRole("button", { name: t("feedback.send") }).click();
    expect(await stored("vote", 1)).toEqual([{ kind: "vote", page: "article:forgot-username-or-password", locale, answer: "no" }]);
    expect(await stored("reason", 1)).toEqual([{ kind: "reason", page: "article:forgot-username-or-password", locale, reason: "steps-failed", comment: "Mail me at …" }]);
  });

  test("a search that finds nothing is stored (the notice's own word: the notice is not in the index)", async ({ page }) => {
    await search(page, "Zebrafrost");
    await expect(page.locator("[data-search-status]")).toHaveText(t("search.statusNone", { query: "Zebrafrost" }));
    expect(await stored("empty-search", 1)).toContainEqual({ kind: "empty-search", locale, query: "Zebrafrost" });
  });

  test("results left unopened, and the rank of an opened one", async ({ page }) => {
    await search(page, query);
    await page.goto(`${siteOrigin}${paths.home(locale)}`);
    expect((await stored("search-no-click", 1))[0]).toMatchObject({ kind: "search-no-click", locale, query });
    await search(page, query);
    await page.locator("[data-search-list] > li").nth(1).getByRole("link").first().click();
    await page.waitForURL((url) => !url.pathname.includes("/search/"));
    expect(await stored("search-click", 1)).toEqual([{ kind: "search-click", locale, query, rank: 2 }]);
  });

  test("the report made from the stored events passes axe and its CSP, with no script", async ({ page }) => {
    const payloads = (await store.list()).map((event) => event.payload);
    const dir = join(work, "report");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), renderReportHtml(buildFeedbackReport({ payloads }), { from: null, to: null, generated: "now" }));
    const cspErrors: string[] = [];
    page.on("console", (message) => {
      if (/content security policy/i.test(message.text())) cspErrors.push(message.text());
    });
    const { server, origin } = await serveStatic(dir);
    try {
      await page.goto(`${origin}/`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("table", { name: `Failed searches in ${locale}` })).toContainText("Zebrafrost");
      expect(await axeViolations(page, "report")).toEqual([]);
      expect(cspErrors).toEqual([]);
    } finally {
      server.close();
    }
  });
});

test.describe("the site notice", () => {
  test("shows at the top of the page in the reader's language, outside the main content", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.home(locale)}`);
    const region = page.getByRole("region", { name: t("notice.label") });
    await expect(region).toHaveText(notice.message[locale]!);
    expect(await page.locator("main #site-notice").count()).toBe(0);
    expect(await region.getAttribute("data-pagefind-ignore")).not.toBeNull();
  });

  test("on a Japanese page its text has furigana", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.home(furiganaLocale)}`);
    await expect(page.locator("#site-notice ruby").first()).toBeAttached();
  });

  test("a language without its own message shows the English one, marked as English", async ({ page }) => {
    await page.goto(`${siteOrigin}${paths.home(withoutMessage)}`);
    await expect(page.locator("#site-notice p")).toHaveAttribute("lang", locales[defaultLocale].lang);
    await expect(page.locator("#site-notice p")).toHaveText(notice.message[defaultLocale]!);
  });

  test("is hidden once its end has passed, before the next build", async ({ page }) => {
    await page.clock.install({ time: new Date(noticeEnd + 60_000) });
    await page.goto(`${siteOrigin}${paths.home(locale)}`);
    await expect(page.locator("#site-notice")).toBeHidden();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("it still shows", async ({ page }) => {
      await page.goto(`${siteOrigin}${paths.article(locale, "forgot-username-or-password")}`);
      await expect(page.locator("#site-notice")).toBeVisible();
    });
  });
});
