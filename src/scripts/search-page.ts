// The results page: loads Pagefind (only here), runs the search in the URL, and keeps the URL in step
// with the form so every search can be shared. Results are built from text nodes; nothing from the
// query or the index is parsed as HTML.
import { defaultLocale, isLocale, locales, type Locale } from "../lib/i18n/locales.ts";
import { fillPlaceholders } from "../lib/i18n/placeholders.ts";
import { pagefindModuleUrl, vocabularyUrl } from "../lib/search/files.ts";
import { pagefindFilters, parseSearchState, serializeSearchState, type SearchState } from "../lib/search/query.ts";
import { matchProblems } from "../lib/search/problem-match.ts";
import { correctQuery } from "../lib/search/spelling.ts";
import { fewerWordsQuery, spacedWords } from "../lib/search/fewer-words.ts";
import { queryVariants } from "../lib/search/rewording.ts";
import type { PagefindRanking } from "../lib/search/ranking.ts";
import { joinSplitWords, splitWords } from "../lib/search/split-words.ts";
import { markStrokedLetters, unmarkStrokedLetters } from "../lib/search/stroked-letters.ts";
import { byScore, fallbackFilters } from "../lib/search/fallback.ts";
import { followSearchResults, reportEmptySearch } from "./feedback.ts";
import { readPartNodes, shownTextNodes, templateNodes, typedText } from "./ruby-nodes.ts";
import { readingsInContent, readingsMetaKey, readText, type ContentReadings, type IndexedReading } from "../lib/furigana/search-readings.ts";
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";
import {
  excerptParts,
  type ExcerptPart,
  localizeResultUrl,
  pagePath,
  pickResultTarget,
  orderResults,
  titleFit,
  type PagefindResultData,
} from "../lib/search/results.ts";

interface ClientConfig {
  locale: string;
  indexLang: string;
  defaultIndexLang: string;
  categories: { value: string; label: string }[];
  troubleshooters: { slug: string; title: string; summary: string; url: string; indexedPath: string; phrases: string[] }[];
  /** Synonym groups of the index's language, for matching a query against titles. */
  synonyms: string[][];
  /** Article paths in this locale that show another language's version, with that language. */
  fallbackLanguages: Record<string, { lang: string; label: string }>;
  /** The index those pages are in, searched beside the reader's for them (null: every page is in the reader's). */
  fallbackIndex: { lang: string; filterNames: Record<string, Record<string, string>> } | null;
  ranking: PagefindRanking;
  strings: Record<string, string>;
  /**
   * With furigana: each Japanese text above that the page can show (UI strings and templates, topic labels,
   * troubleshooter titles and summaries), read as a whole by the build.
   */
  readings: ShownReadings;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindModule extends Pagefind {
  createInstance(options: Record<string, unknown>): Pagefind;
}

interface ShownResult {
  url: string;
  title: string;
  /** For a page written in another language than the reader's (a fallback): that language. */
  language: { lang: string; label: string } | null;
  tag: string;
  section: string | null;
  excerpt: string;
  /** The readings of the result's page, placed in its indexed text; null when it has none. */
  page: ContentReadings | null;
}

const config = JSON.parse(document.getElementById("search-config")!.textContent!) as ClientConfig;
const locale: Locale = isLocale(config.locale) ? config.locale : "en";
const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const input = form.querySelector<HTMLInputElement>("#search-query")!;
// Radio groups (their labels can hold furigana); a RadioNodeList's value is the checked one's.
const categorySelect = form.elements.namedItem("category") as RadioNodeList;
const audienceSelect = form.elements.namedItem("audience") as RadioNodeList;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const resultsSection = document.querySelector<HTMLElement>("[data-search-results]")!;
const list = document.querySelector<HTMLOListElement>("[data-search-list]")!;
const empty = document.querySelector<HTMLElement>("[data-search-empty]")!;
const problems = config.troubleshooters.map((troubleshooter) => ({ slug: troubleshooter.slug, phrases: troubleshooter.phrases }));
const searchOutcome = followSearchResults(list, locale);
// A page from the other index (fallback.ts) names its topic in its own language: shown in the reader's.
const fallbackCategoryNames = config.fallbackIndex?.filterNames["category"] ?? {};
const categoryLabels = new Map(config.categories.flatMap((category) => [category.value, fallbackCategoryNames[category.value] ?? category.value].map((name) => [name, category.label] as const)));
function text(key: string, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(config.strings[key] ?? key, vars);
}

/** A UI string as nodes with its readings, its placeholders filled. */
function textNodes(key: string, vars: Record<string, string | number | (Node | string)[]> = {}): (Node | string)[] {
  return shownTextNodes(config.strings[key] ?? key, config.readings, vars);
}

function showStatus(key: string, vars: Record<string, string | number> = {}): void {
  const { query, fewer } = vars;
  status.replaceChildren(...textNodes(key, { ...vars, ...(query ? { query: typedText(String(query)) } : {}), ...(fewer ? { fewer: typedText(String(fewer)) } : {}) }));
}

/** Where the results come from a page with readings, the readings of its text (search-readings.ts). */
function pageReadingsOf(result: PagefindResultData): ContentReadings | null {
  const readings = result.meta[readingsMetaKey];
  return readings && result.content ? readingsInContent(result.content, JSON.parse(readings) as IndexedReading[]) : null;
}

// The module is only there at run time (Pagefind writes it after the build), so bundlers leave it alone.
const pagefindUrl = pagefindModuleUrl;
let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24, ranking: config.ranking });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

