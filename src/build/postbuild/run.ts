/**
 * Everything the build does to the pages Astro wrote (integrations/postbuild.ts runs it when Astro is
 * done): the page pass, one read and at most one write per page on worker threads (page-worker.ts runs
 * page-pass.ts); then, from the per-page results, the readings-ledger check, the
 * typo vocabularies, `_headers` and the Pagefind index. A page still as the pass left it last time (same
 * bytes, code and rules) is not processed again: its results come from the one cache (page-cache.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import Tinypool from "tinypool";
import { siteSourceDigest } from "../../lib/cache-key.ts";
import { contentPath, isProjectContent } from "../../lib/content-paths.ts";
import { loadReadingCache } from "../../lib/furigana/reading-cache.ts";
import { searchFolders } from "../../lib/search/files.ts";
import { postbuildCacheDir } from "../../lib/build-dirs.ts";
import { renderHeadersFile } from "../../lib/csp-headers.ts";
import { fileStamp, filesUnder, htmlFiles, urlPathOf } from "./html-files.ts";
import { pageHash, readPageCache, writePageCache, type CachedUi, type PageCache, type PageResult } from "./page-cache.ts";
import type { PageTask, ReadingWork } from "./page-worker.ts";
import { checkReadings, shownPairs } from "./readings.ts";
import { writeSearchIndex, writeVocabularies } from "./search-index.ts";
import type { UiReadings } from "../../lib/furigana/ui-readings.ts";

/** Where the post-build reports: Astro's integration logger, or anything with its `info` and `warn`. */
export type PostbuildLogger = Pick<AstroIntegrationLogger, "info" | "warn">;

const headersFile = "_headers";
const cacheFile = () => join(postbuildCacheDir(), "pages.json");

/** Whether a file of the site folder is one the post-build writes anew on every run. */
export function isPostbuildOutput(file: string): boolean {
  const top = file.split(sep)[0];
  return file === headersFile || top === searchFolders.pagefind || top === searchFolders.vocabulary;
}

/**
 * What the cached results depend on besides the page itself: the code (src/, the lock file) and the
 * editors' reading rules and synonyms. Any change there and every page is processed again.
 */
