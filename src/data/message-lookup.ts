/**
 * Build-time data for "What does this message mean?": every screen text of the glossary as a reader of
 * `locale` sees it, with the words the product shows, their meaning in the reader's language, the
 * article and troubleshooter step that deal with it, and the keys the page script matches a query on.
 */
import { loadGlossary, glossaryFile } from "../lib/glossary/load.ts";
import { screenText, type ScreenText } from "../lib/glossary/schema.ts";
import { toRubySegments } from "../lib/furigana/reader.ts";
import { localeKeys, locales, type Locale } from "../lib/i18n/locales.ts";
import { lookupKey } from "../lib/message-lookup.ts";
import { paths } from "../lib/urls.ts";
import { getArticlesFor } from "./content.ts";
import { listTroubleshooters, stepQuery } from "./troubleshooters.ts";

export interface MessageLink {
  href: string;
  title: string;
  /** `lang` of the title when it is not in the reader's language (a fallback article). */
  lang: string | undefined;
}

export interface MessageEntry {
  /** The glossary name, also the entry's fragment id. */
  name: string;
  kind: ScreenText["kind"];
  /** The words in the reader's language (a translation, or the product's own words). */
  words: string;
  /** The words as the source gives them (English), when they are not `words`. */
  english: string | null;
  /** Our Japanese translation of them, when it is not `words`. */
  japanese: string | null;
  article: MessageLink;
  step: MessageLink | null;
  /** Forms a query is matched against (`src/lib/message-lookup.ts`), the readings included. */
  keys: string[];
}

/** The reading of a Japanese text, from the build's furigana reader (rules, ledger-reviewed analysis). */
async function readingOf(text: string): Promise<string> {
  return (await toRubySegments(text)).map((segment) => segment.reading ?? segment.text).join("");
}

/** Every Japanese form of a screen text: the same in every locale, so the page of every language finds it. */
async function japaneseKeys(entry: ScreenText): Promise<string[]> {
  const texts = new Set(localeKeys.filter((locale) => locales[locale].furigana).map((locale) => screenText(entry, locale)));
  const keys: string[] = [];
  for (const text of texts) keys.push(text, await readingOf(text));
  return keys;
}

export async function getMessageEntries(locale: Locale): Promise<MessageEntry[]> {
  const glossary = loadGlossary();
  const articles = new Map((await getArticlesFor(locale)).map((article) => [article.id, article]));
  const troubleshooters = new Map((await listTroubleshooters(locale)).map((troubleshooter) => [troubleshooter.slug, troubleshooter]));
  const entries: MessageEntry[] = [];
  for (const [name, entry] of Object.entries(glossary.screens)) {
    const where = `${glossaryFile}: screens.${name}.help`;
    const article = articles.get(entry.help.article);
    if (!article) throw new Error(`${where}.article: there is no article "${entry.help.article}"`);
    let step: MessageLink | null = null;
    if (entry.help.troubleshooter) {
      const { slug, step: stepId } = entry.help.troubleshooter;
      const troubleshooter = troubleshooters.get(slug);
      if (!troubleshooter) throw new Error(`${where}.troubleshooter.slug: there is no troubleshooter "${slug}"`);
      const found = troubleshooter.steps.find((candidate) => candidate.id === stepId);
      if (!found) throw new Error(`${where}.troubleshooter.step: "${slug}" has no step "${stepId}"; use one of ${troubleshooter.steps.map((candidate) => candidate.id).join(", ")}`);
      const query = stepQuery(slug, stepId);
      if (query === null) throw new Error(`${where}.troubleshooter.step: only a typed answer leads to "${stepId}", so no link can open it; name a step that answers lead to`);
      step = { href: paths.troubleshooterAt(locale, slug, query), title: found.label, lang: undefined };
    }
    const words = screenText(entry, locale);
    const texts = [entry.en, words, ...(await japaneseKeys(entry))];
    entries.push({
      name,
      kind: entry.kind,
      words,
      english: words === entry.en ? null : entry.en,
      japanese: words === entry.ja ? null : entry.ja,
      article: {
        href: paths.article(locale, article.id),
        title: article.entry.data.title,
        lang: article.isFallback ? locales[article.shownLocale].lang : undefined,
      },
      step,
      keys: [...new Set(texts.map(lookupKey))],
    });
  }
  return entries;
}
