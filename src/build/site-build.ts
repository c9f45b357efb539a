/**
 * `npm run build`: `astro build` in a process of its own, and the post-build (postbuild.ts) in this
 * one, prepared while Astro builds (its modules, its cache, its threads) and run once Astro is done.
 * Astro's process has ended by then, so the two never hold their memory at the same time beyond what
 * the prepared post-build takes (its idle threads).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { outDir } from "./build-dirs.ts";
import { preparePostbuild } from "./postbuild.ts";

/** Astro's command-line entry, run with this Node (the one `npm run` puts first on PATH). */
function astroCli(): string {
  const require = createRequire(import.meta.url);
  const { bin } = require("astro/package.json") as { bin: { astro: string } };
  return join(dirname(require.resolve("astro/package.json")), bin.astro);
}

function astroBuild(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroCli(), "build"], { stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds the site; resolves to the exit code. */
export async function buildSite(): Promise<number> {
  const astro = astroBuild();
  const postbuild = preparePostbuild(outDir());
  const code = await astro;
  if (code !== 0) {
    await postbuild.cancel();
    return code;
  }
  await postbuild.run();
  return 0;
}
