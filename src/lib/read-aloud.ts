/**
 * Read-aloud: one block of page text, as pieces, cut into the sentences the browser speaks one by one.
 * A piece is plain text (shown as it is spoken) or a word with its reading from the build's ruby
 * (shown in kanji, spoken as the furigana say). Pure, so the page script only walks the DOM.
 */

export interface TextPiece {
  /** The text on the screen. */
  shown: string;
  /** What the voice says: the reading of a word with ruby, else the text itself. */
  spoken: string;
  /** False for a word with a reading: a sentence never ends inside it. */
  breakable: boolean;
}

export interface PiecePosition {
  piece: number;
  /** Offset in the piece's `shown` text. */
  offset: number;
}

export interface Sentence {
  start: PiecePosition;
  end: PiecePosition;
  shown: string;
  spoken: string;
}

/** A sentence ends after 。！？ (or . ! ? followed by a space), with any closing quotation marks or brackets. */
const sentenceEnd = /(?:[。！？]+|[.!?]+(?=\s|$))[」』）)"”’]*/gu;

const tidy = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** The sentences of one block, in order; sentences with nothing to say are left out. */
export function sentencesOf(pieces: readonly TextPiece[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence | null = null;
  const add = (piece: number, from: number, to: number, shown: string, spoken: string): void => {
    current ??= { start: { piece, offset: from }, end: { piece, offset: to }, shown: "", spoken: "" };
    current.end = { piece, offset: to };
    current.shown += shown;
    current.spoken += spoken;
  };
  const flush = (): void => {
    if (current && tidy(current.spoken) !== "") sentences.push({ ...current, shown: tidy(current.shown), spoken: tidy(current.spoken) });
    current = null;
  };
  pieces.forEach((piece, index) => {
    if (!piece.breakable) {
      add(index, 0, piece.shown.length, piece.shown, piece.spoken);
      return;
    }
    let from = 0;
    for (const match of piece.shown.matchAll(sentenceEnd)) {
      const to = match.index + match[0].length;
      const text = piece.shown.slice(from, to);
      add(index, from, to, text, text);
      flush();
      from = to;
    }
    if (from < piece.shown.length) {
      const rest = piece.shown.slice(from);
      add(index, from, piece.shown.length, rest, rest);
    }
  });
  flush();
  return sentences;
}
