/**
 * Whether a hand-typed link text is, or looks like, a page title. Titles are compared after the
 * differences a reader does not see as another title are removed (width, case, spacing, quotation
 * marks, a closing question mark or full stop); "looks like" is a character-bigram Dice score, which
 * treats Japanese (no spaces) and English or Vietnamese alike.
 */

export interface KnownTitle {
  title: string;
  /** What the link should be instead: `<ArticleLink id="…" />` or `<TroubleshooterLink slug="…" />`. */
  component: string;
  /** `article:<id>` or `troubleshooter:<slug>`. */
  target: string;
}

/** From this score up, a text that is not a title reads as a misquoted one. */
export const lookalikeScore = 0.75;

export function normalizeTitle(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[「」『』“”"«»]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?？。.!！]+$/, "")
    .trim();
}

function bigrams(text: string): string[] {
  const characters = [...text];
  return characters.slice(0, -1).map((character, index) => character + characters[index + 1]);
}

/** Dice coefficient of the two texts' character bigrams (1 = same bigrams, 0 = none shared). */
export function titleSimilarity(a: string, b: string): number {
  const left = bigrams(normalizeTitle(a));
  const right = bigrams(normalizeTitle(b));
  if (left.length === 0 || right.length === 0) return normalizeTitle(a) === normalizeTitle(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const pair of left) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of right) {
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

export type TitleMatch = { kind: "exact"; title: KnownTitle } | { kind: "lookalike"; title: KnownTitle; score: number } | { kind: "none"; closest: KnownTitle | undefined };

/**
 * The title a text is, else the one it most looks like (`lookalike` from `lookalikeScore` up). The titles
 * of `target` (the page the link opens) come first: an article and a troubleshooter may share a title.
 */
export function matchTitle(text: string, titles: readonly KnownTitle[], target?: string): TitleMatch {
  const ordered = [...titles.filter((known) => known.target === target), ...titles.filter((known) => known.target !== target)];
  const normalized = normalizeTitle(text);
  const exact = ordered.find((known) => normalizeTitle(known.title) === normalized);
  if (exact) return { kind: "exact", title: exact };
  const scored = ordered.map((known) => ({ title: known, score: titleSimilarity(text, known.title) }));
  const own = scored.filter(({ title }) => title.target === target && target !== undefined);
  const best = [...own, ...scored].reduce<(typeof scored)[number] | undefined>((kept, candidate) => (!kept || candidate.score > kept.score ? candidate : kept), undefined);
  const ownBest = own.reduce<(typeof scored)[number] | undefined>((kept, candidate) => (!kept || candidate.score > kept.score ? candidate : kept), undefined);
  if (ownBest && ownBest.score >= lookalikeScore) return { kind: "lookalike", ...ownBest };
  if (best && best.score >= lookalikeScore) return { kind: "lookalike", ...best };
  return { kind: "none", closest: best && best.score >= 0.5 ? best.title : undefined };
}
