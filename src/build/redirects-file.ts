/**
 * Writes `_redirects` (read by Netlify and Cloudflare Pages) next to the redirect pages Astro built,
 * so hosts that support it answer old and short URLs with a real 301.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContentTree } from "../lib/content-checks/load.ts";
import { parseArticle } from "../lib/content-checks/parse-article.ts";
import { redirectsFile, redirectsFor, type Redirect } from "../lib/redirects.ts";

/** Every redirect, read from the front matter in `contentDir` (also used to keep them out of the sitemap). */
export function readRedirects(contentDir: string): Redirect[] {
  const tree = loadContentTree(contentDir);
  const aliases = new Map<string, Set<string>>();
  for (const article of tree.articles) {
    const data = parseArticle(article.source).data ?? {};
    const id = typeof data["id"] === "string" ? data["id"] : article.fileId;
    const list = Array.isArray(data["aliases"]) ? data["aliases"].filter((alias): alias is string => typeof alias === "string") : [];
    aliases.set(id, new Set([...(aliases.get(id) ?? []), ...list]));
  }
  return redirectsFor(
    [...aliases.entries()].map(([id, set]) => ({ id, aliases: [...set] })),
    tree.troubleshooters.map((troubleshooter) => troubleshooter.slug),
  );
}

export function writeRedirectsFile(siteDir: string, contentDir: string): { redirects: number } {
  const redirects = readRedirects(contentDir);
  writeFileSync(join(siteDir, "_redirects"), redirectsFile(redirects));
  return { redirects: redirects.length };
}
