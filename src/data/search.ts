/**
 * Build-time data for the search page: filter options (as the index names them), the troubleshooters
 * with their problem phrases, and the index's language for a locale.
 */
import { readFile } from "node:fs/promises";
import { baseLocaleOf, defaultLocale, indexLanguageOf, locales, type Locale } from "../lib/i18n/locales.ts";
import { localized } from "../lib/content-resolution.ts";
import { parseProblemPhrases, problemsFor } from "../lib/search/problems.ts";
import { parseSynonymGroups } from "../lib/search/synonyms.ts";
import { fallbackSourceOf } from "../lib/search/fallback.ts";
import { paths } from "../lib/urls.ts";
import { contentPath } from "../lib/content-paths.ts";
import { getArticlesFor, getAudiences, getCategories } from "./content.ts";
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

/** A topic page, offered when a search finds nothing. */
export interface SearchTopic {
  title: string;
  url: string;
}

/** The language a fallback page is written in, for its result's label and `lang`. */
export interface ShownLanguage {
  lang: string;
  label: string;
}

export interface SearchPageData {
  /** Locale whose pages the index for this page holds (easy Japanese searches the Japanese pages). */
  indexLocale: Locale;
  /** `<html lang>` of those pages, which names the vocabulary file. */
  indexLang: string;
  /** The default locale's index: the search of last resort. */
  defaultIndexLang: string;
  categories: FilterOption[];
  audiences: FilterOption[];
  troubleshooters: SearchTroubleshooter[];
  /** Synonym groups of the index's language. */
  synonyms: string[][];
  topics: SearchTopic[];
  /** Per article path in the reader's locale that shows another language's version: that language. */
  fallbackLanguages: Record<string, ShownLanguage>;
  /**
   * The index of the language this locale's untranslated pages are written in, when that is not its own
   * index (search/fallback.ts), with each filter's values (category, audience) as that index names them.
   */
  fallbackIndex: { lang: string; filterNames: Record<string, Record<string, string>> } | null;
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
  const categories = await getCategories();
  const audiences = await getAudiences();
  const fallbacks = (await getArticlesFor(locale)).filter((article) => article.isFallback);
  const fallbackLanguages = Object.fromEntries(
    fallbacks.map((article) => [paths.article(locale, article.id), { lang: locales[article.shownLocale].lang, label: locales[article.shownLocale].label }]),
  );
  const fallbackSource = fallbackSourceOf(locale, fallbacks.map((article) => article.shownLocale));
  const namesIn = (list: { name: Record<string, string> }[], shown: Locale) => Object.fromEntries(list.map(({ name }) => [localized(name, indexLocale), localized(name, shown)]));
  return {
    indexLocale,
    indexLang: indexLanguageOf(locale),
    defaultIndexLang: indexLanguageOf(defaultLocale),
    categories: categories.map((category) => option(category.name)),
    audiences: audiences.map((audience) => option(audience.name)),
    troubleshooters,
    synonyms: parseSynonymGroups(await readFile(contentPath("searchSynonyms"), "utf8"), contentPath("searchSynonyms"))[indexLanguageOf(locale)] ?? [],
    topics: categories.map((category) => ({ title: localized(category.name, locale), url: paths.category(locale, category.id) })),
    fallbackLanguages,
    fallbackIndex: fallbackSource && {
      lang: indexLanguageOf(fallbackSource),
      filterNames: { category: namesIn(categories, fallbackSource), audience: namesIn(audiences, fallbackSource) },
    },
  };
}
