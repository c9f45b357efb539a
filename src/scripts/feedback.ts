/**
 * The page's side of `src/lib/feedback.ts`: the endpoint a build sets (written into
 * <meta name="hc-feedback-endpoint"> by Base.astro; none by default) and `navigator.sendBeacon`, which
 * sends a text/plain body (no CORS preflight) without cookies of another site.
 */
import type { Locale } from "../lib/i18n/locales.ts";
import { SearchOutcome } from "../lib/search-outcome.ts";
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

/**
 * For the search page: which result a reader opened (its rank), or that they left without opening any. Returns
 * what the page calls after each search it shows.
 */
export function followSearchResults(list: HTMLElement, locale: Locale): { shown: (query: string, results: number) => void } {
  const outcome = new SearchOutcome(locale);
  const open = (event: MouseEvent) => {
    const item = (event.target as Element | null)?.closest?.("a")?.closest("li");
    if (!item || item.parentElement !== list) return;
    const payload = outcome.opened([...list.children].indexOf(item) + 1);
    if (payload) sendFromPage(payload);
  };
  list.addEventListener("click", open);
  list.addEventListener("auxclick", open);
  // pagehide also fires when the page goes into the back-forward cache; a search shown after coming back counts anew.
  addEventListener("pagehide", () => {
    const payload = outcome.left();
    if (payload) sendFromPage(payload);
  });
  return { shown: (query, results) => outcome.shown(query, results) };
}

/**
 * A reader who taps the phone number or the contact page link has given up helping themselves on this page:
 * editors see which page and language, nothing else.
 */
export function followContactLinks(locale: Locale): void {
  document.addEventListener("click", (event) => {
    if (!(event.target as Element | null)?.closest?.(".contact-block a")) return;
    sendFromPage({ kind: "contact-view", page: location.pathname, locale });
  });
}
