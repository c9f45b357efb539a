/**
 * Steps that work on the built HTML, in a fixed order, timed for `npm run bench`:
 * the search index reads the final pages.
 */
import { buildSearchIndex } from "./build/search-index.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";

const started = performance.now();
const { pages } = await buildSearchIndex(siteDir);
const searchMs = performance.now() - started;
console.error(`[postbuild] search index: ${pages} pages in ${searchMs.toFixed(0)} ms`);