const otherIndexes = new Map<string, Promise<Pagefind>>();
/**
 * A second Pagefind over another language's index: the English one for a query that finds nothing in the
 * reader's (English or Latin words typed on a Burmese page), and the one the reader's untranslated pages
 * are in. Pagefind takes an instance's language from <html lang> when it is created, so the page says
 * that language for that one synchronous call. It is its own copy of the module: Pagefind keeps one
 * WebAssembly per module, built for the first index's language, and another language's words (stemmed
 * when indexed) are then not found.
 */
function loadPagefindIn(lang: string): Promise<Pagefind> {
  const loading =
    otherIndexes.get(lang) ??
    (import(/* @vite-ignore */ `${pagefindUrl}?index=${lang}`) as Promise<PagefindModule>).then(async (pagefind) => {
      const root = document.documentElement;
      const pageLang = root.lang;
      root.lang = lang;
      const other = pagefind.createInstance({ excerptLength: 24, ranking: config.ranking });
      root.lang = pageLang;
      await other.init();
      return other;
    });
  otherIndexes.set(lang, loading);
  return loading;
}

/** The reader's untranslated pages that match, from the index of the language they are shown in. */
async function fallbackSearch(query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  if (!config.fallbackIndex) return [];
  const other = await loadPagefindIn(config.fallbackIndex.lang);
  return (await other.search(query, { filters: fallbackFilters(filters, config.fallbackIndex.filterNames, locale) }))?.results ?? [];
}

/** The query in the index's words. */
function indexQuery(query: string): string {
  // The build split this script's words in the index (split-words.ts) and marked its stroked letters
  // (stroked-letters.ts): the query is written the same way.
  return markStrokedLetters(locales[locale].splitWords ? splitWords(query, config.indexLang) : query);
}

/** A title or excerpt from the index as the page writes it. */
function pageText(text: string): string {
  const letters = unmarkStrokedLetters(text);
  return locales[locale].splitWords ? joinSplitWords(letters) : letters;
}

/** A result's texts as the page writes them, before anything compares them with the page's own (its answer). */
function asWritten(result: PagefindResultData): PagefindResultData {
  const meta = Object.fromEntries(Object.entries(result.meta).map(([key, value]) => [key, value === undefined ? value : pageText(value)]));
  const subResults = result.sub_results.map((sub) => ({ ...sub, title: pageText(sub.title), excerpt: pageText(sub.excerpt) }));
  return { ...result, excerpt: pageText(result.excerpt), meta, sub_results: subResults };
}

let vocabularyPromise: Promise<string[]> | undefined;
/** The words of the pages this page searches: its index's, then those of the index its untranslated pages are in. */
function loadVocabulary(): Promise<string[]> {
  const langs = [config.indexLang, ...(config.fallbackIndex ? [config.fallbackIndex.lang] : [])];
  const words = (lang: string) =>
    fetch(vocabularyUrl(lang))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
  vocabularyPromise ??= Promise.all(langs.map(words)).then((lists) => lists.flat());
  return vocabularyPromise;
}

function readForm(): SearchState {
  return parseSearchState(serializeSearchState({ query: input.value, category: categorySelect.value, audience: audienceSelect.value }));
}

function writeForm(state: SearchState): void {
  input.value = state.query;
  categorySelect.value = state.category;
  audienceSelect.value = state.audience;
  // A filter set by the URL stays in view, so the reader sees why the results are fewer.
  if (state.category || state.audience) form.querySelector<HTMLDetailsElement>("[data-search-filters]")!.open = true;
}

/**
 * One search, in display order. `alsoMeant` are other wordings of the query (its spelling correction): a
 * troubleshooter or title matches if it matches any of them or their synonym rewordings.
 */
