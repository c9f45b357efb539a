import { alignReading } from "./align.ts";
import { hasKanji } from "./kana.ts";
import type { RubySegment } from "./segments.ts";

/** Word → reading in hiragana, from `content/furigana-overrides.yaml`. */
export type OverrideDictionary = Readonly<Record<string, string>>;

/** A stretch of text: either fixed by an override (segments ready) or left for the analyzer. */
export type OverridePart = { text: string; segments: RubySegment[] } | { text: string; segments?: undefined };

/**
 * Problems in an override dictionary, one message per entry: a key without kanji has nothing to annotate,
 * and a reading that does not contain the word's kana (大人の方 → おとなのかた keeps the の) cannot be aligned.
 */
export function checkOverrides(dictionary: OverrideDictionary): string[] {
  const problems: string[] = [];
  for (const [word, reading] of Object.entries(dictionary)) {
    if (!hasKanji(word)) problems.push(`"${word}": has no kanji, so it needs no reading`);
    else if (!/^[\u3041-\u309Fー]+$/u.test(reading)) problems.push(`"${word}": reading "${reading}" must be hiragana only`);
    else if (alignReading(word, reading).every((segment) => segment.reading === undefined)) {
      problems.push(`"${word}": reading "${reading}" does not fit the kana in the word`);
    }
  }
  return problems;
}

/** Cuts text at override words, longest match first at each position; the rest goes to the analyzer. */
export function splitByOverrides(text: string, dictionary: OverrideDictionary): OverridePart[] {
  const wordsByFirstChar = new Map<string, string[]>();
  for (const word of Object.keys(dictionary).sort((a, b) => b.length - a.length)) {
    const first = word[0] ?? "";
    wordsByFirstChar.set(first, [...(wordsByFirstChar.get(first) ?? []), word]);
  }
  const parts: OverridePart[] = [];
  let pending = "";
  let position = 0;
  while (position < text.length) {
    const candidates = wordsByFirstChar.get(text[position] ?? "") ?? [];
    const word = candidates.find((candidate) => text.startsWith(candidate, position));
    if (word === undefined) {
      pending += text[position];
      position += 1;
      continue;
    }
    if (pending) parts.push({ text: pending });
    pending = "";
    parts.push({ text: word, segments: alignReading(word, dictionary[word] ?? "") });
    position += word.length;
  }
  if (pending) parts.push({ text: pending });
  return parts;
}
