/** Old article URLs (front-matter aliases) and short links /go/<id>/ lead to the article's current page. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles, version } from "./site.ts";
import { distDir } from "../helpers.ts";
import { troubleshooterSlugs } from "../../../src/lib/content-files.ts";
import { localeKeys } from "../../../src/lib/i18n/locales.ts";
import { contentPath } from "../../../src/lib/content-paths.ts";

const articles = contentArticles();
const aliases = [...new Set(articles.flatMap((article) => article.aliases.map((alias) => `${alias} ${article.id}`)))].map((pair) => pair.split(" ") as [string, string]);

test("content declares at least one alias, so the redirects are exercised", () => {
  expect(aliases.length).toBeGreaterThan(0);
});

test("every alias redirects to the current article in every language, keeping the #anchor", async ({ page }) => {
  for (const [alias, id] of aliases) {
    for (const locale of localeKeys) {
      await page.goto(`/${locale}/articles/${alias}/#top`);
      await expect(page, `${locale}: ${alias}`).toHaveURL(new RegExp(`/${locale}/articles/${id}/#top$`));
      await expect(page.locator("article")).toHaveAttribute("data-article-id", id);
    }
  }
});

test("an alias page works without JavaScript and names the new address for crawlers", async ({ browser }) => {
  const [alias, id] = aliases[0]!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.request.get(`/en/articles/${alias}/`);
  const html = await response.text();
  expect(html).toContain(`<link rel="canonical" href="https://help.example.com/en/articles/${id}/">`);
  expect(html).toContain(`content="0;url=/en/articles/${id}/"`);
  await page.goto(`/en/articles/${alias}/`);
  await expect(page).toHaveURL(new RegExp(`/en/articles/${id}/$`));
  await context.close();
});

test("_redirects lists every alias and short link as a permanent redirect", () => {
  const file = readFileSync(join(distDir, "_redirects"), "utf8");
  for (const id of articleIds(articles)) expect(file).toContain(`/go/${id}/ /en/articles/${id}/ 301\n`);
  for (const [alias, id] of aliases) expect(file).toContain(`/ja/articles/${alias}/ /ja/articles/${id}/ 301\n`);
});

test("/go/<id>/ leads to the English article for every article id", async ({ page }) => {
  for (const id of articleIds(articles)) {
    await page.goto(`/go/${id}/`);
    await expect(page, id).toHaveURL(new RegExp(`/en/articles/${id}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(version(id, "en", articles)!.title);
  }
});

test("a short link with an anchor lands on that part of the article", async ({ page }) => {
  const withAnchor = articles.find((article) => article.locale === "en" && article.anchors.length > 0)!;
  const anchor = withAnchor.anchors[0]!;
  await page.goto(`/go/${withAnchor.id}/#${anchor}`);
  await expect(page).toHaveURL(new RegExp(`/en/articles/${withAnchor.id}/#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test("/go/<slug>/ leads to a troubleshooter when no article has that id", async ({ page }) => {
  const ids = new Set([...articleIds(articles), ...aliases.map(([alias]) => alias)]);
  const slugs = troubleshooterSlugs(contentPath("troubleshooters")).filter((slug) => !ids.has(slug));
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    await page.goto(`/go/${slug}/`);
    await expect(page).toHaveURL(new RegExp(`/en/troubleshooters/${slug}/$`));
  }
});
