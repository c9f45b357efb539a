/**
 * Turns Pagefind results into what the results page shows: one link per page, pointing at the
 * section or step that matched, in the reader's locale, with troubleshooters for the reader's problem first.
 */
import { isLocale, type Locale } from "../i18n/locales.ts";

/** The parts of Pagefind's result data we use (see pagefind.js `loadFragment`). */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: WeightedLocation[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface ResultTarget {
  url: string;
  /** Heading of the matching section, when the link goes to one. */
  sectionTitle: string | null;
  /** Pagefind's excerpt: page text, HTML-escaped by Pagefind, with matches in `<mark>`. */
  excerpt: string;
}

/** The page's own heading anchor: linking there is the same as linking to the page. */
const pageTopAnchor = "top";

function subResultScore(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

function anchorOf(url: string): string | null {
  const hash = url.indexOf("#");
  return hash === -1 ? null : url.slice(hash + 1);
}

/**
 * Picks where a result links: the section (a `<Section>` question or a `<Step>`) holding the strongest
 * matches, or the page itself when the match is in its title or introduction.
 */
export function pickResultTarget(data: PagefindResultData): ResultTarget {
  let best: PagefindSubResult | null = null;
  for (const sub of data.sub_results) {
    if (best === null || subResultScore(sub) > subResultScore(best)) best = sub;
  }
  const anchor = best ? anchorOf(best.url) : null;
  if (!best || anchor === null || anchor === pageTopAnchor) {
    return { url: data.url, sectionTitle: null, excerpt: best?.excerpt || data.excerpt };
  }
  return { url: best.url, sectionTitle: best.title, excerpt: best.excerpt };
}

/**
 * The URL of a result in the reader's locale. Easy Japanese and languages without their own index
 * search another language's pages; the same path under the reader's locale shows that page
 * (in the reader's language when it exists, else as a fallback), so readers stay in their language.
 */
export function localizeResultUrl(url: string, locale: Locale): string {
  const match = /^\/([^/]+)(\/.*)$/.exec(url);
  if (!match || !isLocale(match[1])) return url;
  return `/${locale}${match[2]}`;
}

/** The path of a URL without its query and anchor, for comparing pages. */
export function pagePath(url: string): string {
  return url.replace(/[?#].*$/, "");
}

/**
 * Moves results whose page is in `preferredPaths` to the front, in that order, keeping the rest
 * in Pagefind's order.
 */
export function promoteResults<T>(results: T[], pathOf: (result: T) => string, preferredPaths: string[]): T[] {
  const rank = (result: T) => {
    const index = preferredPaths.indexOf(pagePath(pathOf(result)));
    return index === -1 ? preferredPaths.length : index;
  };
  return results
    .map((result, position) => ({ result, position, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((entry) => entry.result);
}

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => entities[name]!);
}

/**
 * Splits a Pagefind excerpt into plain text and highlighted matches. The page renders the parts as text
 * nodes and `<mark>` elements, so no excerpt (and no query) is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), highlighted: false });
    parts.push({ text: decodeEntities(match[1]!), highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), highlighted: false });
  return parts;
}
