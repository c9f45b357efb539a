/**
 * Indexes one language in its own thread (postbuild.ts starts one per language before Astro is done,
 * and hands it its language as soon as that language's pages are done): each thread has its own
 * Pagefind process, so languages are indexed side by side, and beside the page pass of the others.
 */
import { parentPort } from "node:worker_threads";
import { indexLanguage, type LanguageJob } from "./language-index.ts";

parentPort!.once("message", async (job: LanguageJob) => {
  try {
    parentPort!.postMessage({ index: await indexLanguage(job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
