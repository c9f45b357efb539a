import { foldLetters } from "./problem-match.ts";

/**
 * Pagefind matches word prefixes but forgives no typos ("pasword", "registred"): a misspelt word either
 * empties the results or is silently left out. When a search finds nothing, the results page searches again
 * with each unknown word replaced by the closest word of the site's own vocabulary (built from the same pages
 * as the index, added synonyms included) and says so.
 */

/** Words of an alphabetic script, lower-cased. Scripts written without spaces (Japanese) are left to Pagefind. */
export function vocabularyWords(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(/[\p{Script=Latin}\p{M}]{3,}/gu) ?? []).map((word) =>
    word.normalize("NFC"),
  );
}

/** How often each vocabulary word occurs in the texts (counts of several pages add up). */
export function vocabularyCounts(texts: Iterable<string>, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const text of texts) for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Counted words as the vocabulary: each word once, the most frequent first (so corrections prefer common words). */
export function rankVocabulary(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** Edit distance counting a swap of two neighbours as one edit; gives up (returns max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Short words allow one edit, longer ones two: "logn" → "login", "registred" → "registered". */
function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The query with every word the vocabulary lacks replaced by its closest vocabulary word, or null when
 * nothing changed (all words known, or no close word). The start of a known word counts as known:
 * Pagefind finds "passw" while the reader is still typing; so does a known word without its diacritics.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | null {
  let changed = false;
  // Vietnamese typed without diacritics ("xoa" for "xóa") is not misspelt: Pagefind finds it as it is.
  const bare = vocabulary.map(foldLetters);
  const words = query.split(" ").map((word) => {
    const folded = word.toLowerCase();
    const bareWord = foldLetters(folded);
    if (vocabularyWords(folded).join("") !== folded || bare.some((known) => known.startsWith(bareWord))) return word;
    const max = allowedEdits(folded);
    let best: { word: string; distance: number } | null = null;
    for (const candidate of vocabulary) {
      const distance = editDistance(folded, candidate, max);
      if (distance <= max && (best === null || distance < best.distance)) best = { word: candidate, distance };
      if (best?.distance === 1) break;
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(" ") : null;
}
