/**
 * Katakana loanwords: a word readers may not know gets an explanation in brackets the first time it
 * appears in a file (プライマリーメール（いちばん大事なメールアドレス）). Common words are allowed, and so are
 * compounds of them (メールアドレス = メール + アドレス).
 */
import { isExplainedAt, type Finding } from "./finding.ts";

const katakanaRun = /[ァ-ヺー]{2,}/g;

/** True when the word splits into allowed words. */
function isAllowed(word: string, allow: ReadonlySet<string>): boolean {
  const fits: boolean[] = [true];
  for (let end = 1; end <= word.length; end += 1) {
    fits[end] = [...Array(end).keys()].some((start) => fits[start] === true && allow.has(word.slice(start, end)));
  }
  return fits[word.length] === true;
}

/**
 * Loanwords that are neither allowed nor explained. `explained` holds the words already explained (or
 * already reported) earlier in the same file and is updated, so one file is checked in order, text by text.
 */
export function findUnexplainedKatakana(text: string, allow: ReadonlySet<string>, explained: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(katakanaRun)) {
    const word = match[0];
    if (isAllowed(word, allow) || explained.has(word)) continue;
    if (isExplainedAt(text, match.index + word.length)) {
      explained.add(word);
      continue;
    }
    // One report per word and file: the fix is to explain it once.
    explained.add(word);
    findings.push({
      index: match.index,
      length: word.length,
      message: `"${word}" is a loanword readers may not know: explain it in （） the first time, or add it to katakanaAllow`,
    });
  }
  return findings;
}
