/**
 * Pagefind lists only pages that have every word of the query, so one word the site does not use
 * ("sign in with facebook fails") empties the list. The results page then searches with fewer words and
 * says which ones it used. `count` runs a search and returns how many pages it found; it is injected so
 * this runs (and is tested) without Pagefind.
 */

/**
 * The query with its words separated by spaces. Japanese is typed without them (退会したい): the browser's
 * own word segmenter (Intl.Segmenter) splits it, so a word the site does not use (したい) can be left out.
 */
export function spacedWords(query: string, lang: string): string {
  if (query.includes(" ") || typeof Intl.Segmenter !== "function") return query;
  const segments = [...new Intl.Segmenter(lang, { granularity: "word" }).segment(query)];
  return segments.filter((segment) => segment.isWordLike).map((segment) => segment.segment).join(" ") || query;
}

/** Longer queries (a pasted dialog) are not worth a search per word; Pagefind copes with those itself. */
export const maxWordsToRelax = 8;

/**
 * The query with as few words left out as it takes to find something, or null when no shorter query finds
 * anything (or the query is one word). Words that find nothing on their own go first; then the most common
 * word whose removal finds something.
 */
export async function fewerWordsQuery(query: string, count: (query: string) => Promise<number>): Promise<string | null> {
  const words = query.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > maxWordsToRelax) return null;
  const alone = await Promise.all(words.map((word) => count(word)));
  let kept = words.filter((_, i) => alone[i]! > 0);
  if (kept.length === 0) return null;
  if (kept.length < words.length && (await count(kept.join(" "))) > 0) return kept.join(" ");
  const hitsAlone = (word: string) => alone[words.indexOf(word)]!;
  while (kept.length > 1) {
    // The most common word says least about the problem ("with", "đã"): leave it out first.
    const byCommonness = [...kept].sort((a, b) => hitsAlone(b) - hitsAlone(a));
    for (const word of byCommonness) {
      const candidate = kept.filter((other) => other !== word);
      if ((await count(candidate.join(" "))) > 0) return candidate.join(" ");
    }
    // Nothing yet: leave out the word that is rarest on its own, and try again with one word fewer.
    const rarest = kept.reduce((low, word, i) => (hitsAlone(word) < hitsAlone(kept[low]!) ? i : low), 0);
    kept = kept.filter((_, i) => i !== rarest);
  }
  return kept[0] ?? null;
}
