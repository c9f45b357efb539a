/**
 * Everything the build does to the pages Astro wrote, in one read and at most one write per page,
 * spread over worker threads (page-worker.ts runs page-pass.ts): furigana on Japanese pages, the copy
 * of each searchable page the index reads, each page's CSP, and the readings each page shows. Then,
 * from those per-page results: the readings-ledger check, the Pagefind index, the typo vocabularies,
 * the browser's reading dictionary and `_headers` (`_redirects` is Astro's: redirects-file.ts).
 *
 * A rebuild skips every page that is still the file this pass wrote last time (same hash, same rules and
 * code): its results come from the cache in `postbuildCacheDir()` (postbuild-cache.ts). Pagefind reads
 * every page of an index language in which a page changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
import { contentPath, isProjectContent } from "../lib/content-paths.ts";
import { countReadingUses, dictionaryFromUses } from "../lib/furigana/client-readings.ts";
import { checkAgainstLedger, pairKey, parseLedger, type SeenPair } from "../lib/furigana/ledger.ts";
import { createFuriganaReader, loadReadingRules, type ReaderStats } from "../lib/furigana/reader.ts";
import { defaultCachePath, loadReadingCache, type ReadingCacheEntries } from "../lib/furigana/reading-cache.ts";
import { pageReadings } from "../lib/furigana/site-readings.ts";
import { renderHeadersFile } from "./csp-headers.ts";
import { fileStamp, filesUnder, htmlFiles, urlPathOf } from "./html-files.ts";
import { indexLangOf } from "./page-pass.ts";
import { localeKeys, locales } from "../lib/i18n/locales.ts";
import { searchFolders } from "../lib/search/files.ts";
import { localeOfPath } from "../lib/urls.ts";
import { assembleSearchIndex, writeVocabularies } from "./search-index.ts";
import type { LanguageIndex, LanguageJob } from "./language-index.ts";
import { readUiStrings, type UiReadings } from "./ui-readings.ts";
import { postbuildCacheDir } from "./build-dirs.ts";
import { mergeSummaries, PostbuildCache, type PageRecord, type PageState } from "./postbuild-cache.ts";

export interface WorkerSetup {
  siteDir: string;
  searchDir: string;
  /** The pages this pass changed, as it wrote them (hard links), for a rebuild in which Astro restores the page it wrote. */
  pagesDir: string;
  rulesDir: string;
  readingCachePath: string;
  problemsPath: string;
  synonymsPath: string;
}

export interface PageJob {
  /** Path of the page inside the site folder. */
  file: string;
  urlPath: string;
  /** The page as Astro and as this pass wrote it last time, if the cache has it. */
  previous?: { input: string; hash: string };
}

export interface PageOutcome {
  file: string;
  /** Hash of the page as Astro wrote it. */
  input: string;
  /** Hash of the page as it is now on disk. */
  hash: string;
  /** Size and modification time of the file now: when both are the same next time, it was not rewritten. */
  stamp: string;
  /** Null when the page was the one this pass wrote last time (the cached results stand). */
  processed: { policy: string | null; searchLang: string | null; record: PageRecord } | null;
}

export interface WorkerDone {
  done: true;
  newReadings: ReadingCacheEntries;
  stats: ReaderStats;
  distinctTexts: number;
  /** The UI strings, read by the first worker only. */
  ui: UiReadings | null;
}

const log = (message: string) => console.error(`[postbuild] ${message}`);

/** The browser's reading dictionary and the headers file, inside the site folder. */
const dictionaryFile = join("furigana", "ja.json");
const headersFile = "_headers";

/**
 * Whether a file of the site folder is one the post-build writes, and replaces or removes itself on
 * every run (so what Astro is done with leaves it in place: kept-site-folder.ts).
 */
export function isPostbuildOutput(file: string): boolean {
  const top = file.split(sep)[0];
  return file === headersFile || file === dictionaryFile || top === searchFolders.pagefind || top === searchFolders.vocabulary;
}

/**
 * What the cached results depend on besides the page itself: the code (src/, the lock file) and the
 * editors' reading rules and search tuning. Any change there and every page is processed again.
 */
