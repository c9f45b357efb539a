/** A problem found in a piece of text: where it is (code-unit index and length) and what to do. */
export interface Finding {
  index: number;
  length: number;
  message: string;
}

/**
 * True when the word ending at `end` is followed by an explanation in brackets: 申請（申し込むこと）, also
 * after a closing quote: 「マイページ」（あなたのページ）.
 */
export function isExplainedAt(text: string, end: number): boolean {
  return /^[」』］】]*[（(]/.test(text.slice(end));
}
