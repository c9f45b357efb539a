/**
 * The Pagefind index of the built site: one index per `<html lang>` (Pagefind splits them). It reads the
 * search copies the page pass wrote (page-pass.ts: only pages marked `data-pagefind-body`, with section
 * titles, problem phrases and synonyms added, fallback pages in their locale's index), so no page is
 * parsed twice in JavaScript. Ruby readings (`rt`, `rp`) stay out, as well as by their
 * `data-pagefind-ignore`. Each language also gets a vocabulary file (`search-vocabulary/<lang>.json`) of
 * the indexed words, which the results page uses to correct typos when a search finds nothing.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { filesUnder, linkOrCopyInto, sameFile } from "./html-files.ts";
import type { EntryFile, LanguageIndex } from "./language-index.ts";
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
 * Puts the languages' indexes together in `siteDir/pagefind/` the way Pagefind itself lays out several
 * languages: each language's files under its own hashed names, and one `pagefind-entry.json` naming
 * them all. The files are hard links into the kept indexes (`linkOrCopy`).
 */
export async function assembleSearchIndex(siteDir: string, indexes: LanguageIndex[]): Promise<void> {
  const outputPath = join(siteDir, searchFolders.pagefind);
  const sorted = [...indexes].sort((a, b) => a.lang.localeCompare(b.lang));
  const entry: EntryFile = { version: sorted[0]?.version ?? "", languages: {}, include_characters: [] };
  // Each file of the output and the kept index file it is: the scripts, styles and WebAssembly are the
  // same in every language's output; each language's own files carry its name in theirs.
  const sources = new Map<string, string>();
  for (const index of sorted) {
    entry.languages[index.lang] = index.entry;
    entry.include_characters = [...new Set([...(entry.include_characters ?? []), ...index.includeCharacters])];
    for (const file of filesUnder(index.folder)) if (file !== "pagefind-entry.json" && file !== ".digest") sources.set(file, join(index.folder, file));
  }
  // The last build's output stays where it is still the same file (a hard link into a kept index).
  for (const file of filesUnder(outputPath)) if (!sources.has(file)) await rm(join(outputPath, file));
  for (const [file, source] of sources) if (!sameFile(source, join(outputPath, file))) linkOrCopyInto(source, join(outputPath, file));
  await mkdir(outputPath, { recursive: true });
  await writeFile(join(outputPath, "pagefind-entry.json"), JSON.stringify(entry));
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
