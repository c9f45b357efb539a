/**
 * The readings ledger (`content/furigana/readings.yaml`): every distinct (word, reading) pair the build
 * puts on the site, one line each, sorted, with the number of pages and the first page it is on. A page
 * that gets a pair the ledger lacks fails the build, so every reading change shows in a diff an editor
 * reviews. Pure: parsing, checking and writing the file's text.
 */
import { contentPath } from "../content-paths.ts";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { hasKanji } from "./kana.ts";

/** `content/furigana/readings.yaml` of the content root. */
export const defaultLedgerPath = (): string => contentPath("furiganaLedger");

export interface LedgerEntry {
  word: string;
  reading: string;
  /** How many Japanese pages show the pair. */
  pages: number;
  /** The first of those pages (site path), where an editor can see it. */
  first: string;
  /** Line in the ledger file (1-based); 0 for entries not read from a file. */
  line: number;
}

export function pairKey(pair: { word: string; reading: string }): string {
  return `${pair.word}\t${pair.reading}`;
}

const hiragana = /^[\u3041-\u309Fー]+$/u;

/** Entries and the problems that make the file unusable (each with its line). */
export function parseLedger(text: string, path: string = defaultLedgerPath()): { entries: LedgerEntry[]; problems: string[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const problems = document.errors.map((error) => `${path}:${error.linePos?.[0].line ?? 1}: ${error.message}`);
  const entries: LedgerEntry[] = [];
  const seen = new Map<string, number>();
  if (document.contents === null) return { entries, problems };
  if (!isSeq(document.contents)) return { entries, problems: [...problems, `${path}:1: expected a list of "- { word, reading }" lines`] };
  for (const item of document.contents.items) {
    const line = lineCounter.linePos(isMap(item) ? (item.range?.[0] ?? 0) : 0).line;
    const value = (isMap(item) ? item.toJSON() : {}) as Record<string, unknown>;
    const word = typeof value["word"] === "string" ? value["word"] : "";
    const reading = typeof value["reading"] === "string" ? value["reading"] : "";
    const where = `${path}:${line}`;
    if (word === "") problems.push(`${where}: the entry has no word`);
    else if (!hasKanji(word)) problems.push(`${where}: "${word}" has no kanji, so it needs no reading`);
    if (reading === "") problems.push(`${where}: "${word}" has an empty reading`);
    else if (!hiragana.test(reading)) problems.push(`${where}: "${word}": reading "${reading}" must be hiragana only`);
    const key = pairKey({ word, reading });
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${where}: "${word}" → "${reading}" is already on line ${earlier}`);
    seen.set(key, line);
    entries.push({ word, reading, pages: Number(value["pages"] ?? 0), first: String(value["first"] ?? ""), line });
  }
  return { entries, problems };
}

/** A pair as the build saw it: on which page, in which sentence (for the failure message). */
export interface SeenPair {
  word: string;
  reading: string;
  page: string;
  sentence: string;
}

export interface LedgerCheck {
  /** Pairs on the site that the ledger lacks: the build fails. */
  missing: string[];
  /** Ledger lines no page uses any more: a warning; `npm run furigana:update` removes them. */
  unused: string[];
}

export function checkAgainstLedger(seen: readonly SeenPair[], entries: readonly LedgerEntry[], path: string = defaultLedgerPath()): LedgerCheck {
  const known = new Set(entries.map(pairKey));
  const used = new Set(seen.map(pairKey));
  const reported = new Set<string>();
  const missing: string[] = [];
  for (const pair of seen) {
    const key = pairKey(pair);
    if (known.has(key) || reported.has(key)) continue;
    reported.add(key);
    missing.push(`${pair.page}: "${pair.word}" read "${pair.reading}" is not in ${path}, in: ${pair.sentence}`);
  }
  const unused = entries
    .filter((entry) => !used.has(pairKey(entry)))
    .map((entry) => `${path}:${entry.line}: "${entry.word}" → "${entry.reading}" is on no page any more`);
  return { missing, unused };
}

const header = [
  "# Readings ledger: every (word, reading) pair the site shows with furigana, one per line, sorted.",
  "# Written by `npm run furigana:update`; an editor reviews every added or changed line in the diff.",
  "# A wrong reading is fixed in content/furigana/words.yaml or content/furigana/context.yaml, never here.",
  "# pages: how many Japanese pages show the pair; first: the first of them, to see it in context.",
];

function quote(text: string): string {
  return /^[\p{L}\p{N}ー々〆ヶヵ]+$/u.test(text) ? text : JSON.stringify(text);
}

/** The ledger's text for the pairs the site shows now: sorted by word, then reading (code points). */
export function writeLedger(seen: readonly SeenPair[]): string {
  const byKey = new Map<string, { word: string; reading: string; pages: Set<string> }>();
  for (const pair of seen) {
    const key = pairKey(pair);
    const entry = byKey.get(key) ?? { word: pair.word, reading: pair.reading, pages: new Set<string>() };
    entry.pages.add(pair.page);
    byKey.set(key, entry);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [...byKey.values()]
    .sort((a, b) => compare(a.word, b.word) || compare(a.reading, b.reading))
    .map((entry) => {
      const first = [...entry.pages].sort(compare)[0] ?? "";
      return `- { word: ${quote(entry.word)}, reading: ${quote(entry.reading)}, pages: ${entry.pages.size}, first: ${first} }`;
    });
  return `${[...header, ...lines].join("\n")}\n`;
}
