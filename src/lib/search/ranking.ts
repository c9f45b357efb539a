/**
 * Pagefind's ranking options (Pagefind 1.6 `options({ ranking })`), set by the results page. Chosen from
 * `npm run search:eval -- --ranking '{…}'` over the 143-row query table (2026-12-01, all languages'
 * success@1): defaults 94.4 %; pageLength 0 / 0.25 / 0.5 / 1: 93.7 / 93.7 / 94.4 / 92.3 %; termFrequency
 * 0.5 / 0: 93.0 / 90.9 %; termSaturation 0.8 / 2: 93.7 / 93.0 %. None beat Pagefind's defaults
 * (termFrequency 1, pageLength 0.75, termSaturation 1.4, termSimilarity 1, metaWeights { title: 5 }), so
 * none are overridden; the ordering that matters here is done by the results page (problem phrases, titles).
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
