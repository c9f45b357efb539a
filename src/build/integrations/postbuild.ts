/**
 * The post-build as an Astro integration (shaped like Starlight's Pagefind integration): when Astro is
 * done, every step on the built pages runs (postbuild/run.ts).
 *
 * A rebuild works in the last build's site folder (`vite.build.emptyOutDir` is off): a page Astro need
 * not render again stays where it is, already through the page pass. What this build no longer makes (a
 * deleted article, an old bundle) is removed when Astro is done. The folder starts empty, as Astro would
 * empty it, when no page pass finished with this code and these rules.
 */
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { outDir } from "../../lib/build-dirs.ts";
import { fileStamp, filesUnder } from "../postbuild/html-files.ts";
import { isPostbuildOutput, pagePassStands, runPostbuild } from "../postbuild/run.ts";

/** Removes the folders under `dir` that hold no file any more (deepest first). */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}

/** Removes the files of `before` (path → stamp) that this build neither made nor rewrote. */
function removeUnmade(site: string, before: ReadonlyMap<string, string>, made: ReadonlySet<string>): void {
  let removed = 0;
  for (const [file, stamp] of before) {
    if (made.has(file)) continue;
    try {
      if (fileStamp(join(site, file)) !== stamp) continue;
      rmSync(join(site, file));
      removed += 1;
    } catch {
      // Gone already.
    }
  }
  if (removed > 0) removeEmptyFolders(site);
}

export function postbuild(): AstroIntegration {
  // Every file of the folder as the build found it: one still the same at the end was not made by this build.
  let before = new Map<string, string>();
  return {
    name: "help-center:postbuild",
    hooks: {
      "astro:build:start": ({ logger }) => {
        const site = outDir();
        if (!pagePassStands()) {
          logger.info("no finished page pass with this code and rules: the site folder starts empty");
          rmSync(site, { recursive: true, force: true });
        }
        before = new Map(filesUnder(site).filter((file) => !isPostbuildOutput(file)).map((file) => [file, fileStamp(join(site, file))]));
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        // The pages of this build, rendered now or left in place: `assets` lists both.
        removeUnmade(site, before, new Set([...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)))));
        await runPostbuild(site, logger);
      },
    },
  };
}