export function resultsKey(): string {
  const rulesDir = contentPath("furiganaRules");
  const files = ["package-lock.json", ...filesUnder(rulesDir).map((file) => join(rulesDir, file)), contentPath("searchSynonyms")].sort();
  const hash = createHash("sha256").update(siteSourceDigest());
  for (const file of files) if (existsSync(file)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("base64url");
}

/** Whether the last page pass finished with the code and rules of this build (else the site folder is emptied). */
export function pagePassStands(): boolean {
  return readPageCache(cacheFile(), resultsKey()) !== null;
}

/** Every page's result, in file order, and the UI strings' readings. */
type PassOutcome = { pages: Map<string, PageResult>; ui: UiReadings };

/** The versions of one page side by side (ja/articles/x/ beside ja-easy/articles/x/): a thread reads their shared texts once. */
const contentOrder = (file: string) => `${file.slice(file.indexOf(sep) + 1)}\0${file}`;

/** The pages to process: every page but those still as this pass left them (their results go into `pages`). */
function pagesToProcess(siteDir: string, files: readonly string[], previous: PageCache | null, pages: Map<string, PageResult>): PageTask[] {
  const tasks: PageTask[] = [];
  for (const file of files) {
    const path = join(siteDir, file);
    const kept = previous?.pages[file];
    // A file nobody wrote since this pass did (same size and time) is not read; another page the cache
    // knows is read here, and handed on only when its bytes changed; any other is read by its thread.
    const stamp = kept && fileStamp(path);
    const html = kept && stamp !== kept.stamp ? readFileSync(path, "utf8") : undefined;
    if (kept && (stamp === kept.stamp || pageHash(html!) === kept.hash)) pages.set(file, { ...kept, stamp: stamp! });
    else tasks.push({ file, path, urlPath: urlPathOf(file), html });
  }
  return tasks.sort((a, b) => (contentOrder(a.file) < contentOrder(b.file) ? -1 : 1));
}

/** Processes `tasks`, and reads the UI strings unless `cachedUi` has them. */
async function runTasks(tasks: readonly PageTask[], cachedUi: CachedUi | null, pages: Map<string, PageResult>): Promise<{ ui: UiReadings; work: ReadingWork[]; threads: number }> {
  if (tasks.length === 0 && cachedUi) return { ui: uiOf(cachedUi), work: [], threads: 0 };
  // A thread costs its start (loading its modules and the reader): up to 32 pages are processed on this one, one
  // after the other (a rebuild's pass: 0.6 s against 1.3 s at a load of 9); more on one thread per 32 pages, at most 4.
  const threads = tasks.length <= 32 ? 0 : Math.min(availableParallelism(), 4, Math.ceil(tasks.length / 32));
  const pool = threads > 0 ? new Tinypool({ filename: new URL("./page-worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads }) : null;
  const here = pool ? null : await import("./page-worker.ts");
  try {
    const uiTask = cachedUi || !pool ? null : (pool.run({}, { name: "uiReadingsTask" }) as Promise<{ ui: UiReadings } & ReadingWork>);
    const batches = pool ? Array.from({ length: Math.ceil(tasks.length / 16) }, (_, index) => tasks.slice(index * 16, index * 16 + 16)) : [tasks];
    const run = (batch: readonly PageTask[]) => (pool ? (pool.run(batch, { name: "processPagesTask" }) as Promise<({ result: PageResult } & ReadingWork)[]>) : here!.processPagesTask(batch));
    const done = (await Promise.all(batches.map(run))).flat();
    done.forEach(({ result }, index) => pages.set(tasks[index]!.file, result));
    const ui = cachedUi ? null : await (uiTask ?? here!.uiReadingsTask());
    return { ui: ui?.ui ?? uiOf(cachedUi!), work: ui ? [...done, ui] : done, threads };
  } finally {
    await pool?.destroy();
  }
}

/** Runs the page pass over every page of `siteDir`, reusing the results of pages that are as it left them. */
async function pagePass(siteDir: string, previous: PageCache | null, logger: PostbuildLogger): Promise<PassOutcome> {
  const started = performance.now();
  const files = htmlFiles(siteDir);
  const results = new Map<string, PageResult>();
  const tasks = pagesToProcess(siteDir, files, previous, results);
  const { ui, work, threads } = await runTasks(tasks, previous?.ui ?? null, results);
  await saveReadings(work);
  const analysed = work.reduce((sum, item) => sum + item.analysed, 0);
  logger.info(
    `page pass: ${files.length} pages, ${tasks.length} processed on ${threads === 0 ? "the main thread" : `${threads} threads`}, ${files.length - tasks.length} unchanged since the last build, ` +
      `${analysed} texts analysed, in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return { pages: new Map(files.map((file) => [file, results.get(file)!])), ui };
}

const uiOf = (cached: CachedUi): UiReadings => ({ pairs: cached.pairs });

/** The analyzer's new readings go into its cache, in one write for all threads. */
async function saveReadings(work: readonly ReadingWork[]): Promise<void> {
  if (work.every((item) => Object.keys(item.newReadings).length === 0)) return;
  const cache = await loadReadingCache();
  for (const item of work) cache.merge(item.newReadings);
  await cache.save();
}

/** Every reading on the site must be one an editor approved in the ledger; other content folders (fixtures, benchmark corpora) only warn. */
function checkLedger({ pages, ui }: PassOutcome, siteDir: string, logger: PostbuildLogger): void {
  const projectContent = isProjectContent();
  const shown = shownPairs(pages, ui);
  if (!projectContent) shown.firstFileOf.clear();
  const { problems, unused } = checkReadings(shown, contentPath("furiganaLedger"), siteDir);
  for (const warning of unused) logger.warn(`${warning} (npm run furigana:update removes it)`);
  if (problems.length === 0) return;
  if (!projectContent) {
    logger.warn(`${problems.length} pair(s) not in ${contentPath("furiganaLedger")} (another content folder)`);
    return;
  }
  throw new Error(
    `readings ledger: ${problems.length} problem(s):\n  ${problems.join("\n  ")}\n` +
      "Run `npm run furigana:update`, review every new line in the diff, fix wrong readings in content/furigana/.",
  );
}

/** Every step on the built pages of `siteDir`. Throws when a step fails (the readings ledger, Pagefind). */
export async function runPostbuild(siteDir: string, logger: PostbuildLogger): Promise<void> {
  const started = performance.now();
  const key = resultsKey();
  const previous = readPageCache(cacheFile(), key);
  rmSync(cacheFile(), { force: true });
  const pass = await pagePass(siteDir, previous, logger);
  checkLedger(pass, siteDir, logger);
  await writeVocabularies(siteDir, pass.pages);
  const policies = [...pass.pages].map(([file, page]) => ({ path: urlPathOf(file), policy: page.policy }));
  writeFileSync(join(siteDir, headersFile), renderHeadersFile(policies));
  const languages = await writeSearchIndex(siteDir, pass.pages, key, join(postbuildCacheDir(), "pagefind"));
  logger.info(`search index: ${languages.join(", ")}, ready ${(performance.now() - started).toFixed(0)} ms after the start`);
  writePageCache(cacheFile(), { key, pages: Object.fromEntries(pass.pages), ui: { pairs: pass.ui.pairs } });
  logger.info(`all steps in ${(performance.now() - started).toFixed(0)} ms`);
}
