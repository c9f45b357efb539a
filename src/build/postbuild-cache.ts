/**
 * The post-build's results between builds, split so that a rebuild after a small edit reads and writes
 * little of them:
 * - `pages.json`: what every build needs of every page (its hashes and stamp, its CSP, the language of
 *   the index it is in), under the key of the code and rules that made it;
 * - `groups/<group>.json`: the rest of each page's results (the readings it shows, its indexed words),
 *   in sixteen groups per top folder of the site (`en.0` … `en.f`, by a hash of the page's path; a page
 *   at the top is a group of its own), so an edit rewrites a few small files;
 * - `groups/<group>.summary.json`: what the later steps need of a whole group, so a group none of whose
 *   pages changed is read as its summary only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { addReadingUse, type ReadingUses } from "../lib/furigana/client-readings.ts";
import { pairKey, type SeenPair } from "../lib/furigana/ledger.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import type { ReadingUse } from "./page-pass.ts";

/** What every build needs of a page. */
export interface PageState {
  /** Hash of the page as Astro wrote it. */
  input: string;
  /** Hash of the page as this pass left it. */
  hash: string;
  /** Size and modification time: when both are the same next time, the file was not rewritten. */
  stamp: string;
  /** The policy of the page's CSP `<meta>`, or null. */
  policy: string | null;
  /** The index language its search copy is in, or null when it is not searchable. */
  searchLang: string | null;
}

/** What the readings check, the browser's dictionary and the typo vocabularies need of a page. */
export interface PageRecord {
  urlPath: string;
  /** Every (word, reading) the page shows is in `readings` or here. */
  otherPairs: string[];
  readings: ReadingUse[];
  /** The words of its search copy, with their counts. */
  words: [string, number][];
}

/** A group's pages taken together, in file order. */
export interface GroupSummary {
  /** Each (word, reading) its pages show, once, with the first page and file that shows it. */
  pairs: [key: string, urlPath: string, file: string][];
  uses: ReadingUse[];
  words: [lang: string, counts: [string, number][]][];
}

/** The UI strings' readings (the strings are code: the key covers them). */
export interface CachedUi {
  samples: [Locale, [string, RubySegment[]][]][];
  pairs: SeenPair[];
}

interface IndexFile {
  key: string;
  pages: Record<string, Omit<PageState, "policy"> & { policy: number | null }>;
  /** Most pages share a policy (the same inline scripts): each is stored once. */
  policies: string[];
  ui: CachedUi | null;
}

const groupsPerFolder = 16;

/** The group of a page's file (a path inside the site folder). */
export function groupOf(file: string): string {
  const cut = file.indexOf(sep);
  if (cut === -1) return file;
  // FNV-1a: any spread will do, as long as a page stays in its group from build to build.
  let hash = 0x811c9dc5;
  for (let index = 0; index < file.length; index += 1) hash = Math.imul(hash ^ file.charCodeAt(index), 0x01000193) >>> 0;
  return `${file.slice(0, cut)}.${(hash % groupsPerFolder).toString(16)}`;
}

/** What the later steps need of all pages: the groups' summaries together. */
export interface SiteSummary {
  /** Each (word, reading) the pages show, once, with the first page (in file order) that shows it, in file order. */
  pairs: [key: string, urlPath: string, file: string][];
  uses: ReadingUses;
  wordsByLang: Map<string, Map<string, number>>;
}

export function mergeSummaries(summaries: readonly GroupSummary[]): SiteSummary {
  const first = new Map<string, { urlPath: string; file: string; order: number }>();
  const uses: ReadingUses = new Map();
  const wordsByLang = new Map<string, Map<string, number>>();
  let order = 0;
  for (const summary of summaries) {
    // A file's pairs are all in its group, in the order the page shows them.
    for (const [key, urlPath, file] of summary.pairs) {
      order += 1;
      const known = first.get(key);
      if (!known || file < known.file) first.set(key, { urlPath, file, order });
    }
    for (const [word, reading, count, contexts] of summary.uses) addReadingUse(uses, word, reading, count, contexts);
    for (const [lang, words] of summary.words) {
      const counts = wordsByLang.get(lang) ?? new Map<string, number>();
      for (const [word, count] of words) counts.set(word, (counts.get(word) ?? 0) + count);
      wordsByLang.set(lang, counts);
    }
  }
  const pairs = [...first]
    .sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.order - b.order))
    .map(([key, { urlPath, file }]): [string, string, string] => [key, urlPath, file]);
  return { pairs, uses, wordsByLang };
}

export class PostbuildCache {
  readonly #dir: string;
  readonly #key: string;
  /** The pages of the last build with this key (none when there was none, or its files are incomplete). */
  readonly pages: Readonly<Record<string, PageState>>;
  readonly ui: CachedUi | null;

  constructor(dir: string, key: string) {
    this.#dir = dir;
    this.#key = key;
    const read = this.#readIndex();
    this.pages = read?.pages ?? {};
    this.ui = read?.ui ?? null;
  }

  get #indexFile(): string {
    return join(this.#dir, "pages.json");
  }

