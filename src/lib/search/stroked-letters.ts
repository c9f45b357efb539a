/**
 * Latin letters with a stroke (đ, ł, ø, ħ…) are letters of their own to Unicode, not a base letter and a
 * mark, so Pagefind, which drops marks from words on both sides, does not find "đăng nhập" by "dang nhap",
 * the way Vietnamese readers often type it. The build writes each such letter into the index copy as its
 * base letter followed by a combining stroke (`strokeMark`), and the results page writes the query the
 * same way: Pagefind drops the mark, so both hold "dang", and a query typed with đ still matches its exact
 * form best. Titles and excerpts from the index get their letter back (`unmarkStrokedLetters`).
 * No word lists, no language names: only the letters below. Small and import-free: the results page runs it.
 */

/** COMBINING SHORT STROKE OVERLAY: a mark (Pagefind drops it) that looks like the stroke it stands for. */
export const strokeMark = "\u0335";

/** Each stroked letter and the base letter readers type for it (one letter per base: the page gets it back). */
const baseOf: Readonly<Record<string, string>> = {
  đ: "d", Đ: "D", ł: "l", Ł: "L", ø: "o", Ø: "O", ħ: "h", Ħ: "H",
  ŧ: "t", Ŧ: "T", ƀ: "b", Ƀ: "B", ɨ: "i", Ɨ: "I", ƶ: "z", Ƶ: "Z", ǥ: "g", Ǥ: "G",
};
const letterOf = new Map(Object.entries(baseOf).map(([letter, base]) => [base + strokeMark, letter]));

const stroked = new RegExp(`[${Object.keys(baseOf).join("")}]`, "gu");
const marked = new RegExp(`[${[...new Set(Object.values(baseOf))].join("")}]${strokeMark}`, "gu");

/** The letter as readers type it without its stroke: "đổi" → "dổi" (other marks are left to NFD). */
export function foldStrokedLetters(text: string): string {
  return text.replace(stroked, (letter) => baseOf[letter]!);
}

/** Each stroked letter as its base letter and `strokeMark`: "đăng" → "d\u0335ăng". */
export function markStrokedLetters(text: string): string {
  return text.replace(stroked, (letter) => baseOf[letter]! + strokeMark);
}

/** The text nodes of an HTML fragment with their stroked letters marked; tags and attributes (filters) as they are. */
export function markStrokedLettersInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_match, text: string) => `>${markStrokedLetters(text)}<`);
}

/** Text from the index (a title, an excerpt) with its stroked letters as the page writes them. */
export function unmarkStrokedLetters(text: string): string {
  return text.includes(strokeMark) ? text.replace(marked, (pair) => letterOf.get(pair) ?? pair) : text;
}
