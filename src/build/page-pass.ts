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
import { hasKanji } from "../lib/furigana/kana.ts";
import { escapeHtmlText, rubyHtml } from "../lib/furigana/ruby-markup.ts";
import { pairKey } from "../lib/furigana/ledger.ts";
import { invisibleElements } from "../lib/furigana/site-readings.ts";
import { countReadingUses, type ReadingUses } from "../lib/furigana/client-readings.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import { extraTermsFor, type SynonymGroups } from "../lib/search/synonyms.ts";
import type { ProblemPhrases } from "../lib/search/problems.ts";
import { localeOfPath, parsePath } from "../lib/urls.ts";
import { locales } from "../lib/i18n/locales.ts";
import { metaPolicyOf } from "./csp-headers.ts";

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
  problems: ProblemPhrases;
  synonyms: SynonymGroups;
}

export interface PageSearchInput {
  /** The HTML Pagefind indexes (the page as Astro wrote it, plus the additions below). */
  html: string;
  /** The index the page goes into: its locale's, even when it shows another language (a fallback page). */
  lang: string;
  /** The indexed text, added words included, for the typo vocabulary. */
  text: string;
}

/** How often the page shows each (word, reading), and next to which characters: for the browser's dictionary. */
export type ReadingUse = [word: string, reading: string, count: number, contexts: string[]];

export interface PagePassResult {
  /** The page with readings, or null when nothing changed. */
  html: string | null;
  search: PageSearchInput | null;
  /** The policy in the page's CSP `<meta>`, or null. */
  policy: string | null;
  /** Every (word, reading) the page shows in ruby, once each, as "word\treading", in order of first use. */
  pairs: string[];
  readings: ReadingUse[];
  /** Texts given readings by this pass. */
  annotatedTexts: number;
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
  return locale === null ? null : locales[locale].lang;
}

function problemPhrasesFor(urlPath: string, problems: ProblemPhrases): string[] {
  const parsed = parsePath(urlPath);
  if (parsed?.page.type !== "troubleshooter" || parsed.locale === null) return [];
  const { locale, page } = parsed;
  return problems.find((entry) => entry.troubleshooter === page.slug)?.phrases[locale] ?? [];
}

/**
 * Processes one built page. `urlPath` is the page's URL path (it decides the search index and a
 * troubleshooter's problem phrases); `segment` gives readings.
 */
