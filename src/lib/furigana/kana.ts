/**
 * Character classes for furigana. "Kanji-like" includes the iteration mark 々, 〆, 〇 and the small
 * ヶ/ヵ counters (一ヶ月), which take their reading from the word they sit in.
 */
const kanjiLike = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}々〆〇ヶヵ]/u;

export function isKanjiLike(char: string): boolean {
  return kanjiLike.test(char);
}

export function hasKanji(text: string): boolean {
  for (const char of text) if (isKanjiLike(char)) return true;
  return false;
}

const katakanaStart = 0x30a1;
const katakanaEnd = 0x30f6;
const kanaShift = 0x30a1 - 0x3041;

/** Katakana to hiragana; every other character (ー, Latin, kanji) is kept as it is. */
export function toHiragana(text: string): string {
  let result = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    result += code >= katakanaStart && code <= katakanaEnd ? String.fromCodePoint(code - kanaShift) : char;
  }
  return result;
}
