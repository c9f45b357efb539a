import { readFileSync } from "node:fs";
import { contentPath } from "../lib/content-paths.ts";
import { parseProblemPhrases, type ProblemPhrases } from "../lib/search/problems.ts";
import type { Locale } from "../lib/i18n/locales.ts";

let phrases: ProblemPhrases | undefined;

/**
 * The problem phrases a troubleshooter's page carries for the search index (content/search/problems.yaml):
 * its locale's own list only, so a page is found by the problem as its readers put it.
 */
export function problemPhrasesOf(slug: string, locale: Locale): string[] {
  phrases ??= parseProblemPhrases(readFileSync(contentPath("searchProblems"), "utf8"), contentPath("searchProblems"));
  return phrases.find((entry) => entry.troubleshooter === slug)?.phrases[locale] ?? [];
}