export async function processPage(html: string, urlPath: string, segment: Segmenter, sources: SearchSources): Promise<PagePassResult> {
  const searchable = html.includes("data-pagefind-body");
  const mayHaveReadings = html.includes("data-furigana-root") || /<html\b[^>]*\blang=["']?ja\b/i.test(html);

  let japanese = false;
  let htmlTag: { start: number; end: number; lang: string } | null = null;
  let body: { openStart: number; openEnd: number; closeStart: number; closeEnd: number; ignoredDepth: number; parts: string[]; open: boolean; done: boolean } | null = null;
  const headings: HeadingTitle[] = [];
  const openHeadings: HeadingTitle[] = [];
  const runs: TextRun[] = [];
  // Readings in document order: a text this pass annotates, or a ruby the page already had.
  const shown: (TextRun | { word: string; reading: string })[] = [];
  const stack: OpenElement[] = [];
  let ignoredDepth = 0;
  let currentRun: (TextRun & { parent: OpenElement | undefined }) | null = null;

  const top = (): OpenElement | undefined => stack[stack.length - 1];

  const flushRun = () => {
    if (!currentRun) return;
    const run = currentRun;
    currentRun = null;
    const parent = run.parent;
    const text = run.text;
    if (parent?.ruby && !parent.invisible) parent.ruby.word.push(text);
    if (parent?.inRt) parent.inRt.reading.push(text);
    if (body?.open && ignoredDepth === body.ignoredDepth) body.parts.push(text);
    for (const heading of openHeadings) if (ignoredDepth === heading.ignoredDepth) heading.parts.push(text);
    const furigana = (parent?.furiganaScope ?? japanese) && !(parent?.furiganaSkipped ?? false) && hasKanji(text);
    const record: TextRun = { start: run.start, end: run.end, text, furigana };
    if (furigana) {
      runs.push(record);
      shown.push(record);
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        flushRun();
        const parent = top();
        const start = parser.startIndex;
        const end = parser.endIndex;
        if (name === "html" && !htmlTag) {
          htmlTag = { start, end, lang: attributes["lang"] ?? "" };
          japanese = isJapaneseLang(htmlTag.lang);
        }
        const lang = attributes["lang"];
        const otherLanguage = lang !== undefined && lang !== "" && !isJapaneseLang(lang);
        const furiganaRoot = attributes["data-furigana-root"] !== undefined;
        const furiganaScope = (parent?.furiganaScope ?? japanese) || furiganaRoot;
        // On a page in another language, a furigana root starts afresh: what is around it is not Japanese.
        const skippedAround = furiganaRoot && !japanese ? false : (parent?.furiganaSkipped ?? false);
        const furiganaSkipped = skippedAround || furiganaSkippedElements.has(name) || attributes["data-furigana-skip"] !== undefined || otherLanguage;
        const invisible = (parent?.invisible ?? false) || invisibleElements.has(name);
        const ignored = searchIgnoredElements.has(name) || attributes["data-pagefind-ignore"] !== undefined;
        const element: OpenElement = {
          name,
          furiganaSkipped,
          furiganaScope,
          invisible,
          ignoredDepth: 0,
          heading: null,
          ruby: null,
          inRt: parent?.inRt ?? null,
          searchBody: false,
        };
        if (searchable && !body && attributes["data-pagefind-body"] !== undefined) {
          body = { openStart: start, openEnd: end, closeStart: -1, closeEnd: -1, ignoredDepth: ignoredDepth + (ignored ? 1 : 0), parts: [], open: true, done: false };
          element.searchBody = true;
        }
        if (ignored) ignoredDepth += 1;
        element.ignoredDepth = ignoredDepth;
        const bodyNow = body as { open: boolean } | null;
        if (bodyNow?.open && headingElements.has(name) && attributes["id"] !== undefined && attributes["data-pagefind-title"] === undefined) {
          const heading: HeadingTitle = { at: end, parts: [], ignoredDepth };
          element.heading = heading;
          headings.push(heading);
          openHeadings.push(heading);
        }
        if (name === "ruby" && furiganaScope && !invisible) element.ruby = { word: [], reading: [] };
        // A ruby's word is its own text children; its reading is the text of its rt.
        if (name === "rt" && parent?.ruby) element.inRt = parent.ruby;
        stack.push(element);
      },
      onclosetag() {
        flushRun();
        const element = stack.pop();
        if (!element) return;
        if (element.heading) openHeadings.splice(openHeadings.indexOf(element.heading), 1);
        if (element.ruby) shown.push({ word: element.ruby.word.join(""), reading: element.ruby.reading.join("") });
        ignoredDepth = top()?.ignoredDepth ?? 0;
        const searchBody = body as { open: boolean; closeStart: number; closeEnd: number; done: boolean } | null;
        if (element.searchBody && searchBody) {
          searchBody.open = false;
          searchBody.done = true;
          searchBody.closeStart = parser.startIndex;
          searchBody.closeEnd = parser.endIndex + 1;
        }
      },
      ontext(text) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (currentRun && currentRun.end === start) {
          currentRun.text += text;
          currentRun.end = end;
          return;
        }
        flushRun();
        currentRun = { start, end, text, furigana: false, parent: top() };
      },
      oncomment() {
        flushRun();
      },
    },
    { decodeEntities: true },
  );
  if (mayHaveReadings || searchable) {
    parser.write(html);
    parser.end();
    flushRun();
  }

  // Readings for every text that gets them, then the page written back once.
  const segmentsOf = new Map<TextRun, RubySegment[]>();
  for (const run of runs) segmentsOf.set(run, await segment(run.text));
  let output: string | null = null;
  if (runs.length > 0) {
    const chunks: string[] = [];
    let position = 0;
    for (const run of runs) {
      chunks.push(html.slice(position, run.start));
      for (const part of segmentsOf.get(run)!) chunks.push(part.reading === undefined ? escapeHtmlText(part.text) : rubyHtml(part.text, part.reading));
      position = run.end;
    }
    chunks.push(html.slice(position));
    output = chunks.join("");
  }

  const pairKeys = new Set<string>();
  const uses: ReadingUses = new Map();
  for (const entry of shown) {
    if ("word" in entry) {
      pairKeys.add(pairKey(entry));
      continue;
    }
    const segments = segmentsOf.get(entry)!;
    for (const part of segments) if (part.reading !== undefined) pairKeys.add(pairKey({ word: part.text, reading: part.reading }));
    countReadingUses(segments, uses);
  }
  const readings: ReadingUse[] = [];
  for (const [word, byReading] of uses) {
    for (const [reading, use] of byReading) readings.push([word, reading, use.count, [...use.contexts]]);
  }

  return {
    html: output,
    search: searchable ? searchInput(html, urlPath, sources, htmlTag, body, headings) : null,
    policy: metaPolicyOf(html),
    pairs: [...pairKeys],
    readings,
    annotatedTexts: runs.length,
  };
}

