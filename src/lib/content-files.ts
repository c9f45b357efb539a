/**
 * The content folder's articles and troubleshooter folders, listed with nothing but `node:fs`. Astro's
 * content config (through the article loader) and astro.config.mjs (through the redirects) import
 * this, and a build compiles every module they import before it starts: the checked content tree
 * (content-checks/load.ts) would bring in the troubleshooter compiler and its schemas.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** An article file: its path, its locale folder, its name without `.mdx`, and its text. */
export interface ArticleSource {
  path: string;
  locale: string;
  fileId: string;
  source: string;
}

/** Every `<locale>/<id>.mdx` under `articlesDir` (none when it does not exist), by locale and name, with its text. */
export function articleSources(articlesDir: string): ArticleSource[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((locale) => statSync(join(articlesDir, locale)).isDirectory())
    .sort()
    .flatMap((locale) =>
      readdirSync(join(articlesDir, locale))
        .filter((name) => name.endsWith(".mdx"))
        .sort()
        .map((name) => {
          const path = join(articlesDir, locale, name);
          return { path, locale, fileId: name.replace(/\.mdx$/, ""), source: readFileSync(path, "utf8") };
        }),
    );
}

/** The troubleshooters' slugs: the names of the folders under `troubleshootersDir`, sorted. */
export function troubleshooterSlugs(troubleshootersDir: string): string[] {
  if (!existsSync(troubleshootersDir)) return [];
  return readdirSync(troubleshootersDir)
    .filter((slug) => statSync(join(troubleshootersDir, slug)).isDirectory())
    .sort();
}
