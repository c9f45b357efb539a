/**
 * The Pagefind index of the built site: one index per `<html lang>` (Pagefind splits them). It reads the
 * search copies the page pass wrote (page-pass.ts: only pages marked `data-pagefind-body`, with section
 * titles, problem phrases and synonyms added, fallback pages in their locale's index), so no page is
 * parsed twice in JavaScript. Ruby readings (`rt`, `rp`) stay out, as well as by their
 * `data-pagefind-ignore`. Each language also gets a vocabulary file (`search-vocabulary/<lang>.json`) of
 * the indexed words, which the results page uses to correct typos when a search finds nothing.
 */
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import * as pagefind from "pagefind";
import { parseProblemPhrases } from "../lib/search/problems.ts";
import { rankVocabulary } from "../lib/search/spelling.ts";
import { parseSynonymGroups } from "../lib/search/synonyms.ts";
import { searchFolders, vocabularyFile } from "../lib/search/files.ts";
import { contentPath } from "../lib/content-paths.ts";
import type { SearchSources } from "./page-pass.ts";

/** The editors' search tuning: problem phrases of the troubleshooters and synonym groups. */
export async function readSearchSources(
  problemsPath: string = contentPath("searchProblems"),
  synonymsPath: string = contentPath("searchSynonyms"),
): Promise<SearchSources> {
  return {
    problems: parseProblemPhrases(await readFile(problemsPath, "utf8"), problemsPath),
    synonyms: parseSynonymGroups(await readFile(synonymsPath, "utf8"), synonymsPath),
  };
}

/**
 * Puts the files under `from` into `to` as hard links (the cached index is not copied byte by byte on
 * every build; nothing rewrites these files in place), or as copies where links cannot be made.
 */
async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === "pagefind-entry.json" || entry.name === ".digest") continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { force: true });
    await link(source, target).catch(() => copyFile(source, target));
  }
}

/** What Pagefind wrote for one language: its part of `pagefind-entry.json`, and the files it names. */
interface LanguageIndex {
  entry: Record<string, unknown>;
  includeCharacters: string[];
  folder: string;
}

/**
 * Indexes one language's search copies (`searchDir/<lang>/`) into `folder`, or reuses `folder` when it
 * holds the index of exactly these copies (`digest`).
 */
async function indexLanguage(lang: string, searchDir: string, folder: string, digest: string): Promise<LanguageIndex & { reused: boolean; pages: number }> {
  const digestFile = join(folder, ".digest");
  const read = async (): Promise<LanguageIndex> => {
    const entry = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8")) as EntryFile;
    const language = entry.languages[lang];
    if (!language) throw new Error(`${folder}: Pagefind wrote no index for "${lang}"`);
    return { entry: language, includeCharacters: entry.include_characters ?? [], folder };
  };
  if ((await readFile(digestFile, "utf8").catch(() => "")) === digest) {
    const index = await read();
    return { ...index, reused: true, pages: Number(index.entry["page_count"] ?? 0) };
  }
  await rm(folder, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["rt", "rp"] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: join(searchDir, lang) });
  if (added.errors.length) throw new Error(`Pagefind could not index ${join(searchDir, lang)}: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await index.deleteIndex();
  await writeFile(digestFile, digest);
  return { ...(await read()), reused: false, pages: added.page_count };
}

interface EntryFile {
  version: string;
  languages: Record<string, Record<string, unknown>>;
  include_characters?: string[];
}

/**
 * Builds `siteDir/pagefind/`: one Pagefind index per language, made side by side (a language whose pages
 * did not change since the last build keeps its index, from `cacheDir`), then put together the way
 * Pagefind itself lays out several languages: each language's files under its own hashed names, and one
 * `pagefind-entry.json` naming them all.
 */
export async function writeSearchIndex(
  siteDir: string,
  searchDir: string,
  cacheDir: string,
  digests: Map<string, string>,
): Promise<{ pages: number; reused: string[] }> {
  const outputPath = join(siteDir, searchFolders.pagefind);
  // Pagefind adds files next to old ones: a rebuild must not keep the previous build's fragments.
  await rm(outputPath, { recursive: true, force: true });
  const langs = [...digests.keys()].sort();
  let indexes: Awaited<ReturnType<typeof indexLanguage>>[];
  try {
    indexes = await Promise.all(langs.map((lang) => indexLanguage(lang, searchDir, join(cacheDir, lang), digests.get(lang)!)));
  } finally {
    await pagefind.close();
  }
  const entry: EntryFile = { version: "", languages: {}, include_characters: [] };
  for (const [position, index] of indexes.entries()) {
    const written = JSON.parse(await readFile(join(index.folder, "pagefind-entry.json"), "utf8")) as EntryFile;
    entry.version = written.version;
    entry.languages[langs[position]!] = index.entry;
    entry.include_characters = [...new Set([...(entry.include_characters ?? []), ...index.includeCharacters])];
    // The scripts, styles and WebAssembly are the same in every language's output; each language's own
    // files carry its name in theirs, so nothing is overwritten by another language's.
    await linkTree(index.folder, outputPath);
  }
  await writeFile(join(outputPath, "pagefind-entry.json"), JSON.stringify(entry));
  return { pages: indexes.reduce((sum, index) => sum + index.pages, 0), reused: langs.filter((_, position) => indexes[position]!.reused) };
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
