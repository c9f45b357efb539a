/**
 * What a link inside an article shows of its target: the target's current title in the language of
 * the text around the link, so a renamed page renames every link to it.
 */
import { locales, type Locale } from "../lib/i18n/locales.ts";
import { titledLinks } from "../lib/mdx/titled-links.ts";
import { getArticlesFor } from "./content.ts";
import { listTroubleshooters } from "./troubleshooters.ts";

export interface LinkTitle {
  title: string;
  /** `lang` of the title when it is written in another language than the text around it (a fallback). */
  lang: string | undefined;
}

/** The title of article `id` as a reader of `locale` sees it; `undefined` when there is no such article. */
export async function articleLinkTitle(id: string, locale: Locale): Promise<LinkTitle | undefined> {
  const shown = (await getArticlesFor(locale)).find((article) => article.id === id);
  if (!shown) return undefined;
  const lang = locales[shown.shownLocale].lang;
  return { title: shown.entry.data.title, lang: lang === locales[locale].lang ? undefined : lang };
}

/** The title of troubleshooter `slug` in `locale` (every troubleshooter has texts in every language). */
export async function troubleshooterLinkTitle(slug: string, locale: Locale): Promise<LinkTitle | undefined> {
  const troubleshooter = (await listTroubleshooters(locale)).find((item) => item.slug === slug);
  return troubleshooter && { title: troubleshooter.title, lang: undefined };
}

/**
 * The titles an article body written in `locale` shows as link texts, for the page's cache key: a
 * renamed target renders the pages that link to it again. `body` is undefined for a plain-Markdown
 * file (the content store keeps only MDX bodies), which has no components.
 */
export async function linkTitlesOf(body: string | undefined, locale: Locale): Promise<Record<string, string | undefined>> {
  const { articles, troubleshooters } = titledLinks(body ?? "");
  const titles: Record<string, string | undefined> = {};
  for (const id of articles) titles[`article:${id}`] = (await articleLinkTitle(id, locale))?.title;
  for (const slug of troubleshooters) titles[`troubleshooter:${slug}`] = (await troubleshooterLinkTitle(slug, locale))?.title;
  return titles;
}
