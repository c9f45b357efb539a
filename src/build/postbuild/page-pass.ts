/**
 * One read of one built page, for every post-build step at once: the page's furigana, the copy of it
 * the search index reads, its Content-Security-Policy and the readings it shows. The page is tokenized
 * once (htmlparser2, with source positions) and written back by splicing: text that gets readings is
 * replaced, every other byte stays as Astro wrote it, so inline scripts and styles keep their CSP hashes.
 *
 * What counts as a page's readings is the same as `pageReadings` (site-readings.ts) on the annotated
 * page; a unit test holds the two together.
 */
import { Parser } from "htmlparser2";
import { hasKanji } from "../../lib/furigana/kana.ts";
import { escapeHtmlText, rubyHtml } from "../../lib/furigana/ruby-markup.ts";
import { pairKey } from "../../lib/furigana/ledger.ts";
import type { RubySegment } from "../../lib/furigana/ruby-segment.ts";
import { indexedReadings, readingsMetaKey, type IndexedReading } from "../../lib/furigana/search-readings.ts";
import { extraTermsFor, type SynonymGroups } from "../../lib/search/synonyms.ts";
import { localeOfPath } from "../../lib/urls.ts";
import { indexLanguageOf } from "../../lib/i18n/locales.ts";
import { splitSearchCopy } from "../../lib/search/split-words.ts";
import { markStrokedLettersInHtml } from "../../lib/search/stroked-letters.ts";
import { metaPolicyOf } from "../../lib/csp-headers.ts";
import { invisibleElements } from "../../lib/furigana/site-readings.ts";

/**
 * Elements whose text gets no readings: code, raw text, what cannot hold `<ruby>` (title, option), and
 * what is already annotated. `data-furigana-skip` (islands that render their own ruby) and a `lang`
 * other than Japanese skip an element too.
 */
export const furiganaSkippedElements: ReadonlySet<string> = new Set([
  "code", "kbd", "samp", "pre", "script", "style", "textarea", "ruby", "rt", "rp",
  "title", "option", "optgroup", "select", "datalist", "template", "svg", "math", "noscript",
]);

/** Elements whose text is never searchable content: Pagefind's own skip list plus the ruby readings. */
const searchIgnoredElements = new Set(["rt", "rp", "script", "style", "nav", "footer", "form", "template"]);

const headingElements = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** A `<html lang>` that gets furigana on the whole page (Japanese and easy Japanese). */
function isJapaneseLang(lang: string): boolean {
  return /^ja(?:-|$)/i.test(lang);
}

/** Reads a text: the site's reading rules, cache and analyzer behind one call. */
export type Segmenter = (text: string) => Promise<RubySegment[]>;

export interface SearchSources {
  synonyms: SynonymGroups;
}

export interface PageSearchInput {
  /** The HTML Pagefind indexes (the page as Astro wrote it, plus the additions below). */
  html: string;
  /** The index the page goes into: its locale's (a fallback page has none: lib/search/fallback.ts). */
  lang: string;
  /** The indexed text, added words included, for the typo vocabulary. */
  text: string;
  /** On a Japanese page, the readings of its indexed kanji (the added words' too), which its results show. */
  readings: IndexedReading[];
}

export interface PagePassResult {
  /** The page with readings, or null when nothing changed. */
  html: string | null;
  search: PageSearchInput | null;
  /** The policy in the page's CSP `<meta>`, or null. */
  policy: string | null;
  /** Every (word, reading) the page shows in ruby, once each, as "word\treading", in order of first use. */
  pairs: string[];
}

interface TextRun {
  start: number;
  /** Exclusive. */
  end: number;
  text: string;
  furigana: boolean;
}

interface OpenElement {
  name: string;
  furiganaSkipped: boolean;
  furiganaScope: boolean;
  invisible: boolean;
  ignoredDepth: number;
  heading: HeadingTitle | null;
  ruby: RubyRecord | null;
  inRt: RubyRecord | null;
  searchBody: boolean;
}

interface HeadingTitle {
  /** Index of the `>` of the heading's start tag. */
  at: number;
  parts: string[];
  ignoredDepth: number;
}

interface RubyRecord {
  word: string[];
  reading: string[];
}