function searchInput(
  html: string,
  urlPath: string,
  sources: SearchSources,
  htmlTag: { start: number; end: number; lang: string } | null,
  body: { openStart: number; openEnd: number; closeStart: number; closeEnd: number; parts: string[]; done: boolean } | null,
  headings: HeadingTitle[],
): PageSearchInput | null {
  if (!htmlTag || !body || !body.done) return null;
  const splices: { at: number; remove: number; insert: string }[] = [];
  let lang = htmlTag.lang;
  let htmlOpenTag = html.slice(htmlTag.start, htmlTag.end + 1);
  // A fallback page (an English article under /vi/) is written in another language than its locale's, but
  // its readers search their locale's index: it goes there, and the results page labels its language.
  const readerLang = indexLangOf(urlPath);
  if (readerLang && readerLang !== lang) {
    const attribute = /\slang\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i.exec(htmlOpenTag);
    htmlOpenTag = attribute
      ? `${htmlOpenTag.slice(0, attribute.index)} lang="${readerLang}"${htmlOpenTag.slice(attribute.index + attribute[0].length)}`
      : `<html lang="${readerLang}"${htmlOpenTag.slice("<html".length)}`;
    lang = readerLang;
  }
  // Pagefind leaves everything inside <ruby> out of a section's title, so a heading's title is given as text.
  for (const heading of headings) {
    splices.push({ at: heading.at, remove: 0, insert: ` data-pagefind-title="${escapeAttribute(heading.parts.join("").replace(whitespace, " ").trim())}"` });
  }
  const text = body.parts.join("").replace(whitespace, " ").trim();
  // A troubleshooter is found by the problem as readers put it, whatever words the page uses (body-text weight:
  // the results page, not the index, puts a troubleshooter first when the query reads like one of them).
  const phrases = problemPhrasesFor(urlPath, sources.problems);
  if (phrases.length) splices.push({ at: body.openEnd + 1, remove: 0, insert: `<p hidden>${escapeHtmlText(phrases.join(" / "))}</p>` });
  // Synonyms of the words the page uses, so ソーシャルログイン finds the pages that say SNSログイン; weighted
  // below body text, so a page that really uses a word ranks above one that only has its synonym.
  const synonyms = extraTermsFor(text, lang, sources.synonyms);
  if (synonyms.length) splices.push({ at: body.closeStart, remove: 0, insert: `<p hidden data-pagefind-weight="0.5">${escapeHtmlText(synonyms.join(" / "))}</p>` });
  splices.sort((a, b) => a.at - b.at);
  // Pagefind reads only the <html> tag's language and the indexed element (its filters and metadata are
  // inside it), so that is all the copy holds.
  const chunks: string[] = ["<!DOCTYPE html>", htmlOpenTag, '<head><meta charset="utf-8"></head><body>'];
  let position = body.openStart;
  for (const splice of splices) {
    chunks.push(html.slice(position, splice.at), splice.insert);
    position = splice.at + splice.remove;
  }
  chunks.push(html.slice(position, body.closeEnd), "</body></html>");
  // The typo vocabulary holds every indexed word, the added ones too: "unlink" is not misspelt "link".
  return { html: chunks.join(""), lang, text: [text, ...phrases, ...synonyms].join(" ") };
}
