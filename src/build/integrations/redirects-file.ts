/**
 * Writes `_redirects` (read by Netlify and Cloudflare Pages) next to the redirect pages Astro built,
 * so hosts that support it answer old and short URLs with a real 301.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { articleSources, troubleshooterSlugs } from "../../lib/content-files.ts";
import { contentPath } from "../../lib/content-paths.ts";
import { parseArticle } from "../../lib/content-checks/parse-article.ts";
import { redirectsFile, redirectsFor, type Redirect } from "../../lib/redirects.ts";
import { splitFrontMatter } from "../../lib/front-matter.ts";

// Most articles name no aliases and a plain id: for those, the front matter is not parsed as YAML.
const plainIdPattern = /^id:[ \t]*(["']?)([\w-]+)\1[ \t]*$/m;

/** An article's id and aliases; the whole front matter is parsed only when it has aliases or a less plain id. */
function idAndAliases(source: string, fileId: string): { id: string; aliases: string[] } {
  const frontMatter = splitFrontMatter(source).yaml ?? "";
  if (!/^aliases\s*:/m.test(frontMatter)) {
    const plainId = plainIdPattern.exec(frontMatter)?.[2];
    if (plainId !== undefined) return { id: plainId, aliases: [] };
    if (!/^id\s*:/m.test(frontMatter)) return { id: fileId, aliases: [] };
  }
  const data = parseArticle(source).data ?? {};
  const id = typeof data["id"] === "string" ? data["id"] : fileId;
  const aliases = Array.isArray(data["aliases"]) ? data["aliases"].filter((alias): alias is string => typeof alias === "string") : [];
  return { id, aliases };
}

/**
 * Every redirect, read from the articles' front matter and the troubleshooters' folder names in
 * `contentDir` (also used to keep them out of the sitemap).
 */
export function readRedirects(contentDir: string): Redirect[] {
  const aliases = new Map<string, Set<string>>();
  for (const article of articleSources(contentPath("articles", contentDir))) {
    const { id, aliases: list } = idAndAliases(article.source, article.fileId);
    aliases.set(id, new Set([...(aliases.get(id) ?? []), ...list]));
  }
  return redirectsFor(
    [...aliases.entries()].map(([id, set]) => ({ id, aliases: [...set] })),
    troubleshooterSlugs(contentPath("troubleshooters", contentDir)),
  );
}

/** Writes `_redirects` into the site folder when Astro is done (astro.config.mjs reads `redirects` once, for the sitemap too). */
export function redirectsFileIntegration(redirects: Redirect[]): AstroIntegration {
  return {
    name: "help-center:redirects-file",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), "_redirects"), redirectsFile(redirects));
        logger.info(`_redirects: ${redirects.length} redirects`);
      },
    },
  };
}