const whitespace = /\s+/gu;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** The index language of the locale a URL belongs to (`/vi/articles/x/` → `vi`), or null outside the locales. */
export function indexLangOf(urlPath: string): string | null {
  const locale = localeOfPath(urlPath);
  return locale === null ? null : indexLanguageOf(locale);
}

/** The element Pagefind indexes (`data-pagefind-body`): where it is, and its text. */
interface SearchBody {
  openStart: number;
  openEnd: number;
  closeStart: number;
  closeEnd: number;
  ignoredDepth: number;
  parts: string[];
  open: boolean;
}

/** A reading a page shows: a text this pass annotates, or a ruby the page already had. */
type ShownReading = TextRun | { word: string; reading: string };

/**
 * One tokenizing pass over a page (htmlparser2's callbacks call its methods): the texts that get
 * readings, the rubies already there, the `<html>` tag, the searchable element and its headings.
 */
class PageScan {
  readonly runs: TextRun[] = [];
  readonly shown: ShownReading[] = [];
  readonly headings: HeadingTitle[] = [];
  /** The kanji texts Pagefind indexes, in order: texts that get readings, rubies, and kanji left plain. */
  readonly indexed: (TextRun | RubyRecord | string)[] = [];
  /** The `<html lang>`, once its tag is read. */
  htmlLang: string | null = null;
  body: SearchBody | null = null;
  readonly #searchable: boolean;
  readonly #parser: Parser;
  readonly #stack: OpenElement[] = [];
  readonly #openHeadings: HeadingTitle[] = [];
  #japanese = false;
  #ignoredDepth = 0;
  #currentRun: (TextRun & { parent: OpenElement | undefined }) | null = null;

