/**
 * The page's side of `src/lib/feedback.ts`: the endpoint a build sets (written into
 * <meta name="hc-feedback-endpoint"> by Base.astro; none by default) and `navigator.sendBeacon`, which
 * sends a text/plain body (no CORS preflight) without cookies of another site.
 */
import type { Locale } from "../lib/i18n/locales.ts";
import { redactQuery, sendFeedback, type FeedbackPayload, type FeedbackTransport } from "../lib/feedback.ts";

export function pageTransport(): FeedbackTransport {
  const endpoint = document.querySelector<HTMLMetaElement>('meta[name="hc-feedback-endpoint"]')?.content || null;
  const canSend = typeof navigator.sendBeacon === "function";
  return { endpoint: canSend ? endpoint : null, send: (url, body) => navigator.sendBeacon(url, body) };
}

/** Sends one payload from this page; false when nothing was sent. */
export function sendFromPage(payload: FeedbackPayload): boolean {
  return sendFeedback(payload, pageTransport());
}

/** For the search page: tells the editors which words found nothing. */
export function reportEmptySearch(query: string, locale: Locale): boolean {
  const words = redactQuery(query);
  return words === "" ? false : sendFromPage({ kind: "empty-search", locale, query: words });
}
