/**
 * Turns Pagefind results into what the results page shows: one link per page, pointing at the
 * section or step that matched, in the reader's locale, with troubleshooters for the reader's problem first.
 */
import { isLocale, type Locale } from "../i18n/locales.ts";
import { foldForComparison } from "./problem-match.ts";
import { queryVariants, words } from "./rewording.ts";

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
  /** The page's indexed text (Pagefind always sends it; fixtures may leave it out). */
  content?: string;
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
 * matches, or the page itself when the match is in its title or introduction. A page shows its answer
 * (the `answer` meta of an article, the text lists show) when the matched words are in it, highlighted
 * there; otherwise the words around the match, which say why the page was found.
 */
export function pickResultTarget(data: PagefindResultData): ResultTarget {
  let best: PagefindSubResult | null = null;
  for (const sub of data.sub_results) {
    if (best === null || subResultScore(sub) > subResultScore(best)) best = sub;
  }
  const anchor = best ? anchorOf(best.url) : null;
  if (!best || anchor === null || anchor === pageTopAnchor) {
    const excerpt = best?.excerpt || data.excerpt;
    const answer = data.meta["answer"];
    return { url: data.url, sectionTitle: null, excerpt: (answer !== undefined && highlightedIn(answer, excerpt)) || excerpt };
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
 * Whether a word of the query is in the title: the same word, or its start ("reset" in "resetting"). A word
 * in a script written without spaces (Japanese) must occur in the title as written.
 */
function inTitle(term: string, titleWords: string[], foldedTitle: string): boolean {
  if (!/^[\p{Script=Latin}\p{N}]+$/u.test(term)) return foldedTitle.includes(foldForComparison(term));
  return titleWords.some((word) => word === term || (term.length >= 3 && word.startsWith(term)));
}

/**
 * Whether a title answers the query by itself: every word of the query, or of one of its synonym rewordings,
 * is in the title. Japanese has no spaces, so each space-separated part must occur in the title as written.
 */
export function titleMatches(query: string, title: string, groups: readonly (readonly string[])[]): boolean {
  return titleFit(queryVariants(query, groups), title).matches;
}

/**
 * How much of a title a wording of the query that it answers leaves unsaid, in letters (the least over the
 * wordings), or null when no wording of at least two words matches the title. "quen mat khau" is in both
 * "Tôi quên tên đăng nhập hoặc mật khẩu" and "Tôi quên mật khẩu của ứng dụng điện thoại"; the second also
 * names the app, which the reader did not: the first says less besides, and answers the plainer question.
 * A one-word query ("メールアドレス") says too little to prefer any title for what it leaves out; only
 * wordings in Latin letters count (see `titleFit`).
 */
export function titleSurplus(query: string, title: string, groups: readonly (readonly string[])[]): number | null {
  return titleFit(queryVariants(query, groups), title).surplus;
}

/**
 * `titleMatches` and `titleSurplus` at once, for wordings already reworded (`queryVariants`): the results
 * page rewords the query once and compares every result's title with the same list. Rewording again per
 * title made a Burmese or Vietnamese search with many synonym groups take seconds.
 */
export function titleFit(wordings: readonly string[], title: string): { matches: boolean; surplus: number | null } {
  const titleWords = words(title);
  const foldedTitle = titleWords.join("");
  let matches = false;
  let surplus: number | null = null;
  for (const wording of wordings) {
    const terms = wording.split(" ").filter(Boolean);
    if (terms.length === 0 || !terms.every((term) => inTitle(term, titleWords, foldedTitle))) continue;
    matches = true;
    // Only Latin wordings: folding drops the vowel signs of Burmese and Devanagari (ပေါင်း and ပြောင်း fold
    // alike), and Chinese and Japanese have no words to count, so the letters left over say little there.
    if (terms.length < 2 || !terms.every((term) => latinTerm.test(term))) continue;
    const left = unsaidLetters(terms, titleWords, foldedTitle);
    surplus = surplus === null ? left : Math.min(surplus, left);
  }
  return { matches, surplus };
}

const latinTerm = /^[\p{Script=Latin}\p{N}]+$/u;

/** The letters of the title that no term covers (a Latin term covers the words it is or starts; others, where they occur). */
function unsaidLetters(terms: string[], titleWords: string[], foldedTitle: string): number {
  const covered = new Array<boolean>(foldedTitle.length).fill(false);
  for (const term of terms) {
    if (latinTerm.test(term)) {
      let start = 0;
      for (const word of titleWords) {
        if (word === term || (term.length >= 3 && word.startsWith(term))) covered.fill(true, start, start + word.length);
        start += word.length;
      }
      continue;
    }
    const folded = foldForComparison(term);
    for (let at = folded ? foldedTitle.indexOf(folded) : -1; at !== -1; at = foldedTitle.indexOf(folded, at + 1)) covered.fill(true, at, at + folded.length);
  }
  return covered.filter((isCovered) => !isCovered).length;
}

/**
 * Orders results for display: troubleshooters whose problem the query describes (`pinnedPaths`, closest
 * first), then pages whose title answers the query (`titleMatch`; among them, the title that leaves least of
 * itself unsaid, `titleSurplus`, then Pagefind's order), then Pagefind's order. In either of the
 * last two groups a troubleshooter that was not pinned never leads: it restates articles, and for a plain
 * word ("再設定") the article that answers it is the better first result.
 */
export function orderResults<T>(
  results: T[],
  options: {
    pathOf: (result: T) => string;
    pinnedPaths: string[];
    isTroubleshooter: (result: T) => boolean;
    titleMatch?: (result: T) => boolean;
    /** Among title matches, lower first (`titleSurplus`); null keeps Pagefind's place after those with one. */
    titleSurplus?: (result: T) => number | null;
  },
): T[] {
  const pinRank = (result: T) => options.pinnedPaths.indexOf(pagePath(options.pathOf(result)));
  const pinned = results.filter((result) => pinRank(result) !== -1).sort((a, b) => pinRank(a) - pinRank(b));
  const unpinned = results.filter((result) => pinRank(result) === -1);
  const titled = unpinned.filter((result) => options.titleMatch?.(result) ?? false);
  if (options.titleSurplus && titled.length > 1) {
    const surplus = new Map(titled.map((result) => [result, options.titleSurplus!(result) ?? Number.MAX_SAFE_INTEGER]));
    titled.sort((a, b) => surplus.get(a)! - surplus.get(b)!);
  }
  const rest = unpinned.filter((result) => !titled.includes(result));
  const leading = titled.length ? titled : rest;
  const leader = leading.findIndex((result) => !options.isTroubleshooter(result));
  if (leader > 0) leading.unshift(...leading.splice(leader, 1));
  return [...pinned, ...titled, ...rest];
}

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

/** `text` as excerpt markup with the words `excerpt` highlights marked in it; `null` when none of them is in it. */
function highlightedIn(text: string, excerpt: string): string | null {
  const words = [...new Set([...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((match) => decodeEntities(match[1]!)).filter((word) => word.trim() !== ""))];
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  let found = false;
  const escape = (part: string) => part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  let marked = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    found = true;
    marked += `${escape(text.slice(last, match.index))}<mark>${escape(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return found ? marked + escape(text.slice(last)) : null;
}

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
