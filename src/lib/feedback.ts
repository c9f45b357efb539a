/**
 * What a reader's browser may send, and the rules that keep it free of personal data. Pure: the page
 * script (`src/scripts/feedback.ts`) supplies the endpoint and the transport. Nothing is sent unless the
 * build sets `siteConfig.feedbackEndpoint` (off by default). Payloads carry no cookies, identifiers or
 * stored state; never a typed password, date or address.
 */
import type { FeedbackPayload, StepEvent } from "./feedback-schema.ts";
import { isLocale, type Locale } from "./i18n/locales.ts";

/** Why an article or a fix did not help (the order readers see). */
export const feedbackReasons = ["not-my-question", "hard-to-understand", "steps-failed", "out-of-date", "other"] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

/** Longest comment kept; a reason form is for a sentence, not a letter. */
export const maxCommentLength = 300;

/** Longest search query kept. */
export const maxQueryLength = 100;

/** Most step events in one payload (a batch is sent at `StepEventBatch`'s size, far below this). */
export const maxStepEventsPerBatch = 50;

/** The payload kinds and step events, derived from the receiver's schema (a type-only import: no zod in the page). */
export type { FeedbackPayload, StepEvent };

export type StepsPayload = Extract<FeedbackPayload, { kind: "steps" }>;

export interface FeedbackTransport {
  /** The configured endpoint, or null (nothing is sent). */
  endpoint: string | null;
  /** Sends a text body to `url` (in the browser `navigator.sendBeacon`); false when it could not. */
  send: (url: string, body: string) => boolean;
}

type WithPageLocale<P> = P extends { locale: Locale } ? Omit<P, "locale"> & { locale: string } : never;

/** A payload as a page builds it, its locale read from the page (`<html data-locale>`): checked before sending. */
export type PagePayload = WithPageLocale<FeedbackPayload>;

/** Sends one payload through `transport`; false when nothing was sent (no endpoint, or a locale the site does not have). */
export function sendFeedback(payload: PagePayload, transport: FeedbackTransport): boolean {
  if (!transport.endpoint || !isLocale(payload.locale)) return false;
  return transport.send(transport.endpoint, JSON.stringify(payload));
}

/** Removes what could identify a person from typed words: e-mail addresses and phone-like numbers. */
export function redactPersonalData(text: string): string {
  return text
    .replace(/\S+@\S+/g, "…")
    .replace(/\+?\d[\d\s().-]{5,}\d/g, "…")
    .replace(/\s+/g, " ")
    .trim();
}

/** Search words as they may be reported: redacted and short. */
export function redactQuery(query: string): string {
  return redactPersonalData(query).slice(0, maxQueryLength);
}

/** A reason form's comment as it may be sent: redacted and at most `maxCommentLength` characters. */
export function redactComment(comment: string): string {
  return redactPersonalData(comment).slice(0, maxCommentLength);
}

export function isFeedbackReason(value: unknown): value is FeedbackReason {
  return (feedbackReasons as readonly unknown[]).includes(value);
}

/** Step events queued and sent in small batches: when `size` are waiting, or when the caller flushes (an outcome, leaving the page). */
export class StepEventBatch {
  private events: StepEvent[] = [];
  private readonly troubleshooter: string;
  private readonly locale: string;
  private readonly size: number;

  // Plain fields, not parameter properties: the receiver runs this module under Node's type stripping.
  constructor(troubleshooter: string, locale: string, size = 5) {
    this.troubleshooter = troubleshooter;
    this.locale = locale;
    this.size = size;
  }

  /** Queues `event`; returns the batch to send once `size` events are waiting. */
  add(event: StepEvent): StepsPayload | null {
    this.events.push(event);
    return this.events.length >= this.size ? this.flush() : null;
  }

  /** The waiting events as one payload (and an empty queue), or null when none wait. */
  flush(): StepsPayload | null {
    if (this.events.length === 0) return null;
    const events = this.events;
    this.events = [];
    // A page without a known locale sends nothing: the receiver would refuse the batch anyway.
    if (!isLocale(this.locale)) return null;
    return { kind: "steps", troubleshooter: this.troubleshooter, locale: this.locale, events };
  }
}
