import { alignReading } from "./align.ts";
import { hasKanji } from "./kana.ts";

/** Word → reading in hiragana, from `content/furigana/words.yaml`. */
export type OverrideDictionary = Readonly<Record<string, string>>;

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
