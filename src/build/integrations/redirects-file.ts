/**
 * `_redirects` (read by Netlify and Cloudflare Pages) from the redirect pages Astro built
 * (src/pages/[...redirect].astro, from the content layer's aliases and short links), so hosts that read
 * it answer old and short URLs with a real 301. The redirects are read once, by the content layer: this
 * integration only collects what the pages say, and hands their paths to the sitemap, which leaves them out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { redirectsFile, redirectTargetOf } from "../../lib/redirects.ts";
import { urlPathOf } from "../postbuild/html-files.ts";

/** The route of the redirect pages, as Astro names it in `astro:build:done`'s `assets`. */
const redirectRoute = "/[...redirect]";

/**
 * Writes `_redirects` when Astro is done, and fills `redirectPaths` with the redirect pages' paths. List
 * it before the sitemap, whose filter reads `redirectPaths`.
 */
export function redirectsFileIntegration(redirectPaths: Set<string>): AstroIntegration {
  return {
    name: "help-center:redirects-file",
    hooks: {
      "astro:build:done": ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const redirects = (assets.get(redirectRoute) ?? []).map((url) => {
          const file = fileURLToPath(url);
          const from = urlPathOf(relative(site, file));
          const to = redirectTargetOf(readFileSync(file, "utf8"));
          if (to === null) throw new Error(`${file}: a redirect page without its data-redirect-target link`);
          redirectPaths.add(from);
          return { from, to };
        });
        writeFileSync(join(site, "_redirects"), redirectsFile(redirects.sort((a, b) => a.from.localeCompare(b.from))));
        logger.info(`_redirects: ${redirects.length} redirects`);
      },
    },
  };
}
