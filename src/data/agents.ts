/**
 * The agents' index: every article with its anchors, and every troubleshooter with its steps, as a
 * reader of `locale` sees them, each with its page URL and its short link.
 */
import { getArticlesFor, type ArticleEntry } from "./content.ts";
import { listTroubleshooters, stepQuery } from "./troubleshooters.ts";
import { getRedirects } from "./redirects.ts";
import { articleBody } from "./article-html.ts";
import { parseArticle } from "../lib/content-checks/parse-article.ts";
import { paths } from "../lib/urls.ts";
import { localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { verificationStatus, type VerificationStatus } from "../lib/content-checks/verification.ts";
import { siteConfig } from "../config.ts";

export interface AgentLink {
  id: string;
  title: string;
  href: string;
  /** `/go/…` form, when there is one. */
  shortHref: string | undefined;
}

export interface AgentIndexEntry extends AgentLink {
  /** What lists show under the title: an article's answer, a troubleshooter's summary. */
  summary: string;
  parts: AgentLink[];
}

/** An article in the index before its parts are read (withParts): only the pages that render read them. */
export interface AgentArticle extends AgentLink {
  summary: string;
  entry: ArticleEntry;
}

/** An article version a reader of the locale sees that nobody has checked against the product lately. */
export interface ArticleToVerify extends AgentLink {
  status: Exclude<VerificationStatus, "verified">;
  /** `YYYY-MM-DD` of the last check, for a stale article. */
  verifiedOn: string | null;
}

/** The articles of `locale` that are unverified or stale (sorted by title), and how many there are in all. */
export async function getArticlesToVerify(locale: Locale, today: Date = new Date()): Promise<{ total: number; toVerify: ArticleToVerify[] }> {
  const articles = await getArticlesFor(locale);
  const toVerify = articles.flatMap((article): ArticleToVerify[] => {
    const verified = article.entry.data.verified;
    const status = verificationStatus(verified, today, siteConfig.verificationStaleAfterMonths);
    if (status === "verified") return [];
    const link = { id: article.id, title: article.entry.data.title, href: paths.article(locale, article.id), shortHref: undefined };
    return [{ ...link, status, verifiedOn: verified ? verified.on.toISOString().slice(0, 10) : null }];
  });
  return { total: articles.length, toVerify: toVerify.sort((a, b) => a.title.localeCompare(b.title, locale)) };
}

type Anchor = [id: string, anchor: { title: string }];
const anchorsByEntry = new WeakMap<ArticleEntry, Anchor[]>();

/** The sections of an article that have a title. Parsed once per entry: a fallback shows the same entry in several locales. */
function titledAnchors(entry: ArticleEntry): Anchor[] {
  let anchors = anchorsByEntry.get(entry);
  if (!anchors) {
    anchors = [...parseArticle(articleBody(entry)).anchors.entries()].filter(([, anchor]) => anchor.title !== "");
    anchorsByEntry.set(entry, anchors);
  }
  return anchors;
}

/** An article with its titled sections, each with its link and short link (the article's with the anchor). */
export function withParts({ entry, ...article }: AgentArticle): AgentIndexEntry {
  return {
    ...article,
    parts: titledAnchors(entry).map(([id, anchor]) => ({
      id,
      title: anchor.title,
      href: `${article.href}#${id}`,
      shortHref: article.shortHref === undefined ? undefined : `${article.shortHref}#${id}`,
    })),
  };
}

/**
 * A link to each step that a link can open: the page replays the answers in the query, so the link
 * carries the answers that lead there (stepQuery); a step reached only through a typed answer has none.
 */
function stepLinks(slug: string, steps: { id: string; label: string }[], locale: Locale): AgentLink[] {
  return steps.flatMap((step) => {
    const query = stepQuery(slug, step.id);
    if (query === null) return [];
    return [{ id: step.id, title: step.label, href: paths.troubleshooterAt(locale, slug, query), shortHref: undefined }];
  });
}

export async function getAgentIndex(locale: Locale): Promise<{ articles: AgentArticle[]; troubleshooters: AgentIndexEntry[] }> {
  const redirects = new Map((await getRedirects()).map((redirect) => [redirect.from, redirect]));
  // A short link exists for every article, and for a troubleshooter whose slug no article uses.
  const shortFor = (type: "article" | "troubleshooter", id: string) => (redirects.get(paths.shortLink(id))?.target.type === type ? paths.shortLink(id) : undefined);

  const articles = (await getArticlesFor(locale)).map((article) => ({
    id: article.id,
    title: article.entry.data.title,
    summary: article.entry.data.answer,
    href: paths.article(locale, article.id),
    shortHref: shortFor("article", article.id),
    entry: article.entry,
  }));

  const troubleshooters = (await listTroubleshooters(locale)).map((troubleshooter) => {
    const href = paths.troubleshooter(locale, troubleshooter.slug);
    return {
      id: troubleshooter.slug,
      title: troubleshooter.title,
      summary: troubleshooter.summary,
      href,
      shortHref: shortFor("troubleshooter", troubleshooter.slug),
      parts: stepLinks(troubleshooter.slug, troubleshooter.steps, locale),
    };
  });
  return { articles: articles.sort((a, b) => a.title.localeCompare(b.title, locale)), troubleshooters };
}

/** One ready reply: the answer-first sentence of a page or step, and the link that opens it. */
export interface ReadyReply {
  text: string;
  href: string;
}

/** The key of a reply: `article:<id>`, `troubleshooter:<slug>` or `step:<slug>:<step id>`. */
export function replyKey(type: "article" | "troubleshooter" | "step", id: string, step?: string): string {
  return step === undefined ? `${type}:${id}` : `${type}:${id}:${step}`;
}

/**
 * Every ready reply in every language, by locale then key: an agent who does not read the reader's
 * language copies the reply in it from the agents' index, which stays in the agent's language.
 */
export async function getReadyReplies(): Promise<Record<string, Record<string, ReadyReply>>> {
  const replies: Record<string, Record<string, ReadyReply>> = {};
  for (const locale of localeKeys) {
    const { articles, troubleshooters } = await getAgentIndex(locale);
    const own: Record<string, ReadyReply> = {};
    for (const article of articles) own[replyKey("article", article.id)] = { text: article.summary, href: article.href };
    for (const troubleshooter of troubleshooters) {
      own[replyKey("troubleshooter", troubleshooter.id)] = { text: troubleshooter.summary, href: troubleshooter.href };
      for (const step of troubleshooter.parts) own[replyKey("step", troubleshooter.id, step.id)] = { text: step.title, href: step.href };
    }
    replies[locale] = own;
  }
  return replies;
}
