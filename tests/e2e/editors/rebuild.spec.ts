/**
 * An editor's pull request is published by a rebuild that reuses the last build's caches and site
 * folder. What it publishes must be exactly what a clean build of the same content writes: every page,
 * search index file and header file, byte for byte, and nothing of a deleted
 * article. The rebuild must also really reuse work.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { contentPath, contentRoot } from "../../../src/lib/content-paths.ts";
import { filesUnder } from "../../../src/build/postbuild/html-files.ts";
import { buildSite } from "../build-lock.ts";
import { defaultLocale, furiganaLocale } from "../helpers.ts";
import { localeKeys, locales, type Locale } from "../../../src/lib/i18n/locales.ts";
import { paths } from "../../../src/lib/urls.ts";

// The editors write in the default language and in the furigana one (whose pages get readings); a third
// standard language shows the default one's text.
const written = defaultLocale;
const withReadings = furiganaLocale;
const fallback = localeKeys.find((locale) => locale !== written && locale !== withReadings && locales[locale].easyVariantOf === null)!;
/** The built page of an article in `dir`. */
const pageFile = (dir: string, locale: Locale, id: string) => join(dir, paths.article(locale, id), "index.html");

/** Inside the project (git-ignored): Astro does not render MDX from a content folder outside its root. */
const root = join(".cache", `rebuild-${process.env["HC_PORT"] ?? "4321"}`);
const contentDir = join(root, "content");

const build = (outDir: string): Promise<string> => buildSite({ HC_OUT_DIR: outDir, HC_CONTENT_DIR: contentDir, HC_CONFIG_OVERRIDE: "" });

const filesOf = (dir: string) => filesUnder(dir).sort();

/** An article without components: the content layer renders it as Markdown (src/data/article-loader.ts). */
const plainArticle = (locale: Locale, title: string, heading: string, step: string) =>
  [
    "---",
    "id: plain-markdown-check",
    `title: "${title}"`,
    `answer: "${title}"`,
    "category: passwords",
    "audiences: [foreigners-in-japan]",
    "kind: guide",
    "published: 2024-04-01",
    "updated: 2026-05-08",
    "---",
    "",
    `## ${heading}`,
    "",
    `1. ${step}`,
    `2. [${title}](${paths.article(locale, "delete-account")})`,
    "",
  ].join("\n");

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test("a rebuild after editors' changes writes the same files as a clean build of the changed content", async () => {
  test.setTimeout(360_000);
  rmSync(root, { recursive: true, force: true });
  cpSync(contentRoot(), contentDir, { recursive: true });
  const articles = contentPath("articles", contentDir);
  writeFileSync(join(articles, written, "plain-markdown-check.mdx"), plainArticle(written, "A plain article", "Before you start", "Open the page."));
  writeFileSync(join(articles, withReadings, "plain-markdown-check.mdx"), plainArticle(withReadings, "手順だけの記事", "始める前に", "画面を開きます。"));
  // An article the editors then delete: its pages in every language and its short link must go.
  writeFileSync(join(articles, written, "deleted-later.mdx"), plainArticle(written, "Deleted later", "Soon gone", "Read this.").replace("id: plain-markdown-check", "id: deleted-later"));
  const rebuilt = join(root, "rebuilt");
  const clean = join(root, "clean");
  await build(rebuilt);

  // One sentence more in an English and in a Japanese article (the Japanese one gets new readings),
  // and in the plain English article.
  appendFileSync(join(articles, written, "delete-account.mdx"), "\nOne more sentence from an editor.\n");
  appendFileSync(join(articles, withReadings, "delete-account.mdx"), "\n編集者が一文を加えました。\n");
  appendFileSync(join(articles, written, "plain-markdown-check.mdx"), "\nA sentence added to the plain article.\n");
  expect(existsSync(pageFile(rebuilt, fallback, "deleted-later"))).toBe(true);
  rmSync(join(articles, written, "deleted-later.mdx"));
  const rebuildLog = await build(rebuilt);
  await build(clean);

  const rebuiltFiles = filesOf(rebuilt);
  expect(rebuiltFiles).toEqual(filesOf(clean));
  const differing = rebuiltFiles.filter((file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(clean, file))));
  expect(differing).toEqual([]);
  expect(readFileSync(pageFile(clean, withReadings, "delete-account"), "utf8")).toContain("<ruby>編集");
  const plain = readFileSync(pageFile(rebuilt, written, "plain-markdown-check"), "utf8");
  expect(plain).toContain('<h2 id="before-you-start">Before you start</h2>');
  expect(plain).toContain(`<li><a href="${paths.article(written, "delete-account")}">A plain article</a></li>`);
  expect(plain).toContain("A sentence added to the plain article.");
  expect(readFileSync(pageFile(rebuilt, withReadings, "plain-markdown-check"), "utf8")).toContain("<ruby>始");
  expect(rebuiltFiles.filter((file) => file.includes("deleted-later"))).toEqual([]);

  // The rebuild left most pages alone: the page pass did not process them again.
  const pass = /page pass: (\d+) pages, (\d+) processed/.exec(rebuildLog);
  expect(pass, rebuildLog).not.toBeNull();
  expect(Number(pass![2])).toBeLessThan(Number(pass![1]) / 2);
});
