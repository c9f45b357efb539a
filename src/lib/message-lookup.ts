/**
 * The message look-up: finds the screen texts a reader types or pastes, in part, with or without
 * spaces, in kanji, hiragana, katakana, romaji or the product's English words. Pure, for the build
 * (which writes each entry's keys into the page) and the page script (which only reads the query).
 *
 * Romaji and kana cannot match kanji by themselves, so every entry also carries the reading of its
 * Japanese text, made by the build's furigana reader (`src/lib/furigana/reader.ts`); the browser never
 * guesses a reading.
 */
import { toHiragana } from "wanakana";

/** Spaces, punctuation and symbols (「」、。→ - …) carry no meaning a reader would search for. */
const ignored = /[\s\p{P}\p{S}]/gu;
const latinLetter = /[a-z]/u;

/** Accents on Latin letters (Vietnamese đặt is typed dat on many keyboards); the marks of kana (が) are kept. */
const latinAccents = /(?<=[a-z])\p{M}+/gu;

/**
 * One comparable form of a text: full-width letters made plain (NFKC), lower case, accents on Latin
 * letters dropped, spaces and punctuation dropped, katakana as hiragana and ー as the vowel it
 * lengthens (メール → めえる, as romaji "meeru" becomes).
 */
export function lookupKey(text: string): string {
  const plain = text.normalize("NFKC").toLowerCase().normalize("NFD").replace(latinAccents, "").normalize("NFC").replaceAll("đ", "d");
  return toHiragana(plain.replace(ignored, ""), { passRomaji: true });
}

/** The forms of one piece of a query: as typed, and, when it has Latin letters, read as romaji. */
function forms(piece: string): string[] {
  const key = lookupKey(piece);
  if (key === "") return [];
  if (!latinLetter.test(key)) return [key];
  const kana = toHiragana(key);
  return kana === key ? [key] : [key, kana];
}

export interface LookupQuery {
  /** The whole query without its spaces, in each of its forms. */
  whole: string[];
  /** Each word of the query, in each of its forms. */
  words: string[][];
}

/** The query a reader typed, or null when it has nothing to look for. */
export function lookupQuery(input: string): LookupQuery | null {
  const whole = forms(input);
  if (whole.length === 0) return null;
  const words = input
    .split(/[\s\u3000]+/u)
    .map(forms)
    .filter((word) => word.length > 0);
  return { whole, words };
}

/** How well an entry's keys fit the query: 3 one key is the query, 2 one key holds it, 1 its words are all there, 0 no match. */
export function matchScore(keys: readonly string[], query: LookupQuery): number {
  if (query.whole.some((form) => keys.includes(form))) return 3;
  if (query.whole.some((form) => keys.some((key) => key.includes(form)))) return 2;
  const everyWord = query.words.every((word) => word.some((form) => keys.some((key) => key.includes(form))));
  return everyWord ? 1 : 0;
}

/** The entries that match `input`, best first (entries that fit equally keep their order). */
export function lookUp<T extends { keys: readonly string[] }>(entries: readonly T[], input: string): T[] {
  const query = lookupQuery(input);
  if (!query) return [...entries];
  return entries
    .map((entry, index) => ({ entry, index, score: matchScore(entry.keys, query) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((scored) => scored.entry);
}
