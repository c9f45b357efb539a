/**
 * Builds the Pagefind index for the built site: one index per `<html lang>` (Pagefind splits them).
 * Only pages whose layout marked them `searchable` (`data-pagefind-body`) are indexed. Besides the index:
 * - ruby readings (`rt`, `rp`) are excluded here as well as by their `data-pagefind-ignore`, so a page
 *   annotated by any route still never gets doubled readings into the index or the excerpts;
 * - section titles and troubleshooter problem phrases are added on the way in (`prepareForIndex`);
 * - each language gets a vocabulary file (`search-vocabulary/<lang>.json`) of the indexed words, which the
 *   results page uses to correct typos when a search finds nothing.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { fromHtml } from "hast-util-from-html";
import { visit, SKIP } from "unist-util-visit";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Element, Root } from "hast";
import { parseProblemPhrases, type ProblemPhrases } from "../lib/search/problems.ts";
import { buildVocabulary } from "../lib/search/spelling.ts";
import { extraTermsFor, parseSynonymGroups, type SynonymGroups } from "../lib/search/synonyms.ts";
import { localeOfPath, parsePath } from "../lib/urls.ts";
import { searchFolders, vocabularyFile } from "../lib/search/files.ts";
import { htmlFiles, urlPathOf } from "./html-files.ts";
import { contentPath } from "../lib/content-paths.ts";
import { locales } from "../lib/i18n/locales.ts";


/** Elements whose text is never content: Pagefind's own skip list plus the ruby readings. */
const nonContentElements = new Set(["rt", "rp", "script", "style", "nav", "footer", "form", "template"]);

function isSearchBody(node: Element): boolean {
  return node.properties["dataPagefindBody"] !== undefined;
}

function isIgnored(node: Element): boolean {
  return node.properties["dataPagefindIgnore"] !== undefined || nonContentElements.has(node.tagName);
}

/**
 * Text of an element as a reader sees it, without ruby readings or ignored parts: the text nodes in
 * tree order, as hast-util-to-string joins them, skipping ignored elements. (Walking instead of
 * cloning and pruning: the clone cost about a third of this step at 10,000 pages.)
 */
function readableText(node: Element): string {
  const parts: string[] = [];
  visit(node, (inner) => {
    if (inner !== node && inner.type === "element" && isIgnored(inner)) return SKIP;
    if (inner.type === "text") parts.push(inner.value);
    return undefined;
  });
  return parts.join("").replace(/\s+/g, " ").trim();
}

const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

export interface PreparedPage {
  /** The HTML handed to Pagefind (the file on disk is not changed). */
  html: string;
  lang: string;
  /** The indexed text, for the vocabulary. */
  text: string;
}

/**
 * Prepares a built page for the index, or returns null when the page is not searchable:
 * - a heading with an id gets `data-pagefind-title` with its readable text, because Pagefind drops
 *   everything inside `<ruby>` from a section's title (a result would read ユーザーとリンクをける);
 * - a troubleshooter page gets its problem phrases in its indexed body (at body-text weight: the results
 *   page, not the index, puts a troubleshooter first when the query reads like one of them), so
 *   "reset email not received" finds it whatever words the page itself uses;
 * - a fallback page (shown in another language than its locale's) goes into its locale's index;
 * - a page gets the synonyms of the words it uses (`searchSynonyms` in src/lib/content-paths.ts), so ソーシャルログイン
 *   finds the pages that say SNSログイン.
 */
