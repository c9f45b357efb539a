/** `npm run build`: `astro build`, then every step on the built pages (src/build/site-build.ts). */
import module from "node:module";

// Compiled modules (TypeScript already stripped) are kept on disk between builds, as Astro's CLI keeps
// its own; the worker threads find the folder in the environment. It halves this step's start-up.
const { directory } = module.enableCompileCache?.() ?? {};
if (directory) process.env["NODE_COMPILE_CACHE"] ??= directory;
const { buildSite } = await import("../src/build/site-build.ts");
process.exitCode = await buildSite();
