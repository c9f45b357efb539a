/**
 * Analyzer output cached on disk by text hash, so a rebuild with unchanged content runs no
 * morphological analysis (and never loads the dictionary). A folder of JSON files, one per first
 * character of the hash, each read only when a text it holds is asked for (a rebuild that reads a few
 * texts reads a few files of a cache that grows to tens of megabytes) and merged on save, because
 * several builds (tests, benchmarks) may share the folder.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AnalyzedToken } from "./analyzer.ts";

// Bump when the analyzer or its dictionary changes, so old readings are not reused.
const cacheVersion = "kuromoji-0.1.2-v1";

export const defaultCachePath = "node_modules/.cache/furigana/readings";

export interface ReadingCache {
  get(text: string): AnalyzedToken[] | undefined;
  set(text: string, tokens: AnalyzedToken[]): void;
  /** Writes new entries to disk (a no-op for a memory-only cache). */
  save(): Promise<void>;
  saveSync(): void;
  /** Entries added since the last save, by text hash: a worker hands them to the process that saves. */
  added(): ReadingCacheEntries;
  /** Takes entries another reader added (they are saved with this cache's own). */
  merge(entries: ReadingCacheEntries): void;
}

export function textHash(text: string): string {
  return createHash("sha256").update(cacheVersion).update("\0").update(text).digest("base64url").slice(0, 24);
}

export type ReadingCacheEntries = Record<string, AnalyzedToken[]>;
type Entries = ReadingCacheEntries;

function parseEntries(text: string): Entries {
  const parsed = JSON.parse(text) as { version?: string; entries?: Entries };
  return parsed.version === cacheVersion && parsed.entries ? parsed.entries : {};
}

/** The file of the cache folder `path` that holds the text hash `key`. */
export function shardFile(path: string, key: string): string {
  return join(path, `${key.slice(0, 1)}.json`);
}

function readEntriesSync(path: string): Entries {
  try {
    return parseEntries(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}

/** A cache that lives only as long as the process (tests, or when no disk cache is wanted). */
export function memoryReadingCache(): ReadingCache {
  const entries = new Map<string, AnalyzedToken[]>();
  return {
    get: (text) => entries.get(textHash(text)),
    set: (text, tokens) => void entries.set(textHash(text), tokens),
    save: async () => {},
    saveSync: () => {},
    added: () => ({}),
    merge: (added) => {
      for (const [key, tokens] of Object.entries(added)) entries.set(key, tokens);
    },
  };
}

/**
 * The cache in folder `path` (a missing or outdated file holds no entries). Each file is read when
 * first asked for one of its texts: a process that only adds readings it got from elsewhere reads
 * only the files it writes.
 */
export async function loadReadingCache(path: string = defaultCachePath): Promise<ReadingCache> {
  const shards = new Map<string, Entries>();
  const entriesOf = (key: string): Entries => {
    const file = shardFile(path, key);
    let entries = shards.get(file);
    if (!entries) {
      entries = readEntriesSync(file);
      shards.set(file, entries);
    }
    return entries;
  };
  const added: Entries = {};
  // Synchronous, so a process that ends with process.exit() (Astro's build) can still save on "exit".
  const saveSync = () => {
    const byFile = new Map<string, Entries>();
    for (const [key, tokens] of Object.entries(added)) {
      const file = shardFile(path, key);
      byFile.set(file, { ...byFile.get(file), [key]: tokens });
    }
    if (byFile.size === 0) return;
    mkdirSync(path, { recursive: true });
    for (const [file, more] of byFile) {
      const merged = { ...readEntriesSync(file), ...more };
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: cacheVersion, entries: merged }));
      renameSync(temporary, file);
      shards.set(file, merged);
    }
    for (const key of Object.keys(added)) delete added[key];
  };
  return {
    get: (text) => {
      const key = textHash(text);
      return added[key] ?? entriesOf(key)[key];
    },
    set: (text, tokens) => {
      added[textHash(text)] = tokens;
    },
    added: () => ({ ...added }),
    merge: (more) => {
      Object.assign(added, more);
    },
    save: async () => saveSync(),
    saveSync,
  };
}
