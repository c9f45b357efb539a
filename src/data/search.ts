/**
 * Build-time data for the search page: filter options (as the index names them), the troubleshooters
 * with their problem phrases, and the index's language for a locale.
 */
import { readFile } from "node:fs/promises";
import { baseLocaleOf, locales, type Locale } from "../lib/i18n/locales.ts";
import { localized } from "../lib/content-resolution.ts";
import { parseProblemPhrases, problemsFor } from "../lib/search/problems.ts";
import { paths } from "../lib/urls.ts";
import { contentPath } from "../lib/content-paths.ts";
import { getAudiences, getCategories } from "./content.ts";
import { listTroubleshooters } from "./troubleshooters.ts";

export interface FilterOption {
  /** The value written into the index (the name in the index's language). */
  value: string;
  /** The name shown to the reader. */
  label: string;
}

export interface SearchTroubleshooter {
  slug: string;
  title: string;
  summary: string;
  /** URL in the reader's locale. */
  url: string;
  /** URL as the index stores it (in the index's locale), for matching Pagefind results. */
  indexedPath: string;
  phrases: string[];
}

export interface SearchPageData {
  /** Locale whose pages the index for this page holds (easy Japanese searches the Japanese pages). */
  indexLocale: Locale;
  /** `<html lang>` of those pages, which names the vocabulary file. */
  indexLang: string;
  categories: FilterOption[];
  audiences: FilterOption[];
  troubleshooters: SearchTroubleshooter[];
}

export async function getSearchPageData(locale: Locale): Promise<SearchPageData> {
  const indexLocale = baseLocaleOf(locale);
  const option = (name: Record<string, string>) => ({ value: localized(name, indexLocale), label: localized(name, locale) });
  const problems = problemsFor(parseProblemPhrases(await readFile(contentPath("searchProblems"), "utf8"), contentPath("searchProblems")), locale);
  const troubleshooters = (await listTroubleshooters(locale)).map((troubleshooter) => ({
    slug: troubleshooter.slug,
    title: troubleshooter.title,
    summary: troubleshooter.summary,
    url: paths.troubleshooter(locale, troubleshooter.slug),
    indexedPath: paths.troubleshooter(indexLocale, troubleshooter.slug),
    phrases: problems.find((problem) => problem.slug === troubleshooter.slug)?.phrases ?? [],
  }));
  return {
    indexLocale,
    indexLang: locales[indexLocale].lang,
    categories: (await getCategories()).map((category) => option(category.name)),
    audiences: (await getAudiences()).map((audience) => option(audience.name)),
    troubleshooters,
  };
}
