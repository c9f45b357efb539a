/**
 * `npm run content:stats`: how many articles each language has in each category, read straight from
 * content/ (front matter and categories.yaml), so it works without building the site.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { localeKeys } from "../src/lib/i18n/locales.ts";
import { contentPath } from "../src/lib/content-paths.ts";
import { countArticles, formatStatsTable, type ArticleFacts } from "../src/lib/content-stats.ts";

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file}: no front matter`);
  return parse(match[1]!) as Record<string, unknown>;
}

const categories = (parse(readFileSync(contentPath("categories"), "utf8")) as { id: string; order: number }[])
  .sort((a, b) => a.order - b.order)
  .map((category) => category.id);

const articles: ArticleFacts[] = localeKeys.flatMap((locale) => {
  const folder = join(contentPath("articles"), locale);
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith(".mdx"));
  } catch {
    files = [];
  }
  return files.map((file) => ({ locale, category: String(frontMatter(join(folder, file))["category"]) }));
});

console.log(formatStatsTable(countArticles(articles, localeKeys, categories)));
