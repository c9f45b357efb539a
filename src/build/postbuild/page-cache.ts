/**
 * The post-build's one cache: what the page pass made of each page, under the hash of the page as the
 * pass left it, and the key of the code and rules that made it (run.ts). A page whose bytes are still
 * those is not processed again, and one whose file still has the size and time the pass left is not read. The file is removed when a pass starts and written when it ends, so a
 * pass that stopped half-way leaves no cache, and the next build starts from an empty site folder
 * (integrations/postbuild.ts): a page there might not be the one the cache describes.
 */
import { hash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { SeenPair } from "../../lib/furigana/ledger.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import type { RubySegment } from "../../lib/furigana/ruby-segment.ts";
import type { PageSearchInput, ReadingUse } from "./page-pass.ts";

/** What the later steps need of one page. */
export interface PageResult {
  /** sha1 of the page as this pass left it. */
  hash: string;
  /** Size and modification time of the file as this pass left it: while both hold, the page is not even read. */
  stamp: string;
  urlPath: string;
  /** The policy of the page's CSP `<meta>`, or null. */
  policy: string | null;
  /** The copy of the page Pagefind indexes, or null when it is not searchable. */
  search: PageSearchInput | null;
  /** Every (word, reading) the page shows is in `readings` or here. */
  otherPairs: string[];
  readings: ReadingUse[];
  /** The words of its search copy, with their counts. */
  words: [string, number][];
}

/** The UI strings' readings (the strings are code: the key covers them). */
export interface CachedUi {
  samples: [Locale, [string, RubySegment[]][]][];
  pairs: SeenPair[];
}

export interface PageCache {
  key: string;
  /** By file, relative to the site folder. */
  pages: Record<string, PageResult>;
  ui: CachedUi | null;
}

/** Tells a page from the one this pass wrote last time (not a security boundary: sha1 is quick). */
export function pageHash(html: string): string {
  return hash("sha1", html, "base64url");
}

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