  #groupFile(group: string, kind: "records" | "summary"): string {
    return join(this.#dir, "groups", kind === "records" ? `${group}.json` : `${group}.summary.json`);
  }

  #readIndex(): { pages: Record<string, PageState>; ui: CachedUi | null } | null {
    let index: IndexFile;
    try {
      index = JSON.parse(readFileSync(this.#indexFile, "utf8")) as IndexFile;
    } catch {
      // No cache, or an unreadable one: every page is processed.
      return null;
    }
    if (index.key !== this.#key) return null;
    const pages: Record<string, PageState> = {};
    for (const [file, page] of Object.entries(index.pages)) pages[file] = { ...page, policy: page.policy === null ? null : (index.policies[page.policy] ?? null) };
    // A group whose files are gone cannot be summed up again without processing its pages.
    for (const group of new Set(Object.keys(pages).map(groupOf))) {
      if (!existsSync(this.#groupFile(group, "records")) || !existsSync(this.#groupFile(group, "summary"))) return null;
    }
    return { pages, ui: index.ui };
  }

  /**
   * Writes this build's pages, and the records and summary of every group in which a page changed
   * (`changed`: the new records), appeared or went away; returns every group's summary.
   */
  update(pages: Record<string, PageState>, changed: ReadonlyMap<string, PageRecord>, ui: CachedUi): GroupSummary[] {
    const files = Object.keys(pages).sort();
    const byGroup = new Map<string, string[]>();
    for (const file of files) {
      const group = groupOf(file);
      const list = byGroup.get(group);
      if (list) list.push(file);
      else byGroup.set(group, [file]);
    }
    const dirty = new Set([...changed.keys()].map(groupOf));
    for (const file of Object.keys(this.pages)) if (!(file in pages)) dirty.add(groupOf(file));
    mkdirSync(join(this.#dir, "groups"), { recursive: true });

    const summaries: GroupSummary[] = [];
    for (const group of [...byGroup.keys()].sort()) {
      const groupFiles = byGroup.get(group)!;
      if (!dirty.has(group) && groupFiles.every((file) => file in this.pages)) {
        summaries.push(JSON.parse(readFileSync(this.#groupFile(group, "summary"), "utf8")) as GroupSummary);
        continue;
      }
      const previous = existsSync(this.#groupFile(group, "records"))
        ? (JSON.parse(readFileSync(this.#groupFile(group, "records"), "utf8")) as Record<string, PageRecord>)
        : {};
      const records: Record<string, PageRecord> = {};
      for (const file of groupFiles) {
        const record = changed.get(file) ?? previous[file];
        if (!record) throw new Error(`${file}: no result and nothing cached`);
        records[file] = record;
      }
      const summary = summarize(groupFiles, records, pages);
      writeFileSync(this.#groupFile(group, "records"), JSON.stringify(records));
      writeFileSync(this.#groupFile(group, "summary"), JSON.stringify(summary));
      summaries.push(summary);
    }
    // The files of groups the site no longer has.
    const names = new Set([...byGroup.keys()].flatMap((group) => [`${group}.json`, `${group}.summary.json`]));
    for (const name of readdirSync(join(this.#dir, "groups"))) if (!names.has(name)) rmSync(join(this.#dir, "groups", name));

    const policies = new Map<string, number>();
    const stored: IndexFile["pages"] = {};
    for (const file of files) {
      const page = pages[file]!;
      if (page.policy !== null && !policies.has(page.policy)) policies.set(page.policy, policies.size);
      stored[file] = { ...page, policy: page.policy === null ? null : policies.get(page.policy)! };
    }
    const index: IndexFile = { key: this.#key, pages: stored, policies: [...policies.keys()], ui };
    writeFileSync(this.#indexFile, JSON.stringify(index));
    return summaries;
  }
}

/** A group's records (files in order) taken together; `pages` names each one's index language. */
export function summarize(files: readonly string[], records: Readonly<Record<string, PageRecord>>, pages: Readonly<Record<string, PageState>>): GroupSummary {
  const pairs: GroupSummary["pairs"] = [];
  const seen = new Set<string>();
  const uses: ReadingUses = new Map();
  const words = new Map<string, Map<string, number>>();
  for (const file of files) {
    const record = records[file]!;
    for (const key of [...record.readings.map(([word, reading]) => pairKey({ word, reading })), ...record.otherPairs]) {
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([key, record.urlPath, file]);
    }
    for (const [word, reading, count, contexts] of record.readings) addReadingUse(uses, word, reading, count, contexts);
    const lang = pages[file]?.searchLang;
    if (lang) {
      const counts = words.get(lang) ?? new Map<string, number>();
      for (const [word, count] of record.words) counts.set(word, (counts.get(word) ?? 0) + count);
      words.set(lang, counts);
    }
  }
  return {
    pairs,
    uses: [...uses].flatMap(([word, readings]) => [...readings].map(([reading, { count, contexts }]): ReadingUse => [word, reading, count, [...contexts]])),
    words: [...words].map(([lang, counts]) => [lang, [...counts]]),
  };
}
