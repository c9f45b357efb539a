/**
 * Furigana for search results from the readings the build gave the result's own page. The page pass lists,
 * in page order, every kanji run of the text Pagefind indexes with the reading it shows there (or none);
 * the list travels in the page's index metadata (`readings`), outside what is searched. The results page
 * finds a title, section label or excerpt in the page's indexed content and takes the readings of the
 * same words at the same place: nothing is read out of context, and what cannot be matched gets no ruby.
 */
import { isKanjiLike } from "./kana.ts";
import type { RubySegment } from "./ruby-segment.ts";

/** A kanji run of the indexed text and the reading the page shows for it (none: shown without ruby). */
export type IndexedReading = [text: string, reading?: string];

/** The name of the index metadata that holds a page's readings. */
export const readingsMetaKey = "readings";

/** The kanji runs of annotated texts, in order, for the index metadata. */
export function indexedReadings(texts: readonly (readonly RubySegment[])[]): IndexedReading[] {
  const readings: IndexedReading[] = [];
  for (const segments of texts) {
    for (const segment of segments) {
      if (segment.reading !== undefined) readings.push([segment.text, segment.reading]);
      else for (const run of kanjiRuns(segment.text)) readings.push([run]);
    }
  }
  return readings;
}

function kanjiRuns(text: string): string[] {
  const runs: string[] = [];
  let run = "";
  for (const char of text + " ") {
    if (isKanjiLike(char)) run += char;
    else if (run) {
      runs.push(run);
      run = "";
    }
  }
  return runs;
}

/** Pagefind separates words with spaces and zero-width spaces the page does not have: matching leaves them out. */
const wordBreak = /[\s\u200B]/u;

/** A page's indexed content without word breaks, and where each reading sits in it. */
export interface ContentReadings {
  text: string;
  spans: { start: number; end: number; reading: string }[];
}

/** Places a page's readings in its indexed content (Pagefind's `content`), each after the one before. */
export function readingsInContent(content: string, readings: readonly IndexedReading[]): ContentReadings {
  const text = [...content].filter((char) => !wordBreak.test(char)).join("");
  const spans: ContentReadings["spans"] = [];
  let cursor = 0;
  for (const [word, reading] of readings) {
    const start = text.indexOf(word, cursor);
    if (start < 0) continue;
    if (reading !== undefined) spans.push({ start, end: start + word.length, reading });
    cursor = start + word.length;
  }
  return { text, spans };
}

/** A stretch of shown text: highlighted (a search match) or not. */
export interface TextPart {
  text: string;
  highlighted: boolean;
}

/** Shown text with its reading, when it is a word that has one; its parts keep the highlighting. */
export interface ReadPart {
  parts: TextPart[];
  reading?: string;
}

function appendPart(parts: TextPart[], text: string, highlighted: boolean): void {
  const last = parts.at(-1);
  if (last && last.highlighted === highlighted) last.text += text;
  else parts.push({ text, highlighted });
}

/**
 * Text from the index (a title, a section title, an excerpt with its highlighted words) with the page's
 * readings, or null when it is not in the page's content. A word the text cuts at its start or end is
 * completed from the page, so every word shown is a whole word with its reading.
 */
export function readText(parts: readonly TextPart[], page: ContentReadings): ReadPart[] | null {
  const chars = parts.flatMap((part) => [...part.text].map((char) => ({ char, highlighted: part.highlighted })));
  const letters = chars.filter(({ char }) => !wordBreak.test(char)).map(({ char }) => char).join("");
  const start = letters ? page.text.indexOf(letters) : -1;
  if (start < 0) return null;
  const read: ReadPart[] = [];
  let position = start;
  let current: ReadPart | undefined;
  let span: ContentReadings["spans"][number] | undefined;
  for (const { char, highlighted } of chars) {
    if (!wordBreak.test(char)) {
      const at = page.spans.find((candidate) => candidate.start <= position && position < candidate.end);
      if (!current || at !== span) {
        current = at ? { parts: [], reading: at.reading } : { parts: [] };
        // A word the text cuts at its start: its first characters from the page.
        if (at && at.start < position) appendPart(current.parts, page.text.slice(at.start, position), false);
        span = at;
        read.push(current);
      }
      position += 1;
    } else if (!current) {
      current = { parts: [] };
      read.push(current);
    }
    appendPart(current.parts, char, highlighted);
  }
  // A word the text cuts at its end: its last characters from the page.
  if (current && span && span.end > position) appendPart(current.parts, page.text.slice(position, span.end), false);
  return read;
}
