/**
 * The editors' scan of MDX (src/lib/content-checks/parse-article.ts) feeds the agents' index; the pages
 * themselves come from Astro's syntax-tree pass and the collection data. Over all content, both readings
 * must name the same anchors. The sitemap filter and `_redirects` take the redirects from the built pages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { contentArticles } from "./site.ts";
import { builtHtml } from "../quality/site.ts";
import { distDir } from "../helpers.ts";
import { paths } from "../../../src/lib/urls.ts";
import { isLocale } from "../../../src/lib/i18n/locales.ts";
import { urlPathOf } from "../../../src/build/postbuild/html-files.ts";

/** Ids inside the built article body, without the page's own `#top` on the title. */
function builtAnchors(html: string): string[] {
  const ids: string[] = [];
  visit(fromHtml(html), "element", (node) => {
    if (node.tagName !== "article") return;
    visit(node, "element", (inner) => {
      const id = inner.properties["id"];
      if (typeof id === "string" && id !== "top") ids.push(id);
    });
  });
  return ids.sort();
}

test("every article's anchors, as the editors' scan reads them, are the ids the built page has", () => {
  const versions = contentArticles().flatMap((article) => (isLocale(article.locale) ? [{ ...article, locale: article.locale }] : []));
  expect(versions.length).toBeGreaterThan(0);
  for (const article of versions) {
    const path = paths.article(article.locale, article.id);
    const html = builtHtml(path);
    expect(html, `${path} is built`).not.toBeNull();
    expect(builtAnchors(html!), path).toEqual([...article.anchors].sort());
  }
});

test("_redirects and the sitemap know exactly the redirect pages the build made from the collection", () => {
  const redirectPages = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, "utf8").includes("data-redirect-target"))
    .map((file) => urlPathOf(relative(distDir, file)))
    .sort();
  expect(redirectPages.length).toBeGreaterThan(0);
  const listed = readFileSync(join(distDir, "_redirects"), "utf8").trim().split("\n").map((line) => line.split(" ")[0]);
  expect(listed.sort()).toEqual(redirectPages);
  const sitemap = readFileSync(join(distDir, "sitemap-0.xml"), "utf8");
  expect(redirectPages.filter((path) => sitemap.includes(`${path}</loc>`))).toEqual([]);
});
