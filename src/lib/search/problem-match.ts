/**
 * Matching a query against troubleshooters' problem phrases. Kept free of zod and YAML (which parse
 * the phrases file at build time, in `problems.ts`) because the search page runs it in the browser.
 */
import { foldStrokedLetters } from "./stroked-letters.ts";

export interface LocalizedProblem {
  slug: string;
  phrases: string[];
}

/**
 * Text as readers may type it for the same thing: NFKC, lower case, Latin letters without their marks
 * (Vietnamese typed without diacritics: "xoa tai khoan" for "xóa tài khoản"), stroked letters as their
 * base letter (đ as d, `stroked-letters.ts`), and katakana as hiragana (ろぐいん for ログイン). Marks on other scripts (the dakuten of ド) are kept.
 */
export function foldLetters(text: string): string {
  const withoutMarks = text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC");
  return foldStrokedLetters(withoutMarks).replace(/[\u30a1-\u30f6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60));
}

/**
 * Letters and digits only, folded: "Can't log-in" and "cant login" compare equal, and so do
 * ログイン できない and ログインできない, or ろぐいんできない. Works the same for every script, with no word list.
 */
export function foldForComparison(text: string): string {
  return foldLetters(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

function trigrams(folded: string): Set<string> {
  const chars = [...folded];
  if (chars.length < 3) return new Set(chars.length ? [folded] : []);
  const result = new Set<string>();
  for (let i = 0; i < chars.length - 2; i++) result.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return result;
}

/**
 * Dice coefficient over character triples: 1 for the same text, tolerant of a typo or an extra word,
 * and (unlike pairs) sensitive enough to word order that "reset password" is not "app password reset".
 */
export function phraseSimilarity(a: string, b: string): number {
  return dice(trigrams(foldForComparison(a)), trigrams(foldForComparison(b)));
}

function dice(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const triple of left) if (right.has(triple)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/**
 * How close a query must be to a phrase: close enough for a typo or an extra "I", not so loose that
 * "reset password" picks "app password reset", パスワードを忘れた picks アプリのパスワードを忘れた,
 * or "login" picks "can't log in".
 */
export const problemMatchThreshold = 0.78;

interface Folded {
  folded: string;
  triples: Set<string>;
}

const fold = (text: string): Folded => {
  const folded = foldForComparison(text);
  return { folded, triples: trigrams(folded) };
};

/**
 * How well a query describes a phrase's problem: their similarity, except that a phrase holding the whole
 * query and more is a more specific problem (パスワードを忘れました is not アプリのパスワードを忘れました).
 */
function problemScore(query: Folded, phrase: Folded): number {
  if (phrase.folded !== query.folded && phrase.folded.includes(query.folded)) return 0;
  return dice(query.triples, phrase.triples);
}

/**
 * Troubleshooters whose phrases the query resembles, closest first. `variants` are other wordings of the
 * query (synonyms, see `rewording.ts`); the closest of them counts. Each wording and phrase is folded once:
 * a query with many rewordings is compared with every phrase.
 */
export function matchProblems(query: string, problems: LocalizedProblem[], variants: readonly string[] = []): string[] {
  const wordings = [...new Set([query, ...variants])].map(fold);
  return problems
    .map((problem) => ({
      slug: problem.slug,
      score: Math.max(0, ...problem.phrases.map(fold).flatMap((phrase) => wordings.map((wording) => problemScore(wording, phrase)))),
    }))
    .filter((candidate) => candidate.score >= problemMatchThreshold)
    .sort((a, b) => b.score - a.score)
    .map((candidate) => candidate.slug);
}
