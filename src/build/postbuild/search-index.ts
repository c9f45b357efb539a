/**
 * The Pagefind index of the built site, one per language, from the search copies the page pass made
 * (page-pass.ts). Each language's index is kept in the cache folder under a digest of its pages, so a
 * rebuild indexes only the languages in which a page changed. Each language also gets the vocabulary
 * (`search-vocabulary/<lang>.json`) the results page corrects typos with when a search finds nothing.
 */
import { cpSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join, sep } from "node:path";
import * as pagefind from "pagefind";
import { rankVocabulary } from "../../lib/search/spelling.ts";
import { searchFolders, vocabularyFile } from "../../lib/search/files.ts";
import { searchCopy, type PageResult } from "./page-cache.ts";

type EntryFile = { version: string; languages: Record<string, Record<string, unknown>>; include_characters?: string[] };

/** What Pagefind wrote for one language: its part of `pagefind-entry.json`, and the folder of its files. */
interface LanguageIndex {
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

/** Indexes one language's search copies into `folder`, or keeps `folder` when it holds the index of exactly these pages. */
async function indexLanguage(lang: string, pages: readonly [string, PageResult][], folder: string, key: string): Promise<LanguageIndex> {
  const hash = createHash("sha256").update(key);
  for (const [file, page] of pages) hash.update(`\0${file}\0${page.hash}`);
  const digest = hash.digest("base64url");
  const digestFile = join(folder, ".digest");
  if ((await readFile(digestFile, "utf8").catch(() => null)) === digest) return writtenIndex(lang, folder, true);
  await rm(folder, { recursive: true, force: true });
  const { index } = assertPagefind(await pagefind.createIndex({ excludeSelectors: ["rt", "rp"], forceLanguage: lang }), "start");
  if (!index) throw new Error("Pagefind gave no index");
  // Sent all at once: the service takes them in order, one after the other, without waiting for each reply.
  // Pagefind makes each result's URL from the file's path inside the site folder.
  const copies = await Promise.all(pages.map(([file]) => readFile(searchCopy(file), "utf8")));
  const added = await Promise.all(pages.map(([file], at) => index.addHTMLFile({ sourcePath: file.split(sep).join("/"), content: copies[at]! })));
  added.forEach((response, at) => assertPagefind(response, `index ${pages[at]![0]}`));
  assertPagefind(await index.writeFiles({ outputPath: folder }), `write the ${lang} index`);
  await writeFile(digestFile, digest);
  return writtenIndex(lang, folder, false);
}

/**
 * Puts the languages' indexes together in `siteDir/pagefind/` the way Pagefind itself lays out several
 * languages: each language's files under its own hashed names, and one `pagefind-entry.json` naming them all.
 */
async function assembleSearchIndex(siteDir: string, indexes: readonly LanguageIndex[]): Promise<void> {
  const outputPath = join(siteDir, searchFolders.pagefind);
  await rm(outputPath, { recursive: true, force: true });
  const sorted = [...indexes].sort((a, b) => a.lang.localeCompare(b.lang));
  const entry: EntryFile = { version: sorted[0]?.written.version ?? "", languages: {}, include_characters: [] };
  for (const index of sorted) {
    entry.languages[index.lang] = index.written.languages[index.lang]!;
    entry.include_characters = [...new Set([...(entry.include_characters ?? []), ...(index.written.include_characters ?? [])])];
    // Synchronously: fs.cp takes seconds for the thousands of small files of the indexes.
    cpSync(index.folder, outputPath, { recursive: true, filter: (source) => !/[\\/](?:pagefind-entry\.json|\.digest)$/.test(source) });
  }
  await mkdir(outputPath, { recursive: true });
  await writeFile(join(outputPath, "pagefind-entry.json"), JSON.stringify(entry));
}

/** The searchable pages of each index language, in file order. */
function pagesByLang(pages: ReadonlyMap<string, PageResult>): Map<string, [string, PageResult][]> {
  const byLang = new Map<string, [string, PageResult][]>();
  for (const [file, page] of pages) {
    if (!page.searchLang) continue;
    const list = byLang.get(page.searchLang) ?? [];
    byLang.set(page.searchLang, list);
    list.push([file, page]);
  }
  return byLang;
}

/**
 * Indexes the languages whose pages changed (the others keep their index in `cacheFolder`, under a digest
 * of `key` and their pages), then puts all into the site; resolves to each language and whether it was kept.
 */
export async function writeSearchIndex(siteDir: string, pages: ReadonlyMap<string, PageResult>, key: string, cacheFolder: string): Promise<string[]> {
  try {
    const indexes = await Promise.all([...pagesByLang(pages)].map(([lang, list]) => indexLanguage(lang, list, join(cacheFolder, lang), key)));
    await assembleSearchIndex(siteDir, indexes);
    return indexes.map((index) => `${index.lang}${index.reused ? " kept from the last build" : ""}`);
  } finally {
    await pagefind.close();
  }
}

/** Writes each language's typo vocabulary from the word counts of its indexed pages. */
export async function writeVocabularies(siteDir: string, pages: ReadonlyMap<string, PageResult>): Promise<void> {
  const vocabularyPath = join(siteDir, searchFolders.vocabulary);
  await rm(vocabularyPath, { recursive: true, force: true });
  await mkdir(vocabularyPath, { recursive: true });
  for (const [lang, list] of [...pagesByLang(pages)].sort((a, b) => a[0].localeCompare(b[0]))) {
    const counts = new Map<string, number>();
    for (const [, page] of list) for (const [word, count] of page.words) counts.set(word, (counts.get(word) ?? 0) + count);
    await writeFile(join(siteDir, vocabularyFile(lang)), JSON.stringify(rankVocabulary(counts)));
  }
}
