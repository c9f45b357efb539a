/**
 * Difficult words from the config: each is replaced by easier words or explained in brackets the first
 * time it appears in a file (申請（申し込むこと）).
 */
import { isExplainedAt, type Finding } from "./finding.ts";

/** `explained` holds the words already explained (or reported) earlier in the file, and is updated. */
export function findUnexplainedWords(
  text: string,
  words: Readonly<Record<string, string>>,
  explained: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [word, hint] of Object.entries(words)) {
    for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + word.length)) {
      if (explained.has(word)) break;
      if (isExplainedAt(text, index + word.length)) {
        explained.add(word);
        break;
      }
      // One report per word and file: the fix is to explain it once.
      explained.add(word);
      findings.push({
        index,
        length: word.length,
        message: `"${word}" is a difficult word: say "${hint}" instead, or explain it in （） the first time`,
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
