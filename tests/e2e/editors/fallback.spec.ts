/** A page missing in a language shows the next language in its chain, with a notice in the reader's language. */
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles, version } from "./site.ts";
import { locales, useTranslations } from "../../../src/lib/i18n/index.ts";

const articles = contentArticles();

test("a Vietnamese reader of an article without a Vietnamese version gets the English text, a Vietnamese notice and a link to /vi/", async ({ page }) => {
  const id = articleIds(articles).find((candidate) => !version(candidate, "vi", articles));
  expect(id, "an article without a vi version").toBeDefined();
  const english = version(id!, "en", articles)!;
  const vi = useTranslations("vi");

  const response = await page.goto(`/vi/articles/${id}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(english.title);
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  const notice = page.getByRole("complementary").filter({ hasText: vi("fallback.notice", { language: locales.vi.label, shown: locales.en.label }) });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute("lang", "vi");
  await expect(notice.getByRole("link", { name: vi("fallback.home", { language: locales.vi.label }) })).toHaveAttribute("href", "/vi/");
});

test("no article URL 404s in any language, whether or not the language has its own version", async ({ request }) => {
  for (const id of articleIds(articles)) {
    for (const locale of Object.keys(locales)) {
      const response = await request.get(`/${locale}/articles/${id}/`);
      expect(response.status(), `/${locale}/articles/${id}/`).toBe(200);
    }
  }
});
