/**
 * Readings for text the browser renders itself (search results, island strings), taken from the
 * readings the build gave the same words on the site. The build records every annotated text; this
 * module turns those into a small dictionary (word → reading, with the neighbouring characters for the
 * few words read more than one way) and reads new text with it, longest word first. Pure and free of
 * Node and DOM APIs: the build writes the dictionary, the browser reads with it.
 */
import { isKanjiLike } from "./kana.ts";
import type { RubySegment } from "./ruby-segment.ts";

/**
 * word → its reading, or, for a word read more than one way, [most frequent reading, other readings
 * with the contexts they were seen in ("previous character" + "\u0001" + "next character")].
 */
export type ReadingDictionary = Record<string, string | [string, Record<string, string[]>]>;

const separator = "\u0001";

/** How often each (word, reading) was shown and next to which characters ("previous" + "\u0001" + "next"). */
export type ReadingUses = Map<string, Map<string, { count: number; contexts: Set<string> }>>;

/** Adds `count` uses of `word` read `reading`, next to `contexts`, to `uses` (counts of several pages add up). */
export function addReadingUse(uses: ReadingUses, word: string, reading: string, count: number, contexts: Iterable<string>): void {
  const readings = uses.get(word) ?? new Map<string, { count: number; contexts: Set<string> }>();
  const entry = readings.get(reading) ?? { count: 0, contexts: new Set<string>() };
  entry.count += count;
  for (const context of contexts) entry.contexts.add(context);
  readings.set(reading, entry);
  uses.set(word, readings);
}

/** Adds the readings of one annotated text to `uses`. */
export function countReadingUses(segments: readonly RubySegment[], uses: ReadingUses): void {
  segments.forEach((segment, index) => {
    if (segment.reading === undefined) return;
    const previous = segments[index - 1]?.text.at(-1) ?? "";
    const next = segments[index + 1]?.text[0] ?? "";
    addReadingUse(uses, segment.text, segment.reading, 1, [`${previous}${separator}${next}`]);
  });
}

/** Builds the dictionary from annotated texts: each text as written and the segments the build gave it. */
export function buildReadingDictionary(samples: Iterable<readonly [text: string, segments: readonly RubySegment[]]>): ReadingDictionary {
  const uses: ReadingUses = new Map();
  for (const [, segments] of samples) countReadingUses(segments, uses);
  return dictionaryFromUses(uses);
}

/** The dictionary for counted uses: the most used reading of each word, others with their contexts. */
export function dictionaryFromUses(uses: ReadingUses): ReadingDictionary {
  const dictionary: ReadingDictionary = {};
  for (const word of [...uses.keys()].sort()) {
    const readings = [...uses.get(word)!].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    const [first, ...others] = readings;
    if (!first) continue;
    dictionary[word] =
      others.length === 0 ? first[0] : [first[0], Object.fromEntries(others.map(([reading, entry]) => [reading, [...entry.contexts].sort()]))];
  }
  return dictionary;
}

function readingAt(entry: ReadingDictionary[string], previous: string, next: string): string {
  if (typeof entry === "string") return entry;
  const [usual, others] = entry;
  const exact = `${previous}${separator}${next}`;
  for (const [reading, contexts] of Object.entries(others)) if (contexts.includes(exact)) return reading;
  for (const [reading, contexts] of Object.entries(others)) if (contexts.some((context) => context.endsWith(`${separator}${next}`))) return reading;
  return usual;
}

/** A reader over the dictionary: text → segments, using only words the site already shows; kanji it lacks stay plain. */
export function dictionaryReader(dictionary: ReadingDictionary): (text: string) => RubySegment[] {
  const longest = new Map<string, number>();
  for (const word of Object.keys(dictionary)) {
    const first = word[0] ?? "";
    longest.set(first, Math.max(longest.get(first) ?? 0, word.length));
  }
  const digit = /[0-9０-９]/u;
  return (text) => {
    const segments: RubySegment[] = [];
    let position = 0;
    while (position < text.length) {
      const char = text[position] ?? "";
      // A word starts at a kanji, or at a digit read with its counter (1日 ついたち) but not inside a number.
      const canStart = isKanjiLike(char) || (digit.test(char) && !digit.test(text[position - 1] ?? ""));
      let length = canStart ? Math.min(longest.get(char) ?? 0, text.length - position) : 0;
      for (; length > 0; length -= 1) if (dictionary[text.slice(position, position + length)] !== undefined) break;
      if (length > 0) {
        const word = text.slice(position, position + length);
        segments.push({ text: word, reading: readingAt(dictionary[word]!, text[position - 1] ?? "", text[position + length] ?? "") });
        position += length;
        continue;
      }
      const last = segments.at(-1);
      if (last && last.reading === undefined) last.text += char;
      else segments.push({ text: char });
      position += 1;
    }
    return segments;
  };
}
