/** A stretch of text and, on a run of kanji, its reading. The one type islands, the build and the client share. */
export interface RubySegment {
  text: string;
  /** Hiragana reading; only on a run of kanji (or a number with its counter, read as one word: 1日 ついたち). */
  reading?: string;
}