async function runSearch(pagefind: Pagefind, state: SearchState, alsoMeant: string[] = []): Promise<{ shown: ShownResult[]; found: number }> {
  const variants = [...new Set([state.query, ...alsoMeant].flatMap((wording) => queryVariants(wording, config.synonyms)))];
  const query = indexQuery(state.query);
  const [response, fallbacks] = await Promise.all([pagefind.search(query, { filters: pagefindFilters(state) }), fallbackSearch(query, pagefindFilters(state))]);
  const data = (await Promise.all(byScore(response?.results ?? [], fallbacks).slice(0, 20).map((result) => result.data()))).map(asWritten);
  // A troubleshooter belongs to no topic or audience: a filtered search does not pin it.
  const filtered = Boolean(state.category || state.audience);
  const matched = (filtered ? [] : matchProblems(state.query, problems, variants)).map(
    (slug) => config.troubleshooters.find((troubleshooter) => troubleshooter.slug === slug)!,
  );
  // Every title against the same rewordings, once (they are already reworded: no second rewording per title).
  const fits = new Map(data.map((result) => [result, titleFit(variants, result.meta["title"] ?? "")]));
  const troubleshooterAt = (url: string) => config.troubleshooters.find((candidate) => candidate.indexedPath === pagePath(url));
  const ordered = orderResults(data, {
    pathOf: (result) => result.url,
    pinnedPaths: matched.map((troubleshooter) => troubleshooter.indexedPath),
    isTroubleshooter: (result) => troubleshooterAt(result.url) !== undefined,
    titleMatch: (result) => fits.get(result)!.matches,
    titleSurplus: (result) => fits.get(result)!.surplus,
  });
  const shown: ShownResult[] = ordered.map((result) => {
    const troubleshooter = troubleshooterAt(result.url);
    // A troubleshooter starts at its first question, wherever the words matched.
    const target = pickResultTarget(troubleshooter ? { ...result, sub_results: [] } : result);
    const url = localizeResultUrl(target.url, locale);
    return {
      url,
      title: result.meta["title"] ?? target.url,
      language: config.fallbackLanguages[pagePath(url)] ?? null,
      tag: troubleshooter ? text("search.troubleshooterTag") : categoryLabels.get(result.meta["category"] ?? "") ?? "",
      section: target.sectionTitle,
      excerpt: target.excerpt,
      page: pageReadingsOf(result),
    };
  });
  // A troubleshooter that matches the problem but not the words (or is not indexed) still comes first.
  const missing = matched.filter((troubleshooter) => !data.some((result) => pagePath(result.url) === troubleshooter.indexedPath));
  return {
    shown: [
      ...missing.map((troubleshooter) => ({ url: troubleshooter.url, title: troubleshooter.title, language: null, tag: text("search.troubleshooterTag"), section: null, excerpt: troubleshooter.summary, page: null })),
      ...shown,
    ],
    found: data.length,
  };
}

/**
 * Results from the English index, for a query that found nothing in the reader's. They link to the page in
 * the reader's language; the English title and excerpt say why the page matched, marked as English.
 */
async function englishResults(query: string): Promise<ShownResult[]> {
  const english = await loadPagefindIn(config.defaultIndexLang);
  const response = await english.search(query);
  const data = await Promise.all((response?.results ?? []).slice(0, 10).map((result) => result.data()));
  return data.map((result) => {
    const target = pickResultTarget(result);
    return {
      url: localizeResultUrl(target.url, locale),
      title: result.meta["title"] ?? target.url,
      language: { lang: locales[defaultLocale].lang, label: locales[defaultLocale].label },
      tag: text("search.englishTag"),
      section: target.sectionTitle,
      excerpt: target.excerpt,
      page: null,
    };
  });
}

/**
 * A result's text with readings: from its page's readings at the same place, else as the build read it whole
 * (a troubleshooter's title and summary), else without ruby. Never read here.
 */
function resultNodes(result: ShownResult, parts: ExcerptPart[]): (Node | string)[] {
  const read = result.page && readText(parts, result.page);
  if (read) return readPartNodes(read);
  const whole = parts.map((part) => part.text).join("");
  return config.readings[whole] ? templateNodes(config.readings[whole]) : readPartNodes(parts.map((part) => ({ parts: [part] })));
}

/** One result as a list item: title link, meta line (topic, section, language of a fallback page), excerpt. */
function renderResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const link = document.createElement("a");
  link.href = result.url;
  link.className = "search-result__link";
  link.append(...resultNodes(result, [{ text: result.title, highlighted: false }]));
  // A fallback page's title is in its own language: screen readers then read it with the right voice.
  if (result.language) link.lang = result.language.lang;
  item.append(link);
  const meta = [
    result.tag ? shownTextNodes(result.tag, config.readings) : [],
    result.section ? textNodes("search.inSection", { section: resultNodes(result, [{ text: result.section, highlighted: false }]) }) : [],
    result.language && result.tag !== text("search.englishTag") ? textNodes("search.writtenIn", { language: result.language.label }) : [],
  ].filter((nodes) => nodes.length > 0);
  if (meta.length) {
    const line = document.createElement("p");
    line.className = "search-result__meta";
    meta.forEach((nodes, index) => line.append(...(index > 0 ? [" · "] : []), ...nodes));
    item.append(line);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...resultNodes(result, excerptParts(result.excerpt)));
  if (result.language) excerpt.lang = result.language.lang;
  item.append(excerpt);
  return item;
}

