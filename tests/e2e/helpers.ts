import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The built site's folder (matches astro.config.mjs). */
export const distDir = process.env["HC_OUT_DIR"] ?? "dist";

/** Every page path listed in the built sitemap(s), e.g. `/en/articles/x/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(distDir, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}
