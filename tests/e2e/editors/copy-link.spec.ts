/** Support agents copy a link to any part of an article; the anchor ids are the same in every language. */
import { expect, test } from "@playwright/test";
import { contentArticles } from "./site.ts";

const articles = contentArticles();
const article = articles.find((candidate) => candidate.locale === "en" && candidate.anchors.length >= 2)!;
const anchor = article.anchors[1]!;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the copy-link control next to a section copies its full URL from the keyboard and announces it", async ({ page, baseURL }) => {
  await page.goto(`/en/articles/${article.id}/`);
  const title = (await page.locator(`[id="${anchor}"]`).innerText()).replace(/\s+/g, " ").trim();
  const copy = page.getByRole("link", { name: `Copy link to ${title}`, exact: true });
  await copy.focus();
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/articles/${article.id}/#${anchor}`);
  await expect(page).toHaveURL(new RegExp(`/en/articles/${article.id}/$`));
});

test("the copy-link label and confirmation follow the page language", async ({ page, baseURL }) => {
  await page.goto(`/ja/articles/${article.id}/`);
  const copy = page.locator(`[id="${anchor}"]`).locator("xpath=..").getByRole("link", { name: /へのリンクをコピー$/ });
  await copy.click();
  await expect(page.getByRole("status").filter({ hasText: "リンクをコピーしました" })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/ja/articles/${article.id}/#${anchor}`);
});

test("without JavaScript the control is a plain link to the anchor", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/articles/${article.id}/`);
  const copy = page.locator(`[id="${anchor}"]`).locator("xpath=..").getByRole("link", { name: /^Copy link to / });
  await expect(copy).toHaveAttribute("href", `#${anchor}`);
  await copy.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await context.close();
});

test("every anchor of an English article exists under the same id in each translation", async ({ request }) => {
  for (const english of articles.filter((candidate) => candidate.locale === "en" && candidate.anchors.length > 0)) {
    for (const translation of articles.filter((candidate) => candidate.id === english.id && candidate.locale !== "en")) {
      const html = await (await request.get(`/${translation.locale}/articles/${english.id}/`)).text();
      for (const id of english.anchors) expect(html, `${translation.locale}/${english.id}#${id}`).toContain(`id="${id}"`);
    }
  }
});
