/**
 * The `cacheKey` of every getStaticPaths route (experimental.incrementalBuild): each hashes the data its
 * page renders, taken from the same helpers the page renders from (src/lib/cache-key.ts does the hashing).
 * Code, styles and the lockfile are Astro's part of the key; what is here is everything from the content root.
 */
import { cacheKey, contentDigest, entryIdentity, listedFields } from "../lib/cache-key.ts";
import { loadGlossary } from "../lib/glossary/load.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import { getArticlesFor, getAudiences, getCategories, translationStateOf, type ArticleEntry, type ResolvedArticle } from "./content.ts";
import { listTroubleshooters } from "./troubleshooters.ts";
import { linkTitlesOf } from "./link-targets.ts";
import { buildNotice } from "./notices.ts";

let glossaryKey: string | undefined;
let troubleshooterFilesKey: string | undefined;

/** Screen texts an article body may quote (<Screen>, <Figure>), wherever the glossary came from. */
function glossary(): string {
  glossaryKey ??= cacheKey(loadGlossary());
  return glossaryKey;
}

/** The site notice every page shows while it is active (Base.astro): a notice raised or ended renders every page again. */
export function noticeKey(): string {
  return cacheKey(buildNotice());
}

let taxonomyKey: Promise<string> | undefined;

/** Categories and audiences: every article page names its own, and the lists show them all. Hashed once per build. */
function taxonomy(): Promise<string> {
  taxonomyKey ??= (async () => cacheKey(await getCategories(), await getAudiences()))();
  return taxonomyKey;
}

const listed = (articles: ResolvedArticle[]) => articles.map(listedFields);

/**
 * An article page: its own file, how it is shown, and what it shows of other articles and troubleshooters
 * (related lists, and the titles its <ArticleLink> and <TroubleshooterLink> links show).
 */
export async function articlePageKey(
  locale: Locale,
  shown: { item: ArticleEntry; shownLocale: Locale; isFallback: boolean },
  hasEasyVersion: boolean,
  fallbackReaders: readonly Locale[],
): Promise<string> {
  const { data } = shown.item;
  const all = await getArticlesFor(locale);
  const related = data.related.map((id) => all.find((article) => article.id === id)).filter((article) => article !== undefined);
  const troubleshooters = (await listTroubleshooters(locale)).filter((item) => data.troubleshooters.includes(item.slug));
  return cacheKey(
    "article",
    locale,
    entryIdentity(shown.item),
    { shownLocale: shown.shownLocale, isFallback: shown.isFallback, hasEasyVersion, fallbackReaders },
    await translationStateOf(shown.item),
    listed(related),
    troubleshooters,
    await linkTitlesOf(shown.item.body, shown.shownLocale),
    await taxonomy(),
    glossary(),
    noticeKey(),
  );
}

/** A category or audience page: the articles it lists, in their order. */
export async function listPageKey(locale: Locale, kind: "category" | "audience", id: string): Promise<string> {
  const articles = (await getArticlesFor(locale)).filter((article) =>
    kind === "category" ? article.entry.data.category === id : article.entry.data.audiences.includes(id),
  );
  return cacheKey(kind, locale, id, listed(articles), await taxonomy(), noticeKey());
}

/** The home page: troubleshooters, categories with their article counts, audiences. */
export async function homePageKey(locale: Locale): Promise<string> {
  const categories = (await getArticlesFor(locale)).map((article) => article.entry.data.category);
  return cacheKey("home", locale, categories, await listTroubleshooters(locale), await taxonomy(), noticeKey());
}

/** The troubleshooters' index. */
export async function troubleshooterIndexKey(locale: Locale): Promise<string> {
  return cacheKey("troubleshooters", locale, await listTroubleshooters(locale), noticeKey());
}

/**
 * A troubleshooter page reads its flow and texts, the glossary its texts quote, the furigana rules and
 * ledger its readings come from, and its problem phrases; the folder of all troubleshooters is hashed, as
 * the page checks its links.
 */
export function troubleshooterPageKey(locale: Locale, slug: string): string {
  troubleshooterFilesKey ??= contentDigest(["troubleshooters", "furiganaRules", "searchProblems"]);
  return cacheKey("troubleshooter", locale, slug, troubleshooterFilesKey, glossary(), noticeKey());
}
