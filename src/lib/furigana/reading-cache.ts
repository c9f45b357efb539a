/**
 * Analyzer output cached on disk by text hash, so a rebuild with unchanged content runs no
 * morphological analysis (and never loads the dictionary). One JSON file, merged on save, because
 * several builds (tests, benchmarks) may share it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AnalyzedToken } from "./analyzer.ts";

// Bump when the analyzer or its dictionary changes, so old readings are not reused.
const cacheVersion = "kuromoji-0.1.2-v1";

export const defaultCachePath = "node_modules/.cache/furigana/readings.json";

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
 * The cache file (a missing or outdated file is an empty cache), read when first asked for a reading:
 * a process that only adds readings it got from elsewhere never parses it.
 */
export async function loadReadingCache(path: string = defaultCachePath): Promise<ReadingCache> {
  let loaded: Entries | undefined;
  const entriesNow = (): Entries => (loaded ??= readEntriesSync(path));
  const added: Entries = {};
  // Synchronous, so a process that ends with process.exit() (Astro's build) can still save on "exit".
  const saveSync = () => {
    if (Object.keys(added).length === 0) return;
    const merged = { ...readEntriesSync(path), ...added };
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: cacheVersion, entries: merged }));
    renameSync(temporary, path);
    for (const key of Object.keys(added)) delete added[key];
  };
  return {
    get: (text) => entriesNow()[textHash(text)] ?? added[textHash(text)],
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
