/**
 * A rebuild works in the site folder of the last build instead of an emptied one (astro.config.mjs turns
 * `vite.build.emptyOutDir` off): every page Astro need not render again stays where it is, already
 * through the page pass, so neither Astro copies it back from its cache nor the page pass reads it again.
 * What this build no longer makes (a deleted article, an old script bundle) is removed when Astro is done;
 * the post-build's own files (its search index, dictionary, headers) it replaces or removes itself.
 *
 * The folder is emptied first, as Astro would empty it, when its pages cannot be trusted as the page
 * pass left them: no finished page pass, or one with other code or rules (postbuild.ts decides).
 */
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { outDir } from "./build-dirs.ts";
import { fileStamp, filesUnder } from "./html-files.ts";
import { isPostbuildOutput, pagePassStands } from "./postbuild.ts";

/** Removes the folders under `dir` that hold no file any more (deepest first). */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}

export function keptSiteFolder(): AstroIntegration {
  // Every file of the folder as the build found it: one still the same at the end was not made by this build.
  let before = new Map<string, string>();
  return {
    name: "help-center:kept-site-folder",
    hooks: {
      "astro:build:start": ({ logger }) => {
        const site = outDir();
        if (!pagePassStands()) {
          logger.info("the last page pass did not finish, or ran with other code or rules: the site folder starts empty");
          rmSync(site, { recursive: true, force: true });
        }
        before = new Map(filesUnder(site).filter((file) => !isPostbuildOutput(file)).map((file) => [file, fileStamp(join(site, file))]));
      },
      "astro:build:done": ({ dir, assets }) => {
        const site = fileURLToPath(dir);
        // The pages of this build, rendered now or left in place: `assets` lists both.
        const pages = new Set([...assets.values()].flat().map((url) => relative(site, fileURLToPath(url))));
        let removed = 0;
        for (const [file, stamp] of before) {
          if (pages.has(file)) continue;
          try {
            if (fileStamp(join(site, file)) !== stamp) continue;
            rmSync(join(site, file));
            removed += 1;
          } catch {
            // Gone already.
          }
        }
        if (removed > 0) removeEmptyFolders(site);
      },
    },
  };
}
