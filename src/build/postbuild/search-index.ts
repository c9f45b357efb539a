/**
 * The Pagefind index of the built site, one index per language (as Pagefind splits them), made from
 * the search copies the page pass wrote (page-pass.ts: only pages marked `data-pagefind-body`, with
 * section titles and synonyms added, fallback pages in their locale's index). Each
 * language's index is kept in the cache folder under a digest of its pages, so a rebuild indexes only
 * the languages in which a page changed, and then copies every language's files into the site. Each
 * language also gets a vocabulary file (`search-vocabulary/<lang>.json`) of the indexed words, which
 * the results page uses to correct typos when a search finds nothing.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { rankVocabulary } from "../../lib/search/spelling.ts";
import { parseSynonymGroups } from "../../lib/search/synonyms.ts";
import { searchFolders, vocabularyFile } from "../../lib/search/files.ts";
import { contentPath } from "../../lib/content-paths.ts";
import type { SearchSources } from "./page-pass.ts";

/** The editors' synonym groups, which the search copies carry (troubleshooters carry their problem phrases themselves). */
export async function readSearchSources(synonymsPath: string = contentPath("searchSynonyms")): Promise<SearchSources> {
  return { synonyms: parseSynonymGroups(await readFile(synonymsPath, "utf8"), synonymsPath) };
}

/** A page's search copy: its file in the site folder (Pagefind makes the URL from it) and its HTML. */
export interface SearchCopy {
  file: string;
  html: string;
}

interface EntryFile {
  version: string;
  languages: Record<string, Record<string, unknown>>;
  include_characters?: string[];
}

/** What Pagefind wrote for one language: its part of `pagefind-entry.json`, and the folder of its files. */
export interface LanguageIndex {
  lang: string;
  folder: string;
  written: EntryFile;
  /** The index of the last build was still right. */
  reused: boolean;
}

function assertPagefind<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}

async function writtenIndex(lang: string, folder: string, reused: boolean): Promise<LanguageIndex> {
  const written = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8")) as EntryFile;
  if (!written.languages[lang]) throw new Error(`${folder}: Pagefind wrote no index for "${lang}"`);
  return { lang, folder, written, reused };
}

/**
 * Indexes one language's search copies into `folder`, or keeps `folder` when it holds the index of
 * exactly these copies (`digest`). The caller closes Pagefind once every language is done.
 */
export async function indexLanguage(lang: string, copies: readonly SearchCopy[], folder: string, digest: string): Promise<LanguageIndex> {
  const digestFile = join(folder, ".digest");
  if ((await readFile(digestFile, "utf8").catch(() => null)) === digest) return writtenIndex(lang, folder, true);
  await rm(folder, { recursive: true, force: true });
  const { index } = assertPagefind(await pagefind.createIndex({ excludeSelectors: ["rt", "rp"], forceLanguage: lang }), "start");
  if (!index) throw new Error("Pagefind gave no index");
  for (const copy of copies) assertPagefind(await index.addHTMLFile({ sourcePath: copy.file, content: copy.html }), `index ${copy.file}`);
  assertPagefind(await index.writeFiles({ outputPath: folder }), `write the ${lang} index`);
  await writeFile(digestFile, digest);
  return writtenIndex(lang, folder, false);
}

/**
 * Puts the languages' indexes together in `siteDir/pagefind/` the way Pagefind itself lays out several
 * languages: each language's files under its own hashed names, and one `pagefind-entry.json` naming them all.
 */
export async function assembleSearchIndex(siteDir: string, indexes: readonly LanguageIndex[]): Promise<void> {
  const outputPath = join(siteDir, searchFolders.pagefind);
  await rm(outputPath, { recursive: true, force: true });
  const sorted = [...indexes].sort((a, b) => a.lang.localeCompare(b.lang));
  const entry: EntryFile = { version: sorted[0]?.written.version ?? "", languages: {}, include_characters: [] };
  for (const index of sorted) {
    entry.languages[index.lang] = index.written.languages[index.lang]!;
    entry.include_characters = [...new Set([...(entry.include_characters ?? []), ...(index.written.include_characters ?? [])])];
    await cp(index.folder, outputPath, { recursive: true, filter: (source) => !/[\\/](?:pagefind-entry\.json|\.digest)$/.test(source) });
  }
  await mkdir(outputPath, { recursive: true });
  await writeFile(join(outputPath, "pagefind-entry.json"), JSON.stringify(entry));
}

/** Closes Pagefind's process (it is started by the first index made). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}

/** Writes each language's typo vocabulary from the word counts of its indexed pages. */
export async function writeVocabularies(siteDir: string, countsByLang: Map<string, Map<string, number>>): Promise<void> {
  const vocabularyPath = join(siteDir, searchFolders.vocabulary);
  await rm(vocabularyPath, { recursive: true, force: true });
  await mkdir(vocabularyPath, { recursive: true });
  for (const [lang, counts] of [...countsByLang].sort((a, b) => a[0].localeCompare(b[0]))) {
    await writeFile(join(siteDir, vocabularyFile(lang)), JSON.stringify(rankVocabulary(counts)));
  }
}