export function prepareForIndex(
  html: string,
  urlPath: string,
  sources: { problems: ProblemPhrases; synonyms: SynonymGroups },
): PreparedPage | null {
  // Most pages that are not searchable (agents' index, redirects) are skipped without being parsed.
  if (!html.includes("data-pagefind-body")) return null;
  const tree: Root = fromHtml(html);
  let lang = "";
  let root: Element | null = null;
  let body: Element | null = null;
  visit(tree, "element", (node) => {
    if (node.tagName === "html") root = node;
    if (!body && isSearchBody(node)) body = node;
  });
  if (!body || !root) return null;
  const htmlElement: Element = root;
  lang = String(htmlElement.properties["lang"] ?? "");
  // A fallback page (an English article under /vi/) is written in another language than its locale's, but
  // its readers search their locale's index: it goes there, and the results page labels its language.
  const readerLang = indexLangOf(urlPath);
  if (readerLang && readerLang !== lang) {
    htmlElement.properties["lang"] = readerLang;
    lang = readerLang;
  }
  const searchBody: Element = body;
  visit(searchBody, "element", (node) => {
    if (headingTags.has(node.tagName) && node.properties["id"] !== undefined && node.properties["dataPagefindTitle"] === undefined) {
      node.properties["dataPagefindTitle"] = readableText(node);
    }
  });
  const text = readableText(searchBody);
  const phrases = problemPhrasesFor(urlPath, sources.problems);
  if (phrases.length) {
    searchBody.children.unshift(h("p", { hidden: true }, phrases.join(" / ")));
  }
  const synonyms = extraTermsFor(text, lang, sources.synonyms);
  if (synonyms.length) {
    // Weighted below body text: a page that really uses a word should still rank above one that only has its synonym.
    searchBody.children.push(h("p", { hidden: true, dataPagefindWeight: "0.5" }, synonyms.join(" / ")));
  }
  // The typo vocabulary holds every indexed word, the added ones too: "unlink" is not misspelt "link".
  return { html: toHtml(tree), lang, text: [text, ...phrases, ...synonyms].join(" ") };
}

/** The index language of the locale a URL belongs to (`/vi/articles/x/` → `vi`), or null outside the locales. */
function indexLangOf(urlPath: string): string | null {
  const locale = localeOfPath(urlPath);
  return locale === null ? null : locales[locale].lang;
}

function problemPhrasesFor(urlPath: string, problems: ProblemPhrases): string[] {
  const parsed = parsePath(urlPath);
  if (parsed?.page.type !== "troubleshooter" || parsed.locale === null) return [];
  const { locale, page } = parsed;
  return problems.find((entry) => entry.troubleshooter === page.slug)?.phrases[locale] ?? [];
}

export async function buildSearchIndex(
  siteDir: string,
  options: { problemsPath?: string; synonymsPath?: string } = {},
): Promise<{ pages: number; languages: Record<string, number> }> {
  const problemsPath = options.problemsPath ?? contentPath("searchProblems");
  const synonymsPath = options.synonymsPath ?? contentPath("searchSynonyms");
  const sources = {
    problems: parseProblemPhrases(await readFile(problemsPath, "utf8"), problemsPath),
    synonyms: parseSynonymGroups(await readFile(synonymsPath, "utf8"), synonymsPath),
  };
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["rt", "rp"] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);

  const textsByLang = new Map<string, string[]>();
  const languages: Record<string, number> = {};
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    if (relative(siteDir, file).startsWith(`${searchFolders.pagefind}${sep}`)) continue;
    const urlPath = urlPathOf(relative(siteDir, file));
    const indexed = prepareForIndex(await readFile(file, "utf8"), urlPath, sources);
    if (!indexed) continue;
    const added = await index.addHTMLFile({ url: urlPath, content: indexed.html });
    if (added.errors.length) throw new Error(`${file}: Pagefind could not index it: ${added.errors.join("; ")}`);
    pages += 1;
    languages[indexed.lang] = (languages[indexed.lang] ?? 0) + 1;
    // push, not spread: copying the list for every page made this step quadratic in the page count.
    const texts = textsByLang.get(indexed.lang) ?? [];
    texts.push(indexed.text);
    textsByLang.set(indexed.lang, texts);
  }

  const written = await index.writeFiles({ outputPath: join(siteDir, searchFolders.pagefind) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();

  const vocabularyPath = join(siteDir, searchFolders.vocabulary);
  await rm(vocabularyPath, { recursive: true, force: true });
  await mkdir(vocabularyPath, { recursive: true });
  for (const [lang, texts] of textsByLang) {
    await writeFile(join(siteDir, vocabularyFile(lang)), JSON.stringify(buildVocabulary(texts)));
  }
  return { pages, languages };
}
