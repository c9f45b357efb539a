/**
 * The only code that sends anything from a reader's browser. It sends to the endpoint a build sets
 * (`siteConfig.feedbackEndpoint`, written into <meta name="hc-feedback-endpoint"> by Base.astro) and
 * to nothing when there is none, which is the default. Payloads carry no personal data: a page id,
 * the language and the answer; for a search that found nothing, the search words with e-mail
 * addresses and long numbers removed.
 */
export type FeedbackPayload =
  | { kind: "vote"; page: string; locale: string; answer: "yes" | "no" }
  | { kind: "empty-search"; locale: string; query: string };

function feedbackEndpoint(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="hc-feedback-endpoint"]')?.content || null;
}

/** Sends one payload with `navigator.sendBeacon`; returns false when nothing was sent. */
export function sendFeedback(payload: FeedbackPayload): boolean {
  const endpoint = feedbackEndpoint();
  if (!endpoint || typeof navigator.sendBeacon !== "function") return false;
  // A string body goes as text/plain, which needs no CORS preflight.
  return navigator.sendBeacon(endpoint, JSON.stringify(payload));
}

/** Removes what could identify a person from search words: e-mail addresses and long numbers. */
export function redactQuery(query: string): string {
  return query
    .replace(/\S+@\S+/g, "…")
    .replace(/\d[\d\s-]{5,}\d/g, "…")
    .trim()
    .slice(0, 100);
}

/** For the search page: tells the editors which words found nothing. */
export function reportEmptySearch(query: string, locale: string): boolean {
  const words = redactQuery(query);
  return words === "" ? false : sendFeedback({ kind: "empty-search", locale, query: words });
}
