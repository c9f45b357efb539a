/** `npm run build` after `astro build`: every step on the built pages (src/build/postbuild.ts). */
import { runPostbuild } from "../src/build/postbuild.ts";
import { outDir } from "../src/build/build-dirs.ts";

await runPostbuild(outDir());
