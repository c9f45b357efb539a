/** Old article URLs (front-matter aliases) and short links /go/<id>/ lead to the article's current page. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles, version } from "./site.ts";
import { defaultLocale, distDir, escapeRegExp } from "../helpers.ts";
import { troubleshooterSlugs } from "../../../src/lib/content-files.ts";
import { localeKeys } from "../../../src/lib/i18n/locales.ts";
import { contentPath } from "../../../src/lib/content-paths.ts";
import { paths } from "../../../src/lib/urls.ts";
import { siteConfig } from "../../../src/config.ts";

/** Matches a URL that ends with `path` (and then nothing, or the given `#anchor`). */
const endsWith = (path: string, hash = "") => new RegExp(`${escapeRegExp(path + hash)}$`);

const articles = contentArticles();
const aliases = [...new Set(articles.flatMap((article) => article.aliases.map((alias) => `${alias} ${article.id}`)))].map((pair) => pair.split(" ") as [string, string]);

test("content declares at least one alias, so the redirects are exercised", () => {
  expect(aliases.length).toBeGreaterThan(0);
});

test("every alias redirects to the current article in every language, keeping the #anchor", async ({ page }) => {
  for (const [alias, id] of aliases) {
    for (const locale of localeKeys) {
      await page.goto(`${paths.article(locale, alias)}#top`);
      await expect(page, `${locale}: ${alias}`).toHaveURL(endsWith(paths.article(locale, id), "#top"));
      await expect(page.locator("article")).toHaveAttribute("data-article-id", id);
    }
  }
});

test("an alias page works without JavaScript and names the new address for crawlers", async ({ browser }) => {
  const [alias, id] = aliases[0]!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.request.get(paths.article(defaultLocale, alias));
  const html = await response.text();
  expect(html).toContain(`<link rel="canonical" href="${siteConfig.siteUrl}${paths.article(defaultLocale, id)}">`);
  expect(html).toContain(`content="0;url=${paths.article(defaultLocale, id)}"`);
  await page.goto(paths.article(defaultLocale, alias));
  await expect(page).toHaveURL(endsWith(paths.article(defaultLocale, id)));
  await context.close();
});

test("_redirects lists every alias and short link as a permanent redirect", () => {
  const file = readFileSync(join(distDir, "_redirects"), "utf8");
  for (const id of articleIds(articles)) expect(file).toContain(`${paths.shortLink(id)} ${paths.article(defaultLocale, id)} 301\n`);
  for (const [alias, id] of aliases) {
    for (const locale of localeKeys) expect(file).toContain(`${paths.article(locale, alias)} ${paths.article(locale, id)} 301\n`);
  }
});

test("/go/<id>/ leads to the English article for every article id", async ({ page }) => {
  for (const id of articleIds(articles)) {
    await page.goto(paths.shortLink(id));
    await expect(page, id).toHaveURL(endsWith(paths.article(defaultLocale, id)));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(version(id, defaultLocale, articles)!.title);
  }
});

test("a short link with an anchor lands on that part of the article", async ({ page }) => {
  const withAnchor = articles.find((article) => article.locale === defaultLocale && article.anchors.length > 0)!;
  const anchor = withAnchor.anchors[0]!;
  await page.goto(`${paths.shortLink(withAnchor.id)}#${anchor}`);
  await expect(page).toHaveURL(endsWith(paths.article(defaultLocale, withAnchor.id), `#${anchor}`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test("/go/<slug>/ leads to a troubleshooter when no article has that id", async ({ page }) => {
  const ids = new Set([...articleIds(articles), ...aliases.map(([alias]) => alias)]);
  const slugs = troubleshooterSlugs(contentPath("troubleshooters")).filter((slug) => !ids.has(slug));
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    await page.goto(paths.shortLink(slug));
    await expect(page).toHaveURL(endsWith(paths.troubleshooter(defaultLocale, slug)));
  }
});
