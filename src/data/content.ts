/**
 * The only module that queries content collections. Pages call these helpers; components never do.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { resolveTranslation } from "../lib/content-resolution.ts";
import { originalLocaleOf, translationState, type TranslationState } from "../lib/translation.ts";

export type ArticleEntry = CollectionEntry<"articles">;

/** The locale of an article entry, taken from its folder (`content/articles/<locale>/<id>.mdx`). */
function entryLocale(entry: ArticleEntry): Locale {
  const folder = entry.id.split("/")[0];
  const match = localeKeys.find((key) => key === folder);
  if (!match) throw new Error(`${entry.filePath}: folder "${folder}" is not a locale (${localeKeys.join(", ")})`);
  return match;
}

let articleIndex: Promise<Map<string, Partial<Record<Locale, ArticleEntry>>>> | undefined;

/** All articles grouped by their stable id, then by locale. Computed once per build. */
export function getArticleIndex(): Promise<Map<string, Partial<Record<Locale, ArticleEntry>>>> {
  articleIndex ??= getCollection("articles").then((entries) => {
    const byId = new Map<string, Partial<Record<Locale, ArticleEntry>>>();
    for (const entry of entries) {
      const versions = byId.get(entry.data.id) ?? {};
      const locale = entryLocale(entry);
      if (versions[locale]) {
        throw new Error(
          `Duplicate article id "${entry.data.id}" in ${locale}: ${versions[locale].filePath} and ${entry.filePath}`,
        );
      }
      versions[locale] = entry;
      byId.set(entry.data.id, versions);
    }
    return byId;
  });
  return articleIndex;
}

/** Whether an article version is an original, a translation up to date with its original, or a stale one. */
export async function translationStateOf(entry: ArticleEntry): Promise<TranslationState> {
  const locale = entryLocale(entry);
  const originalLocale = originalLocaleOf(locale);
  const original = originalLocale ? (await getArticleIndex()).get(entry.data.id)?.[originalLocale] : undefined;
  const words = original && { title: original.data.title, answer: original.data.answer, body: original.body ?? "", updated: original.data.updated };
  return translationState(locale, entry.data.translatedFrom, words);
}

export interface ResolvedArticle {
  id: string;
  entry: ArticleEntry;
  shownLocale: Locale;
  isFallback: boolean;
  /** Locales that have their own version of this article. */
  availableLocales: Locale[];
}

const articlesByLocale = new Map<Locale, Promise<ResolvedArticle[]>>();

/**
 * Every article as a reader of `locale` sees it (own version, or a fallback). Computed once per locale:
 * every article page asks for the list, and recomputing it per page made the build quadratic.
 */
export function getArticlesFor(locale: Locale): Promise<ResolvedArticle[]> {
  let articles = articlesByLocale.get(locale);
  if (!articles) {
    articles = resolveArticlesFor(locale);
    articlesByLocale.set(locale, articles);
  }
  return articles;
}

async function resolveArticlesFor(locale: Locale): Promise<ResolvedArticle[]> {
  const index = await getArticleIndex();
  const result: ResolvedArticle[] = [];
  for (const [id, versions] of index) {
    const resolved = resolveTranslation(locale, versions);
    if (!resolved) continue;
    result.push({
      id,
      entry: resolved.item,
      shownLocale: resolved.shownLocale,
      isFallback: resolved.isFallback,
      availableLocales: localeKeys.filter((key) => versions[key] !== undefined),
    });
  }
  return result.sort(
    (a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title),
  );
}

type Category = CollectionEntry<"categories">["data"];
type Audience = CollectionEntry<"audiences">["data"];
let categories: Promise<Category[]> | undefined;
let audiences: Promise<Audience[]> | undefined;

/** Categories by `order`. Computed once per build: every article page names its own. */
export function getCategories(): Promise<Category[]> {
  categories ??= getCollection("categories").then((entries) => entries.map((entry) => entry.data).sort((a, b) => a.order - b.order));
  return categories;
}

/** Audiences by `order`. Computed once per build: every article page names its own. */
export function getAudiences(): Promise<Audience[]> {
  audiences ??= getCollection("audiences").then((entries) => entries.map((entry) => entry.data).sort((a, b) => a.order - b.order));
  return audiences;
}
