/**
 * What became of the results a reader was shown: a result opened (and at which rank), or none before they left.
 * Only the last search shown counts (typing shows many on the way), and only what `redactQuery` keeps of the query
 * is ever sent. Pure: `src/scripts/feedback.ts` wires it to the results list and to leaving the page.
 */
import { redactQuery, type FeedbackPayload } from "./feedback.ts";
import type { Locale } from "./i18n/locales.ts";

export class SearchOutcome {
  private shownNow: { query: string; results: number } | null = null;
  private readonly locale: Locale;

  constructor(locale: Locale) {
    this.locale = locale;
  }

  /** A search showed `results` results (0: the empty search is reported on its own). */
  shown(query: string, results: number): void {
    const words = redactQuery(query);
    this.shownNow = results > 0 && words !== "" ? { query: words, results } : null;
  }

  /** The reader opened the result at `rank` (1 = first): the payload to send, once per search shown. */
  opened(rank: number): FeedbackPayload | null {
    if (!this.shownNow || rank < 1) return null;
    const { query } = this.shownNow;
    this.shownNow = null;
    return { kind: "search-click", locale: this.locale, query, rank };
  }

  /** The reader is leaving: the payload to send when results were shown and none was opened. */
  left(): FeedbackPayload | null {
    if (!this.shownNow) return null;
    const { query, results } = this.shownNow;
    this.shownNow = null;
    return { kind: "search-no-click", locale: this.locale, query, results };
  }
}