function renderResults(results: ShownResult[]): void {
  list.replaceChildren(...results.map(renderResult));
  resultsSection.hidden = results.length === 0;
}

let searchGeneration = 0;
async function search(state: SearchState, options: { report: boolean }): Promise<void> {
  const generation = ++searchGeneration;
  if (!state.query) {
    showStatus("search.statusIdle");
    renderResults([]);
    empty.hidden = true;
    return;
  }
  showStatus("search.statusLoading");
  try {
    const [pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
    // A word the site's vocabulary lacks is corrected when the correction finds pages; otherwise the query
    // as typed. Troubleshooters and titles are matched against both wordings.
    const correction = correctQuery(state.query, vocabulary);
    const alsoMeant = [state.query, ...(correction ? [correction] : [])];
    let outcome = correction ? await runSearch(pagefind, { ...state, query: correction }, alsoMeant) : { shown: [], found: 0 };
    const usedCorrection = outcome.found > 0;
    const corrected = usedCorrection ? correction : null;
    if (!usedCorrection) outcome = await runSearch(pagefind, state, alsoMeant);
    // No page has every word: search with the fewest words left out that finds something, and say which.
    let fewer: string | null = null;
    if (outcome.found === 0) {
      const filters = pagefindFilters(state);
      fewer = await fewerWordsQuery(spacedWords(correction ?? state.query, config.indexLang), async (words) => (await pagefind.search(indexQuery(words), { filters }))?.results.length ?? 0);
      if (fewer) outcome = await runSearch(pagefind, { ...state, query: fewer }, alsoMeant);
    }
    const inEnglish = outcome.shown.length === 0 && locale !== defaultLocale ? await englishResults(state.query) : [];
    const results = outcome.shown.length > 0 ? outcome.shown : inEnglish;
    if (generation !== searchGeneration) return;
    renderResults(results);
    searchOutcome.shown(state.query, results.length);
    empty.hidden = results.length > 0;
    const vars = { query: state.query, count: results.length, corrected: corrected ?? "", fewer: fewer ?? "" };
    if (results.length === 0) showStatus("search.statusNone", vars);
    else if (inEnglish.length > 0) showStatus("search.englishFallback", { language: locales[locale].label, query: state.query });
    else if (fewer) showStatus("search.statusFewerWords", vars);
    else if (usedCorrection) showStatus("search.statusCorrected", vars);
    else showStatus(results.length === 1 ? "search.statusOne" : "search.statusMany", vars);
    // The one call site: the feedback module sends nothing unless the site config names an endpoint. A search
    // that needed fewer words found nothing for what the reader typed, so editors hear of it too.
    if ((results.length === 0 || fewer) && options.report) reportEmptySearch(state.query, locale);
  } catch {
    if (generation !== searchGeneration) return;
    showStatus("search.statusError");
  }
}

function syncUrl(state: SearchState): void {
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, "", url);
}

/** A search runs this long after the last keystroke: a warm Pagefind search takes a few ms, so a short wait keeps results close behind typing. */
const typingPauseMs = 60;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
function onInput(): void {
  clearTimeout(typingTimer);
  void loadPagefind();
  if (config.fallbackIndex) void loadPagefindIn(config.fallbackIndex.lang);
  typingTimer = setTimeout(() => {
    const state = readForm();
    syncUrl(state);
    void search(state, { report: false });
  }, typingPauseMs);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  const state = readForm();
  syncUrl(state);
  void search(state, { report: true });
});
input.addEventListener("input", onInput);
form.addEventListener("change", (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === "radio") onInput();
});

// Arrow keys move between the box and the result links; Tab works as usual.
form.addEventListener("keydown", (event) => {
  if (event.target === input && event.key === "ArrowDown") {
    const first = list.querySelector<HTMLAnchorElement>("a");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});
list.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index === -1) return;
  event.preventDefault();
  const next = event.key === "ArrowDown" ? links[index + 1] : links[index - 1];
  (next ?? (event.key === "ArrowUp" ? input : links[index]))!.focus();
});

// The shortcut lives in page.ts, so the hint is only true once scripts run.
document.querySelector<HTMLElement>("[data-search-hint]")!.hidden = false;

const initial = parseSearchState(location.search);
writeForm(initial);
if (initial.query) void search(initial, { report: true });
else void Promise.all([loadPagefind(), loadVocabulary(), config.fallbackIndex && loadPagefindIn(config.fallbackIndex.lang)]);
