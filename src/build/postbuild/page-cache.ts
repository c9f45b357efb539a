/**
 * The post-build's one cache: what the page pass made of each page, under the hash of the page as the
 * pass left it and its size and time then, and the key of the code and rules that made it (run.ts). A
 * page whose file has that size and time is not read again; one whose bytes are still those is not
 * processed again. The file is removed when a pass starts and written when it ends, so a pass that
 * stopped half-way leaves no cache, and the next build starts from an empty site folder
 * (integrations/postbuild.ts): a page there might not be the one the cache describes.
 */
import { hash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SeenPair } from "../../lib/furigana/ledger.ts";
import { postbuildCacheDir } from "../../lib/build-dirs.ts";

/** What the later steps need of one page. */
export interface PageResult {
  /** sha1 of the page as this pass left it. */
  hash: string;
  /** Size and modification time of the file as this pass left it: while both hold, the page is not even read. */
  stamp: string;
  urlPath: string;
  /** The policy of the page's CSP `<meta>`, or null. */
  policy: string | null;
  /** The index language of the copy Pagefind indexes (in `searchCopy(file)`), or null when the page is not searchable. */
  searchLang: string | null;
  /** Every (word, reading) the page shows, as "word\treading". */
  pairs: string[];
  /** The words of its search copy, with their counts. */
  words: [string, number][];
}

/** The UI strings' readings (the strings are code: the key covers them). */
export interface CachedUi {
  pairs: SeenPair[];
}

export interface PageCache {
  key: string;
  /** By file, relative to the site folder. */
  pages: Record<string, PageResult>;
  ui: CachedUi | null;
}

/** Where the copy of a page that Pagefind indexes is kept: on disk, so that no build holds every copy in memory. */
export const searchCopy = (file: string): string => join(postbuildCacheDir(), "search", file);

/** Tells a page from the one this pass wrote last time (not a security boundary: sha1 is quick). */
export const pageHash = (html: string): string => hash("sha1", html, "base64url");

/** The cache written by the last finished pass with this key, or null. */
export function readPageCache(file: string, key: string): PageCache | null {
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as PageCache;
    return cache.key === key ? cache : null;
  } catch {
    // No cache, or an unreadable one: every page is processed.
    return null;
  }
}

export function writePageCache(file: string, cache: PageCache): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(cache));
}
