/**
 * A worker thread of the post-build pass (postbuild.ts hands it pages in batches): reads each page,
 * skips it when it is the page this pass wrote last time, else runs `processPage`, writes the page
 * back when it gained readings, and writes the copy the search index reads.
 */
import { hash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { createFuriganaReader, loadReadingRules, type FuriganaReader } from "../lib/furigana/reader.ts";
import { loadReadingCache, type ReadingCache } from "../lib/furigana/reading-cache.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import { processPage } from "./page-pass.ts";
import { fileStamp, linkOrCopy } from "./html-files.ts";
import { pairKey } from "../lib/furigana/ledger.ts";
import type { PageJob, PageOutcome, WorkerDone, WorkerSetup } from "./postbuild.ts";
import { readSearchSources } from "./search-index.ts";
import { readUiStrings } from "./ui-readings.ts";
import { vocabularyCounts } from "../lib/search/spelling.ts";

const setup = workerData as WorkerSetup;
const sources = await readSearchSources(setup.problemsPath, setup.synonymsPath);

// The reader (rules and the readings cache) is loaded by the first text that needs it: a rebuild that
// only puts back unchanged pages never loads it.
let loaded: Promise<{ cache: ReadingCache; reader: FuriganaReader }> | undefined;
function load(): Promise<{ cache: ReadingCache; reader: FuriganaReader }> {
  loaded ??= (async () => {
    const cache = await loadReadingCache(setup.readingCachePath);
    return { cache, reader: createFuriganaReader({ rules: await loadReadingRules(setup.rulesDir), cache }) };
  })();
  return loaded;
}

// The header, footer and UI strings repeat on every page: each distinct text is read once per worker.
const segmentsByText = new Map<string, Promise<RubySegment[]>>();
function segment(text: string): Promise<RubySegment[]> {
  let segments = segmentsByText.get(text);
  if (!segments) {
    segments = load().then(({ reader }) => reader.segment(text));
    segmentsByText.set(text, segments);
  }
  return segments;
}

/** Tells a page from the one this pass wrote last time (not a security boundary: sha1 is quick). */
function pageHash(html: string): string {
  return hash("sha1", html, "base64url");
}

// Most pages share a handful of folders: each is made once.
const madeFolders = new Set<string>();
function ensureFolder(path: string): void {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
}

function writeInFolder(path: string, text: string): void {
  ensureFolder(path);
  writeFileSync(path, text);
}


async function run(job: PageJob): Promise<PageOutcome> {
  const file = join(setup.siteDir, job.file);
  const html = readFileSync(file, "utf8");
  const hashNow = pageHash(html);
  const stamp = () => fileStamp(file);
  if (job.previous?.hash === hashNow) return { file: job.file, input: job.previous.input, hash: hashNow, stamp: stamp(), processed: null };
  // Astro wrote the same page as last time (restored from its cache, or rendered again): put back what this
  // pass made of it, if the kept copy is still that (a page Astro renders again is written in place, which
  // rewrites the kept copy linked to it too).
  const kept = join(setup.pagesDir, job.file);
  if (job.previous?.input === hashNow && existsSync(kept) && pageHash(readFileSync(kept, "utf8")) === job.previous.hash) {
    linkOrCopy(kept, file);
    return { file: job.file, input: hashNow, hash: job.previous.hash, stamp: stamp(), processed: null };
  }
  const result = await processPage(html, job.urlPath, segment, sources);
  if (result.html !== null) {
    // A new file, never written through an old link: the kept copy of the last build stays as it was.
    rmSync(file);
    writeFileSync(file, result.html);
    ensureFolder(kept);
    linkOrCopy(file, kept);
  }
  const annotated = new Set(result.readings.map(([word, reading]) => pairKey({ word, reading })));
  // One folder per index language: Pagefind indexes each on its own, and a rebuild only the ones that changed.
  if (result.search) writeInFolder(join(setup.searchDir, result.search.lang, job.file), result.search.html);
  return {
    file: job.file,
    input: hashNow,
    hash: result.html === null ? hashNow : pageHash(result.html),
    stamp: stamp(),
    processed: {
      policy: result.policy,
      searchLang: result.search?.lang ?? null,
      record: {
        urlPath: job.urlPath,
        // The pairs the readings do not already name (ruby the page had before this pass): the cache stays small.
        otherPairs: result.pairs.filter((pair) => !annotated.has(pair)),
        readings: result.readings,
        words: result.search ? [...vocabularyCounts([result.search.text])] : [],
      },
    },
  };
}

parentPort!.on("message", async (message: { jobs: PageJob[] } | { finish: true; readUiStrings: boolean }) => {
  if ("finish" in message) {
    // The UI strings are read here, where the analyzer is loaded already if any page text needed it.
    const ui = message.readUiStrings ? await readUiStrings((await load()).reader) : null;
    const used = loaded ? await loaded : null;
    const done: WorkerDone = {
      done: true,
      newReadings: used?.cache.added() ?? {},
      stats: used?.reader.stats ?? { kanjiRuns: 0, cacheHits: 0, analysed: 0, analysisMs: 0 },
      distinctTexts: segmentsByText.size,
      ui,
    };
    parentPort!.postMessage(done);
    return;
  }
  try {
    const outcomes: PageOutcome[] = [];
    for (const job of message.jobs) outcomes.push(await run(job));
    parentPort!.postMessage({ outcomes });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
