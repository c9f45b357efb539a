/**
 * The HTML of a plain-Markdown article, kept beside Astro's cache in one file per source digest by the
 * article loader (article-loader.ts), and what an article page shows of it. A file with components has
 * no such file: its entry renders through its MDX module.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../lib/build-dirs.ts";
import { splitFrontMatter } from "../lib/front-matter.ts";

export const articleHtmlDir = (): string => join(cacheDir(), "article-html");

export const articleHtmlFile = (digest: string | number): string => join(articleHtmlDir(), `${digest}.html`);

/** What of a content-layer entry these helpers read. */
interface ArticleFile {
  id: string;
  deferredRender?: boolean | undefined;
  digest?: string | number | undefined;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** The article's HTML if it is plain Markdown, or null when its MDX module renders it. */
export function plainArticleHtml(entry: ArticleFile): string | null {
  if (entry.deferredRender) return null;
  if (entry.digest === undefined) throw new Error(`${entry.filePath ?? entry.id}: no digest to find its HTML under`);
  return readFileSync(articleHtmlFile(entry.digest), "utf8");
}

/** The article's Markdown without its front matter (the store keeps the body of MDX files only). */
export function articleBody(entry: ArticleFile): string {
  if (entry.body !== undefined) return entry.body;
  if (entry.filePath === undefined) throw new Error(`${entry.id}: no body and no file to read it from`);
  return splitFrontMatter(readFileSync(entry.filePath, "utf8")).body;
}