  constructor(html: string, searchable: boolean) {
    this.#searchable = searchable;
    this.#parser = new Parser(
      {
        onopentag: (name, attributes) => this.#open(name, attributes),
        onclosetag: () => this.#close(),
        ontext: (text) => this.#text(text),
        oncomment: () => this.#flushRun(),
      },
      { decodeEntities: true },
    );
    this.#parser.write(html);
    this.#parser.end();
    this.#flushRun();
  }

  #top(): OpenElement | undefined {
    return this.#stack[this.#stack.length - 1];
  }

  #open(name: string, attributes: Record<string, string>): void {
    this.#flushRun();
    const parent = this.#top();
    const start = this.#parser.startIndex;
    const end = this.#parser.endIndex;
    if (name === "html" && this.htmlLang === null) {
      this.htmlLang = attributes["lang"] ?? "";
      this.#japanese = isJapaneseLang(this.htmlLang);
    }
    const element = this.#element(name, attributes, parent);
    const ignored = searchIgnoredElements.has(name) || attributes["data-pagefind-ignore"] !== undefined;
    if (this.#searchable && !this.body && attributes["data-pagefind-body"] !== undefined) {
      this.body = { openStart: start, openEnd: end, closeStart: -1, closeEnd: -1, ignoredDepth: this.#ignoredDepth + (ignored ? 1 : 0), parts: [], open: true };
      element.searchBody = true;
    }
    if (ignored) this.#ignoredDepth += 1;
    element.ignoredDepth = this.#ignoredDepth;
    if (element.ruby && this.#indexing()) this.indexed.push(element.ruby);
    if (this.body?.open && headingElements.has(name) && attributes["id"] !== undefined && attributes["data-pagefind-title"] === undefined) {
      element.heading = { at: end, parts: [], ignoredDepth: this.#ignoredDepth };
      this.headings.push(element.heading);
      this.#openHeadings.push(element.heading);
    }
    this.#stack.push(element);
  }

  /** What an opening tag means for furigana, given its parent. */
  #element(name: string, attributes: Record<string, string>, parent: OpenElement | undefined): OpenElement {
    const lang = attributes["lang"];
    const otherLanguage = lang !== undefined && lang !== "" && !isJapaneseLang(lang);
    const furiganaRoot = attributes["data-furigana-root"] !== undefined;
    const furiganaScope = (parent?.furiganaScope ?? this.#japanese) || furiganaRoot;
    // On a page in another language, a furigana root starts afresh: what is around it is not Japanese.
    const skippedAround = furiganaRoot && !this.#japanese ? false : (parent?.furiganaSkipped ?? false);
    // An island's slot held back for later (`<template data-astro-template>`) is page text the island shows at a later step.
    const shownLater = name === "template" && attributes["data-astro-template"] !== undefined;
    const furiganaSkipped = skippedAround || (furiganaSkippedElements.has(name) && !shownLater) || attributes["data-furigana-skip"] !== undefined || otherLanguage;
    const invisible = (parent?.invisible ?? false) || invisibleElements.has(name);
    const ruby = name === "ruby" && furiganaScope && !invisible ? { word: [], reading: [] } : null;
    // A ruby's word is its own text children; its reading is the text of its rt.
    const inRt = name === "rt" && parent?.ruby ? parent.ruby : (parent?.inRt ?? null);
    return { name, furiganaSkipped, furiganaScope, invisible, ignoredDepth: 0, heading: null, ruby, inRt, searchBody: false };
  }

  #close(): void {
    this.#flushRun();
    const element = this.#stack.pop();
    if (!element) return;
    if (element.heading) this.#openHeadings.splice(this.#openHeadings.indexOf(element.heading), 1);
    if (element.ruby) this.shown.push({ word: element.ruby.word.join(""), reading: element.ruby.reading.join("") });
    this.#ignoredDepth = this.#top()?.ignoredDepth ?? 0;
    if (element.searchBody && this.body) {
      this.body.open = false;
      this.body.closeStart = this.#parser.startIndex;
      this.body.closeEnd = this.#parser.endIndex + 1;
    }
  }

  #text(text: string): void {
    const start = this.#parser.startIndex;
    const end = this.#parser.endIndex + 1;
    if (this.#currentRun && this.#currentRun.end === start) {
      this.#currentRun.text += text;
      this.#currentRun.end = end;
      return;
    }
    this.#flushRun();
    this.#currentRun = { start, end, text, furigana: false, parent: this.#top() };
  }

  /** A text ends: it goes to its ruby, the searchable text and open headings, and gets readings if Japanese. */
  #flushRun(): void {
    if (!this.#currentRun) return;
    const { start, end, text, parent } = this.#currentRun;
    this.#currentRun = null;
    if (parent?.ruby && !parent.invisible) parent.ruby.word.push(text);
    if (parent?.inRt) parent.inRt.reading.push(text);
    const indexing = this.#indexing();
    if (indexing) this.body!.parts.push(text);
    for (const heading of this.#openHeadings) if (this.#ignoredDepth === heading.ignoredDepth) heading.parts.push(text);
    const furigana = (parent?.furiganaScope ?? this.#japanese) && !(parent?.furiganaSkipped ?? false) && hasKanji(text);
    if (!furigana) {
      if (indexing && !parent?.ruby && hasKanji(text)) this.indexed.push(text);
      return;
    }
    const run: TextRun = { start, end, text, furigana };
    this.runs.push(run);
    this.shown.push(run);
    if (indexing) this.indexed.push(run);
  }

  /** Whether text here goes into the search index. */
  #indexing(): boolean {
    return this.body?.open === true && this.#ignoredDepth === this.body.ignoredDepth;
  }
}

/** The page with each run's text replaced by its ruby markup; every other byte as it was. */
function annotate(html: string, runs: readonly TextRun[], segmentsOf: ReadonlyMap<TextRun, RubySegment[]>): string {
  const chunks: string[] = [];
  let position = 0;
  for (const run of runs) {
    chunks.push(html.slice(position, run.start));
    for (const part of segmentsOf.get(run)!) chunks.push(part.reading === undefined ? escapeHtmlText(part.text) : rubyHtml(part.text, part.reading));
    position = run.end;
  }
  chunks.push(html.slice(position));
  return chunks.join("");
}

/** Every pair the page shows, as "word\treading". */
function shownPairs(shown: readonly ShownReading[], segmentsOf: ReadonlyMap<TextRun, RubySegment[]>): string[] {
  const pairKeys = new Set<string>();
  for (const entry of shown) {
    if ("word" in entry) pairKeys.add(pairKey(entry));
    else for (const part of segmentsOf.get(entry)!) if (part.reading !== undefined) pairKeys.add(pairKey({ word: part.text, reading: part.reading }));
  }
  return [...pairKeys];
}

/**
 * Processes one built page. `urlPath` is the page's URL path (it decides the search index); `segment`
 * gives readings.
 */
