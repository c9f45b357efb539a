/**
 * Where a build writes: the site (`HC_OUT_DIR`, default `dist`) and the caches that make a rebuild
 * cheap (Astro's and the post-build steps'). With `HC_OUT_DIR` the caches sit beside it (`<out>-cache`),
 * so builds of different content (tests, benchmarks) never share one.
 */
import { join } from "node:path";

export function outDir(): string {
  return process.env["HC_OUT_DIR"] ?? "dist";
}

export function cacheDir(): string {
  const out = process.env["HC_OUT_DIR"];
  return out ? `${out}-cache` : join("node_modules", ".astro");
}

/** The post-build steps' own cache: per-page results and the pages as the search index reads them. */
export function postbuildCacheDir(): string {
  return join(cacheDir(), "postbuild");
}