function resultsKey(rulesDir: string, inputs: string[]): string {
  const hash = createHash("sha256");
  const files = [
    ...filesUnder("src").map((file) => join("src", file)),
    "package-lock.json",
    ...filesUnder(rulesDir).map((file) => join(rulesDir, file)),
    ...inputs,
  ].sort();
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("base64url");
}

/** The key of this build's page pass results (see resultsKey). */
function currentKey(): string {
  return resultsKey(contentPath("furiganaRules"), [contentPath("searchProblems"), contentPath("searchSynonyms")]);
}

/** Written last by a page pass that finished, holding its key; removed when the next one starts. */
const finishedFile = () => join(postbuildCacheDir(), "finished");

/**
 * Whether the site folder holds the pages as a finished page pass left them, with the code and rules of
 * this build (kept-site-folder.ts empties the folder otherwise: a page there might not be Astro's own).
 */
export function pagePassStands(key: string = currentKey()): boolean {
  try {
    return readFileSync(finishedFile(), "utf8") === key;
  } catch {
    return false;
  }
}

/**
 * Runs the page pass over `jobs` (in their order) on `threads` workers, handing out small batches so
 * all stay busy; `onOutcome` hears of each page as soon as it is done.
 */
async function runWorkers(
  threadFor: (number: number) => Worker,
  jobs: PageJob[],
  threads: number,
  readUi: boolean,
  onOutcome: (outcome: PageOutcome) => void,
): Promise<WorkerDone[]> {
  const done: WorkerDone[] = [];
  const batchSize = 16;
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, (_, number) =>
      new Promise<void>((resolve, reject) => {
        const worker = threadFor(number);
        const send = () => {
          if (next >= jobs.length) {
            worker.postMessage({ finish: true, readUiStrings: readUi && number === 0 });
            return;
          }
          worker.postMessage({ jobs: jobs.slice(next, next + batchSize) });
          next += batchSize;
        };
        worker.on("message", (message: { outcomes: PageOutcome[] } | { error: string } | WorkerDone) => {
          if ("error" in message) {
            void worker.terminate();
            reject(new Error(message.error));
          } else if ("done" in message) {
            done.push(message);
            void worker.terminate().then(() => resolve());
          } else {
            send();
            for (const outcome of message.outcomes) onOutcome(outcome);
          }
        });
        worker.on("error", reject);
        send();
      }),
    ),
  );
  return done;
}

const pageThread = (setup: WorkerSetup) => new Worker(new URL("./page-worker.ts", import.meta.url), { workerData: setup });
const searchThread = () => new Worker(new URL("./search-worker.ts", import.meta.url));

