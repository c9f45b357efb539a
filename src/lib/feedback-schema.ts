/**
 * The one schema of what a reader's browser may send (`src/lib/feedback.ts` takes its types from here, as types
 * only, so zod never reaches a page's script). The receiver (`src/feedback-server/`) parses every body with it:
 * strict objects, known kinds and locales, kebab-case ids and short strings, so nothing else is ever stored.
 */
import { z } from "zod";
import { localeKeys } from "./i18n/locales.ts";
import { feedbackReasons, maxCommentLength, maxQueryLength, maxStepEventsPerBatch } from "./feedback.ts";

const kebabId = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id");
const locale = z.enum(localeKeys);
/** What a feedback question names its page by (`article:<id>`, `troubleshooter:<slug>:<step>`) or a URL path. */
const page = z.string().max(200).regex(/^(?:[a-z]+(?::[a-z0-9-]+)+|\/[a-z0-9/-]*)$/, "must be a page id such as article:reset-password, or a path");
const query = z.string().min(1).max(maxQueryLength);

const stepEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("start"), step: kebabId }),
  z.strictObject({ type: z.literal("answer"), step: kebabId, answer: z.string().max(40).regex(/^[a-zA-Z0-9-]+$/, "must be an answer key"), next: kebabId }),
  z.strictObject({ type: z.literal("outcome"), step: kebabId }),
  z.strictObject({ type: z.literal("restart"), step: kebabId }),
  z.strictObject({ type: z.literal("solved"), step: kebabId, answer: z.enum(["yes", "no"]) }),
]);

export const feedbackPayloadSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("vote"), page, locale, answer: z.enum(["yes", "no"]) }),
  z.strictObject({ kind: z.literal("reason"), page, locale, reason: z.enum(feedbackReasons), comment: z.string().max(maxCommentLength) }),
  /** A search that found nothing. */
  z.strictObject({ kind: z.literal("empty-search"), locale, query }),
  /** A search that showed results, none of which the reader opened. */
  z.strictObject({ kind: z.literal("search-no-click"), locale, query, results: z.int().min(1).max(1000) }),
  /** The reader opened the result at `rank` (1 = first). */
  z.strictObject({ kind: z.literal("search-click"), locale, query, rank: z.int().min(1).max(1000) }),
  /** The reader opened the contact details (phone or contact page): they gave up on helping themselves here. */
  z.strictObject({ kind: z.literal("contact-view"), page, locale }),
  z.strictObject({ kind: z.literal("steps"), troubleshooter: kebabId, locale, events: z.array(stepEventSchema).min(1).max(maxStepEventsPerBatch) }),
]);

export type FeedbackPayload = z.infer<typeof feedbackPayloadSchema>;
export type StepEvent = z.infer<typeof stepEventSchema>;

/** The payload, or the first problem as one line (`events.0.step: must be a kebab-case id`). */
export function parseFeedbackPayload(value: unknown): { ok: true; payload: FeedbackPayload } | { ok: false; reason: string } {
  const result = feedbackPayloadSchema.safeParse(value);
  if (result.success) return { ok: true, payload: result.data };
  const [issue] = result.error.issues;
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, reason: `${where}${issue?.message ?? "not a feedback payload"}`.replace(/\s+/g, " ") };
}
