/**
 * What editors read in the feedback report, counted from stored payloads: per article and language the votes,
 * reasons and comments; per language the searches that failed (nothing found, or results nobody opened), grouped
 * by their folded wording, with the closest page that might answer them; the rank of the results readers opened;
 * where readers turned to the contact details; and each troubleshooter's funnel (`step-report.ts`). Pure: the
 * CLI (`scripts/feedback-report.ts`) reads the database and the content.
 */
import type { FeedbackPayload, FeedbackReason } from "./feedback.ts";
import { feedbackReasons } from "./feedback.ts";
import { foldLetters, phraseSimilarity } from "./search/problem-match.ts";
import { stepReport, type TroubleshooterReport } from "./step-report.ts";

export interface ArticleFeedback {
  page: string;
  locale: string;
  yes: number;
  no: number;
  reasons: Record<FeedbackReason, number>;
  comments: string[];
}

export interface FailedSearch {
  /** The group's most frequent wording, as received. */
  query: string;
  /** The folded wording the group shares (`normaliseQuery`). */
  normalised: string;
  /** Every wording as received, most frequent first. */
  wordings: string[];
  empty: number;
  noClick: number;
  suggestion: Suggestion | null;
}

/** A page or search word that might answer a failed search. */
export interface Suggestion {
  kind: "article" | "troubleshooter" | "synonym";
  /** The article id, troubleshooter slug, or the synonym group's first word. */
  id: string;
  /** What matched: a title, a problem phrase or a synonym. */
  text: string;
}

export interface SuggestionCandidate extends Suggestion {
  locale: string;
}

export interface SearchLocaleReport {
  locale: string;
  failed: FailedSearch[];
  /** How many opened results were at each rank (1 = first); ranks past 10 are counted at 11. */
  clickRanks: number[];
  clicks: number;
}

export interface ContactViews {
  page: string;
  locale: string;
  views: number;
}

export interface FeedbackReport {
  events: number;
  articles: ArticleFeedback[];
  searches: SearchLocaleReport[];
  contactViews: ContactViews[];
  troubleshooters: TroubleshooterReport[];
}

/** A query as editors group it: folded like the search page's matching, with spacing and punctuation made plain. */
export function normaliseQuery(query: string): string {
  return foldLetters(query)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();
}

/** How close a suggestion must be to be worth an editor's look. */
export const suggestionThreshold = 0.4;

/**
 * The candidate in the query's language closest to it, when it is close enough. A page (article or troubleshooter)
 * comes before a synonym: a page is an answer, a synonym only a way to one.
 */
export function suggestFor(query: string, locale: string, candidates: readonly SuggestionCandidate[]): Suggestion | null {
  const pages = candidates.filter((candidate) => candidate.kind !== "synonym");
  return closest(query, locale, pages) ?? closest(query, locale, candidates.filter((candidate) => candidate.kind === "synonym"));
}

function closest(query: string, locale: string, candidates: readonly SuggestionCandidate[]): Suggestion | null {
  let best: { candidate: SuggestionCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.locale !== locale) continue;
    const score = phraseSimilarity(query, candidate.text);
    if (score >= suggestionThreshold && (!best || score > best.score)) best = { candidate, score };
  }
  if (!best) return null;
  const { kind, id, text } = best.candidate;
  return { kind, id, text };
}

export interface ReportInputs {
  payloads: readonly FeedbackPayload[];
  /** Pages, troubleshooters and synonyms that failed searches are compared with. */
  candidates?: readonly SuggestionCandidate[];
  /** Each troubleshooter's steps in the editor's order; funnels list steps in that order. */
  stepOrder?: ReadonlyMap<string, readonly string[]>;
}

const byCountThenText = <T>(count: (item: T) => number, text: (item: T) => string) => (a: T, b: T) => count(b) - count(a) || text(a).localeCompare(text(b));

export function buildFeedbackReport({ payloads, candidates = [], stepOrder = new Map() }: ReportInputs): FeedbackReport {
  const articles = new Map<string, ArticleFeedback>();
  const article = (page: string, locale: string) => {
    const key = `${page}\u0000${locale}`;
    let found = articles.get(key);
    if (!found) {
      found = { page, locale, yes: 0, no: 0, reasons: Object.fromEntries(feedbackReasons.map((reason) => [reason, 0])) as Record<FeedbackReason, number>, comments: [] };
      articles.set(key, found);
    }
    return found;
  };
  const searches = new Map<string, { failed: Map<string, { wordings: Map<string, number>; empty: number; noClick: number }>; clickRanks: number[]; clicks: number }>();
  const search = (locale: string) => {
    let found = searches.get(locale);
    if (!found) {
      found = { failed: new Map(), clickRanks: Array.from({ length: 11 }, () => 0), clicks: 0 };
      searches.set(locale, found);
    }
    return found;
  };
  const failed = (locale: string, query: string) => {
    const groups = search(locale).failed;
    const key = normaliseQuery(query);
    let group = groups.get(key);
    if (!group) {
      group = { wordings: new Map(), empty: 0, noClick: 0 };
      groups.set(key, group);
    }
    group.wordings.set(query, (group.wordings.get(query) ?? 0) + 1);
    return group;
  };
  const contacts = new Map<string, ContactViews>();

  for (const payload of payloads) {
    switch (payload.kind) {
      case "vote":
        article(payload.page, payload.locale)[payload.answer] += 1;
        break;
      case "reason": {
        const entry = article(payload.page, payload.locale);
        entry.reasons[payload.reason] += 1;
        if (payload.comment.trim() !== "") entry.comments.push(payload.comment);
        break;
      }
      case "empty-search":
        failed(payload.locale, payload.query).empty += 1;
        break;
      case "search-no-click":
        failed(payload.locale, payload.query).noClick += 1;
        break;
      case "search-click": {
        const entry = search(payload.locale);
        entry.clicks += 1;
        entry.clickRanks[Math.min(payload.rank, 11) - 1]! += 1;
        break;
      }
      case "contact-view": {
        const key = `${payload.page}\u0000${payload.locale}`;
        const entry = contacts.get(key) ?? { page: payload.page, locale: payload.locale, views: 0 };
        entry.views += 1;
        contacts.set(key, entry);
        break;
      }
      case "steps":
        break;
    }
  }

  const troubleshooters = stepReport(payloads).map((report) => {
    const order = stepOrder.get(report.troubleshooter);
    if (!order) return report;
    const position = (step: string) => {
      const index = order.indexOf(step);
      return index === -1 ? order.length : index;
    };
    return { ...report, steps: [...report.steps].sort((a, b) => position(a.step) - position(b.step)) };
  });

  return {
    events: payloads.length,
    articles: [...articles.values()].sort(byCountThenText((item) => item.no, (item) => `${item.page} ${item.locale}`)),
    searches: [...searches.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([locale, entry]) => ({
        locale,
        clicks: entry.clicks,
        clickRanks: entry.clickRanks,
        failed: [...entry.failed.entries()]
          .map(([normalised, group]) => {
            const wordings = [...group.wordings.entries()].sort(byCountThenText(([, count]) => count, ([text]) => text)).map(([text]) => text);
            return { query: wordings[0]!, normalised, wordings, empty: group.empty, noClick: group.noClick, suggestion: suggestFor(normalised, locale, candidates) };
          })
          .sort(byCountThenText((group) => group.empty + group.noClick, (group) => group.query)),
      })),
    contactViews: [...contacts.values()].sort(byCountThenText((item) => item.views, (item) => `${item.page} ${item.locale}`)),
    troubleshooters,
  };
}
