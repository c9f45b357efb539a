/**
 * Steps that work on the built HTML, in a fixed order, timed for `npm run bench`:
 * the search index reads the final pages.
 */
import { buildSearchIndex } from "./build/search-index.ts";
import { writeCspHeaders } from "./build/csp-headers.ts";

const siteDir = process.env["HC_OUT_DIR"] ?? "dist";

const started = performance.now();
const { pages } = await buildSearchIndex(siteDir);
const searchMs = performance.now() - started;
console.error(`[postbuild] search index: ${pages} pages in ${searchMs.toFixed(0)} ms`);

// Last: the Content-Security-Policy headers copy the hashes of the final HTML.
const cspStarted = performance.now();
const { pages: cspPages } = writeCspHeaders(siteDir);
console.error(`[postbuild] csp headers: ${cspPages} pages in ${(performance.now() - cspStarted).toFixed(0)} ms`);
