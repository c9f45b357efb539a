/** `npm run build` after `astro build`: every step on the built pages (src/build/postbuild.ts). */
import module from "node:module";

// Compiled modules (TypeScript already stripped) are kept on disk between builds, as Astro's CLI keeps
// its own; the worker threads find the folder in the environment. It halves this step's start-up.
const { directory } = module.enableCompileCache?.() ?? {};
if (directory) process.env["NODE_COMPILE_CACHE"] ??= directory;
const { runPostbuild } = await import("../src/build/postbuild.ts");
const { outDir } = await import("../src/build/build-dirs.ts");
await runPostbuild(outDir());