/** Indexes one language in a thread of its own (search-worker.ts). */
function indexInThread(worker: Worker, job: LanguageJob): Promise<LanguageIndex> {
  return new Promise((resolve, reject) => {
    worker.postMessage(job);
    worker.once("message", (message: { index: LanguageIndex } | { error: string }) => {
      if ("error" in message) reject(new Error(message.error));
      else resolve(message.index);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/**
 * The ledger, parsed: kept in the cache as JSON under a hash of its text, since reading it as YAML
 * (with the line of every entry) is most of what a rebuild's readings check costs.
 */
function readLedger(path: string, cacheRoot: string): ReturnType<typeof parseLedger> {
  const text = readFileSync(path, "utf8");
  const digest = createHash("sha256").update(path).update("\0").update(text).digest("base64url");
  const cached = join(cacheRoot, "ledger.json");
  try {
    const stored = JSON.parse(readFileSync(cached, "utf8")) as { digest: string; ledger: ReturnType<typeof parseLedger> };
    if (stored.digest === digest) return stored.ledger;
  } catch {
    // Not parsed yet.
  }
  const ledger = parseLedger(text, path);
  mkdirSync(cacheRoot, { recursive: true });
  writeFileSync(cached, JSON.stringify({ digest, ledger }));
  return ledger;
}

/** The sentence around a pair on a page, for a message an editor can act on (read again: only on failure). */
async function sentenceOn(siteDir: string, file: string, key: string): Promise<string> {
  const { fromHtml } = await import("hast-util-from-html");
  const pairs = pageReadings(fromHtml(readFileSync(join(siteDir, file), "utf8"))).pairs;
  return pairs.find((pair) => pairKey(pair) === key)?.sentence ?? "";
}

/** The post-build, ready to run once Astro is done: see preparePostbuild. */
export interface PreparedPostbuild {
  run(): Promise<void>;
  /** Ends its threads without running (Astro failed). */
  cancel(): Promise<void>;
}

/** Every step on the built pages of `siteDir`, run at once. */
export async function runPostbuild(siteDir: string): Promise<void> {
  await preparePostbuild(siteDir).run();
}

/**
 * Whatever the post-build needs before it reads the built pages, done while Astro is still building
 * (site-build.ts): its key and cache, and its threads (a page thread and one per index language),
 * started so that each is ready when its first work arrives. Nothing here reads or writes the site
 * folder or the marker of a finished pass.
 */
export function preparePostbuild(siteDir: string): PreparedPostbuild {
  const cacheRoot = postbuildCacheDir();
  const searchDir = join(cacheRoot, "search");
  const pagesDir = join(cacheRoot, "pages");
  const setup: WorkerSetup = {
    siteDir,
    searchDir,
    pagesDir,
    rulesDir: contentPath("furiganaRules"),
    readingCachePath: defaultCachePath,
    problemsPath: contentPath("searchProblems"),
    synonymsPath: contentPath("searchSynonyms"),
  };
  const key = currentKey();
  // After a finished pass with this key, the cache names every search copy and kept page there is, so
  // what is gone is found from the cache; after any other, by listing the folders.
  const lastPassFinished = pagePassStands(key);
  const cache = new PostbuildCache(cacheRoot, key);
  const firstPageThread = pageThread(setup);
  const searchThreads = new Map([...new Set(localeKeys.map((locale) => locales[locale].lang))].map((lang) => [lang, searchThread()]));
  const endThreads = async () => {
    await Promise.all([firstPageThread, ...searchThreads.values()].map((worker) => worker.terminate()));
  };
  return {
    run: () => runPrepared({ siteDir, cacheRoot, searchDir, pagesDir, setup, key, lastPassFinished, cache, firstPageThread, searchThreads }).finally(endThreads),
    cancel: endThreads,
  };
}

interface Prepared {
  siteDir: string;
  cacheRoot: string;
  searchDir: string;
  pagesDir: string;
  setup: WorkerSetup;
  key: string;
  lastPassFinished: boolean;
  cache: PostbuildCache;
  firstPageThread: Worker;
  /** Not yet given a language to index. */
  searchThreads: Map<string, Worker>;
}

async function runPrepared({ siteDir, cacheRoot, searchDir, pagesDir, setup, key, lastPassFinished, cache, firstPageThread, searchThreads }: Prepared): Promise<void> {
  const started = performance.now();
  rmSync(finishedFile(), { force: true });
  const { pages: previous, ui: previousUi } = cache;
  if (Object.keys(previous).length === 0) for (const dir of [searchDir, pagesDir]) rmSync(dir, { recursive: true, force: true });

  const files = htmlFiles(siteDir).map((file) => relative(siteDir, file));
  const sortedFiles = [...files].sort();
  const pages: Record<string, PageState> = {};
  const changed = new Map<string, PageRecord>();
  const jobs: PageJob[] = [];
  for (const file of files) {
    const cached = previous[file];
    // A file nobody wrote since this pass did (same size and time) is not even read again.
    if (cached && cached.stamp === fileStamp(join(siteDir, file))) pages[file] = cached;
    else jobs.push({ file, urlPath: urlPathOf(file), ...(cached ? { previous: { input: cached.input, hash: cached.hash } } : {}) });
  }
  // Pages outside the locales first (their language is only known once read), then the Japanese pages (the
  // slowest to read and to index: their index starts first), then the rest. Within that, the versions of one
  // page side by side (ja/articles/x/ beside ja-easy/articles/x/, which shows the same Japanese text as a
  // fallback), so one worker reads their shared texts once.
  const rank = (job: PageJob) => {
    const locale = localeOfPath(job.urlPath);
    return locale === null ? 0 : locales[locale].furigana ? 1 : 2;
  };
  const contentOrder = (file: string) => `${file.slice(file.indexOf(sep) + 1)}\0${file}`;
  jobs.sort((a, b) => rank(a) - rank(b) || (contentOrder(a.file) < contentOrder(b.file) ? -1 : 1));

  // Each index language is indexed as soon as every page that can be in it is done, beside the page pass.
  const waiting = new Map<string | null, number>();
  for (const job of jobs) {
    const lang = indexLangOf(job.urlPath);
    waiting.set(lang, (waiting.get(lang) ?? 0) + 1);
  }
  const pagefindCache = join(cacheRoot, "pagefind");
  const indexing = new Map<string, Promise<LanguageIndex>>();
  const startIndex = (lang: string) => {
    if (indexing.has(lang)) return;
    const expected = new Set<string>();
    const digest = createHash("sha256").update(key);
    for (const file of sortedFiles) {
      const page = pages[file];
      if (page?.searchLang !== lang) continue;
      expected.add(file);
      digest.update(`\0${file}\0${page.hash}`);
    }
    if (expected.size === 0) return;
    // Search copies of pages that are gone (or no longer searchable) must not stay in the index.
    const copies = lastPassFinished ? Object.keys(previous).filter((file) => previous[file]!.searchLang === lang) : filesUnder(join(searchDir, lang));
    for (const file of copies) if (!expected.has(file)) rmSync(join(searchDir, lang, file), { force: true });
    const thread = searchThreads.get(lang) ?? searchThread();
    searchThreads.delete(lang);
    indexing.set(lang, indexInThread(thread, { lang, searchDir, folder: join(pagefindCache, lang), digest: digest.digest("base64url"), fresh: !lastPassFinished }));
  };
  // The index languages: every locale's, and any a page outside the locales turns out to have.
  const searchLangs = new Set([...localeKeys.map((locale) => locales[locale].lang), ...Object.values(pages).flatMap(({ searchLang }) => searchLang ?? [])]);
  const startReadyIndexes = () => {
    if ((waiting.get(null) ?? 0) > 0) return;
    for (const lang of searchLangs) if ((waiting.get(lang) ?? 0) === 0) startIndex(lang);
  };

  let processed = 0;
  startReadyIndexes();
  const threads = jobs.length === 0 ? 0 : Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(jobs.length / 64)));
  const threadFor = (number: number) => (number === 0 ? firstPageThread : pageThread(setup));
  const done = await runWorkers(threadFor, jobs, threads, previousUi === null, (outcome) => {
    const kept = previous[outcome.file];
    if (!outcome.processed && !kept) throw new Error(`${outcome.file}: no result and nothing cached`);
    const { policy, searchLang } = outcome.processed ?? kept!;
    if (outcome.processed) {
      processed += 1;
      changed.set(outcome.file, outcome.processed.record);
    }
    pages[outcome.file] = { input: outcome.input, hash: outcome.hash, stamp: outcome.stamp, policy, searchLang };
    if (searchLang) searchLangs.add(searchLang);
    const lang = indexLangOf(urlPathOf(outcome.file));
    const left = waiting.get(lang)! - 1;
    waiting.set(lang, left);
    if (left === 0) startReadyIndexes();
  });
  startReadyIndexes();
  // What this pass kept of pages that are gone.
  const current = new Set(files);
  for (const file of lastPassFinished ? Object.keys(previous) : filesUnder(pagesDir)) if (!current.has(file)) rmSync(join(pagesDir, file), { force: true });
  const stats = done.reduce(
    (sum, worker) => ({
      kanjiRuns: sum.kanjiRuns + worker.stats.kanjiRuns,
      cacheHits: sum.cacheHits + worker.stats.cacheHits,
      analysed: sum.analysed + worker.stats.analysed,
      analysisMs: Math.max(sum.analysisMs, worker.stats.analysisMs),
      distinctTexts: sum.distinctTexts + worker.distinctTexts,
    }),
    { kanjiRuns: 0, cacheHits: 0, analysed: 0, analysisMs: 0, distinctTexts: 0 },
  );
  const passMs = performance.now() - started;
  log(
    `page pass: ${files.length} pages, ${processed} processed on ${threads} threads, ${files.length - processed} unchanged since the last build, ` +
      `${stats.distinctTexts} distinct texts read, ${stats.analysed} analysed (${stats.analysisMs.toFixed(0)} ms), in ${passMs.toFixed(0)} ms`,
  );

  // The readings of the UI strings (shown by scripts after load) and of every page, in file order.
  // The analyzer's new readings go into its cache, in one write for all workers.
  const readingCache = await loadReadingCache(setup.readingCachePath);
  const ui: UiReadings =
    done.find((worker) => worker.ui)?.ui ??
    (previousUi ? { samples: new Map(previousUi.samples), pairs: previousUi.pairs } : null) ??
    (await readUiStrings(createFuriganaReader({ rules: await loadReadingRules(setup.rulesDir), cache: readingCache })));
  for (const worker of done) readingCache.merge(worker.newReadings);
  await readingCache.save();

  // Each group of pages taken together (read from the cache for groups in which nothing changed).
  const { pairs: pagePairs, uses, wordsByLang } = mergeSummaries(cache.update(pages, changed, { samples: [...ui.samples], pairs: ui.pairs }));
  const seen = new Map<string, SeenPair>();
  for (const pair of ui.pairs) if (!seen.has(pairKey(pair))) seen.set(pairKey(pair), pair);
  const firstFileOf = new Map<string, string>();
  for (const [key, page, file] of pagePairs) {
    if (seen.has(key)) continue;
    const [word = "", reading = ""] = key.split("\t");
    seen.set(key, { word, reading, page, sentence: "" });
    firstFileOf.set(key, file);
  }
  for (const samples of ui.samples.values()) for (const [, segments] of samples) countReadingUses(segments, uses);

  // Every reading on the site must be one an editor approved in the ledger. Other content folders
  // (fixtures, generated benchmark corpora) show pairs the site's ledger cannot know: a warning there.
  const ledgerPath = contentPath("furiganaLedger");
  if (existsSync(ledgerPath)) {
    const ledger = readLedger(ledgerPath, cacheRoot);
    const known = new Set(ledger.entries.map(pairKey));
    const pairs = [...seen.values()];
    if (isProjectContent()) {
      for (const pair of pairs) {
        const file = firstFileOf.get(pairKey(pair));
        if (!known.has(pairKey(pair)) && file) pair.sentence = await sentenceOn(siteDir, file, pairKey(pair));
      }
    }
    const { missing, unused } = checkAgainstLedger(pairs, ledger.entries, ledgerPath);
    for (const warning of unused) log(`warning: ${warning} (npm run furigana:update removes it)`);
    const problems = [...ledger.problems, ...missing];
    if (problems.length > 0 && isProjectContent()) {
      log(`readings ledger: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
      log("Run `npm run furigana:update`, review every new line in the diff, fix wrong readings in content/furigana/.");
      process.exit(1);
    }
    if (problems.length > 0) log(`warning: ${problems.length} pair(s) not in ${ledgerPath} (another content folder)`);
  }

  // One dictionary for Japanese: the easy-Japanese search page shows results from the standard index.
  mkdirSync(dirname(join(siteDir, dictionaryFile)), { recursive: true });
  writeFileSync(join(siteDir, dictionaryFile), JSON.stringify(dictionaryFromUses(uses)));

  await writeVocabularies(siteDir, wordsByLang);
  // The rest does not wait for Pagefind: it is written while the indexes are still being made.
  writeFileSync(join(siteDir, headersFile), renderHeadersFile(sortedFiles.map((file) => ({ path: urlPathOf(file), policy: pages[file]!.policy }))));
  log(`headers for ${files.length} pages in ${(performance.now() - started).toFixed(0)} ms`);

  const indexes = await Promise.all(indexing.values());
  await assembleSearchIndex(siteDir, indexes);
  const perLanguage = indexes.map((index) => `${index.lang} ${index.pages}${index.reused ? " kept from the last build" : ""}`).join(", ");
  log(`search index: ${indexes.reduce((sum, index) => sum + index.pages, 0)} pages (${perLanguage}), ready ${(performance.now() - started).toFixed(0)} ms after the start`);
  writeFileSync(finishedFile(), key);
  log(`all steps in ${(performance.now() - started).toFixed(0)} ms`);
}