export async function processPage(html: string, urlPath: string, segment: Segmenter, sources: SearchSources): Promise<PagePassResult> {
  const searchable = html.includes("data-pagefind-body");
  const mayHaveReadings = html.includes("data-furigana-root") || /<html\b[^>]*\blang=["']?ja\b/i.test(html);
  const scan = mayHaveReadings || searchable ? new PageScan(html, searchable) : null;
  const runs = scan?.runs ?? [];
  // Readings for every text that gets them, then the page written back once.
  const segmentsOf = new Map<TextRun, RubySegment[]>();
  for (const run of runs) segmentsOf.set(run, await segment(run.text));
  const search = scan && searchable ? await searchInput(html, urlPath, sources, scan, segmentsOf, segment) : null;
  return {
    html: runs.length > 0 ? annotate(html, runs, segmentsOf) : null,
    search,
    policy: metaPolicyOf(html),
    pairs: [...new Set([...shownPairs(scan?.shown ?? [], segmentsOf), ...(search?.readings ?? []).flatMap(([word, reading]) => (reading ? [pairKey({ word, reading })] : []))])],
  };
}

/** The readings of a Japanese page's indexed kanji, in order, for furigana in its search results (search-readings.ts). */
function searchReadings(scan: PageScan, segmentsOf: ReadonlyMap<TextRun, RubySegment[]>): IndexedReading[] {
  const texts = scan.indexed.map((piece) =>
    typeof piece === "string" ? [{ text: piece }] : "start" in piece ? segmentsOf.get(piece)! : [{ text: piece.word.join(""), reading: piece.reading.join("") }],
  );
  return indexedReadings(texts);
}

async function searchInput(
  html: string,
  urlPath: string,
  sources: SearchSources,
  scan: PageScan,
  segmentsOf: ReadonlyMap<TextRun, RubySegment[]>,
  segment: Segmenter,
): Promise<PageSearchInput | null> {
  const { htmlLang, body, headings } = scan;
  if (htmlLang === null || !body || body.closeEnd < 0) return null;
  const splices: { at: number; remove: number; insert: string }[] = [];
  // The locale's index, whose language is not always the <html lang> (zh-Hans pages go into zh).
  const lang = indexLangOf(urlPath) ?? htmlLang;
  // Pagefind leaves everything inside <ruby> out of a section's title, so a heading's title is given as text.
  for (const heading of headings) {
    splices.push({ at: heading.at, remove: 0, insert: ` data-pagefind-title="${escapeAttribute(heading.parts.join("").replace(whitespace, " ").trim())}"` });
  }
  const text = body.parts.join("").replace(whitespace, " ").trim();
  // Synonyms of the words the page uses, so ソーシャルログイン finds the pages that say SNSログイン; weighted
  // below body text, so a page that really uses a word ranks above one that only has its synonym.
  const synonyms = extraTermsFor(text, lang, sources.synonyms);
  if (synonyms.length) splices.push({ at: body.closeStart, remove: 0, insert: `<p hidden data-pagefind-weight="0.5">${escapeHtmlText(synonyms.join(" / "))}</p>` });
  // An excerpt can show the synonyms too: each is read whole. Metadata, not text: the readings stay out of what is searched.
  const readings = isJapaneseLang(htmlLang) ? [...searchReadings(scan, segmentsOf), ...indexedReadings(await Promise.all(synonyms.map(segment)))] : [];
  if (readings.length) splices.push({ at: body.openEnd + 1, remove: 0, insert: `<span data-pagefind-meta="${readingsMetaKey}[data-readings]" data-readings="${escapeAttribute(JSON.stringify(readings))}"></span>` });
  splices.sort((a, b) => a.at - b.at);
  // Pagefind reads only the indexed element (its filters and metadata are inside it): that is all the copy holds.
  const chunks: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'];
  let position = body.openStart;
  for (const splice of splices) {
    chunks.push(html.slice(position, splice.at), splice.insert);
    position = splice.at + splice.remove;
  }
  chunks.push(html.slice(position, body.closeEnd), "</body></html>");
  // đ is found by d (stroked-letters.ts); the typo vocabulary holds every indexed word, the added ones too.
  return { ...splitSearchCopy(markStrokedLettersInHtml(chunks.join("")), [text, ...synonyms].join(" "), lang), lang, readings };
}
