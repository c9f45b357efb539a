/**
 * A worker thread of the page pass (run.ts hands it the pages to process through a tinypool pool): for
 * each page `processPage`, one write when the page gained readings, and what the later steps need of the
 * page, with the analyzer readings the thread had to make for it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createFuriganaReader, loadReadingRules, type FuriganaReader } from "../../lib/furigana/reader.ts";
import { loadReadingCache, textHash, type ReadingCache, type ReadingCacheEntries } from "../../lib/furigana/reading-cache.ts";
import type { RubySegment } from "../../lib/furigana/ruby-segment.ts";
import { vocabularyCounts } from "../../lib/search/spelling.ts";
import { processPage, type SearchSources } from "./page-pass.ts";
import { pageHash, searchCopy, type PageResult } from "./page-cache.ts";
import { fileStamp } from "./html-files.ts";
import { parseSynonymGroups } from "../../lib/search/synonyms.ts";
import { contentPath } from "../../lib/content-paths.ts";
import { readUiStrings, type UiReadings } from "../../lib/furigana/ui-readings.ts";

export interface PageTask {
  /** The page's file, relative to the site folder. */
  file: string;
  /** Path of the page, written back when it gains readings. */
  path: string;
  urlPath: string;
  /** The page, when the main thread has read it already; else the thread reads it. */
  html: string | undefined;
}

/** What one task added to the analyzer's cache (`analysed` texts). */
export interface ReadingWork {
  newReadings: ReadingCacheEntries;
  analysed: number;
}

type Loaded = { reader: FuriganaReader; sources: SearchSources };

let loaded: Promise<Loaded> | undefined;
/** The analyzer readings made since the current task started. */
let addedByTask: ReadingCacheEntries = {};

/** The reader, its cache and the synonyms, loaded by the first task of this thread (the content folder is the process's). */
function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const cache = await loadReadingCache();
    const recording: ReadingCache = {
      ...cache,
      set(text, tokens) {
        cache.set(text, tokens);
        addedByTask[textHash(text)] = tokens;
      },
    };
    const reader = createFuriganaReader({ rules: await loadReadingRules(), cache: recording });
    const synonymsPath = contentPath("searchSynonyms");
    return { reader, sources: { synonyms: parseSynonymGroups(readFileSync(synonymsPath, "utf8"), synonymsPath) } };
  })();
  return loaded;
}

// The header, footer and UI strings repeat on every page: each distinct text is read once per thread.
const segmentsByText = new Map<string, Promise<RubySegment[]>>();

function segmenter(reader: FuriganaReader): (text: string) => Promise<RubySegment[]> {
  return (text) => segmentsByText.get(text) ?? segmentsByText.set(text, reader.segment(text)).get(text)!;
}

/** Runs `work` as one task: what it returns, with the readings it added and the reader's work. */
async function asTask<T>(work: (state: Loaded) => Promise<T>): Promise<T & ReadingWork> {
  const state = await load();
  addedByTask = {};
  const result = await work(state);
  return { ...result, newReadings: addedByTask, analysed: Object.keys(addedByTask).length };
}

function processPageTask({ file, path, urlPath, html = readFileSync(path, "utf8") }: PageTask): Promise<{ result: PageResult } & ReadingWork> {
  return asTask(async ({ reader, sources }) => {
    const page = await processPage(html, urlPath, segmenter(reader), sources);
    if (page.html !== null) writeFileSync(path, page.html);
    if (page.search) mkdirSync(dirname(searchCopy(file)), { recursive: true });
    if (page.search) writeFileSync(searchCopy(file), page.search.html);
    const result: PageResult = {
      hash: pageHash(page.html ?? html),
      stamp: fileStamp(path),
      urlPath,
      policy: page.policy,
      searchLang: page.search?.lang ?? null,
      pairs: page.pairs,
      words: page.search ? [...vocabularyCounts([page.search.text])] : [],
    };
    return { result };
  });
}

/** A run of neighbouring pages (the versions of one page side by side): one thread reads their shared texts once. */
export async function processPagesTask(tasks: readonly PageTask[]): Promise<({ result: PageResult } & ReadingWork)[]> {
  const done = [];
  // One after the other: a task's new readings are those its thread made while it ran.
  for (const task of tasks) done.push(await processPageTask(task));
  return done;
}

/** The UI strings, read like page text (ui-readings.ts). */
export function uiReadingsTask(): Promise<{ ui: UiReadings } & ReadingWork> {
  return asTask(async ({ reader, sources }) => ({ ui: await readUiStrings(reader, sources.synonyms) }));
}
