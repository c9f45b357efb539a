/** The end of every article: dates, "Edit this page", and a feedback question that never leads to a dead end. */
import { expect, test } from "@playwright/test";
import { contentArticles } from "./site.ts";
import { siteConfig } from "../../../src/config.ts";
import { localeKeys, locales, useTranslations } from "../../../src/lib/i18n/index.ts";
import { paths } from "../../../src/lib/urls.ts";
import { contentPath } from "../../../src/lib/content-paths.ts";
import { defaultLocale } from "../helpers.ts";

const decodeEntities = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

const articles = contentArticles();
const withTroubleshooter = "forgot-username-or-password";
// The end of an article is the same template in every language: the reader reads the default one.
const locale = defaultLocale;
const t = useTranslations(locale);
const articlePath = paths.article(locale, withTroubleshooter);

test("an article shows its last-updated date and links to its source file on the code host", async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.getByText(t("article.updated"))).toBeVisible();
  await expect(page.getByRole("link", { name: t("article.editPage") })).toHaveAttribute(
    "href",
    `${siteConfig.repositoryUrl}/edit/${siteConfig.repositoryBranch}/${contentPath("articles")}/${locale}/${withTroubleshooter}.mdx`,
  );
});

test("answering No shows the article's troubleshooters, related articles and the contact details, and moves focus there", async ({ page }) => {
  await page.goto(articlePath);
  const feedback = page.getByRole("region", { name: t("feedback.question") });
  const next = feedback.getByRole("heading", { name: t("feedback.nextSteps") });
  await expect(next).toBeHidden();
  await feedback.getByRole("button", { name: t("feedback.no") }).click();
  await expect(feedback.getByRole("status")).toHaveText(t("feedback.thanks"));
  await expect(next).toBeFocused();
  // Links into the reader's language: the troubleshooters' and the articles' folders.
  await expect(feedback.locator(`a[href^="${paths.troubleshooters(locale)}"]`).first()).toBeVisible();
  await expect(feedback.locator(`a[href^="${paths.article(locale, "").slice(0, -1)}"]`).first()).toBeVisible();
  await expect(feedback.getByRole("link", { name: siteConfig.contact.phone })).toHaveAttribute("href", siteConfig.contact.phoneHref);
  await expect(feedback.getByRole("button", { name: t("feedback.no") })).toHaveAttribute("aria-pressed", "true");
});

test("every article ends with the question, in the reader's language", async ({ request }) => {
  for (const id of new Set(articles.map((article) => article.id))) {
    for (const locale of localeKeys) {
      const html = await (await request.get(paths.article(locale, id))).text();
      expect(html, `${locale}/${id}`).toContain(`data-page="article:${id}" data-locale="${locale}"`);
      // Japanese pages carry ruby inside the question; the others carry its words as written.
      if (!locales[locale].furigana) expect(decodeEntities(html), `${locale}/${id}`).toContain(useTranslations(locale)("feedback.question"));
    }
  }
});

test("without JavaScript the next steps are shown straight away", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articlePath);
  await expect(page.getByRole("heading", { name: t("feedback.nextSteps") })).toBeVisible();
  await expect(page.getByRole("button", { name: t("feedback.no") })).toBeHidden();
  await context.close();
});

test("a default build sends a vote to nobody: no endpoint in the page and no request after voting", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(articlePath);
  await expect(page.locator('meta[name="hc-feedback-endpoint"]')).toHaveCount(0);
  const before = requests.length;
  await page.getByRole("button", { name: t("feedback.yes") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("feedback.thanks") })).toBeVisible();
  await page.waitForTimeout(300);
  expect(requests.slice(before)).toEqual([]);
  expect(requests.every((url) => url.startsWith(baseURL!))).toBe(true);
});
