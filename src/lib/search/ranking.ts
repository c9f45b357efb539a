/**
 * Pagefind's ranking options (Pagefind 1.6 `options({ ranking })`), set by the results page. Chosen from
 * `npm run search:eval` runs over the query table (try others with `npm run search:eval -- --ranking '{…}'`);
 * the README's search section records the runs. Pagefind's defaults: termFrequency 1, pageLength 0.75,
 * termSaturation 1.4, termSimilarity 1, diacriticSimilarity 0.8, metaWeights { title: 5 }.
 */
export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
  diacriticSimilarity?: number;
  metaWeights?: Record<string, number>;
}

export const pagefindRanking: PagefindRanking = {};
