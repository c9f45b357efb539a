/**
 * The receiver as a standard web handler (`Request` in, `Response` out), so the same code runs under Node
 * (`scripts/feedback-serve.ts`) and on serverless runtimes. Every body is checked against the one payload schema
 * (`src/lib/feedback-schema.ts`) and redacted again; anything else gets a 4xx with a one-line reason and is never
 * stored. No IP address, user agent, cookie or identifier is stored: the client address only keys the in-memory
 * rate limit.
 */
import { parseFeedbackPayload, type FeedbackPayload } from "../lib/feedback-schema.ts";
import { redactComment, redactQuery } from "../lib/feedback.ts";
import { isLocale, useTranslations } from "../lib/i18n/index.ts";
import type { RateLimiter } from "../lib/rate-limit.ts";
import { StoreUnavailableError, storedTime, type FeedbackStore } from "./store.ts";

/** Troubleshooter slug → its step ids: step events naming anything else are refused. */
export type TroubleshooterCatalogue = ReadonlyMap<string, ReadonlySet<string>>;

export interface FeedbackHandlerOptions {
  store: FeedbackStore;
  /** The site's origin (`siteConfig.siteUrl`): the only origin whose pages may send. */
  siteOrigin: string;
  troubleshooters: TroubleshooterCatalogue;
  rateLimiter: RateLimiter;
  /** Largest body taken, in bytes (a full step batch is well under 4 KB). */
  maxBodyBytes?: number;
  /** Path that takes posts; `GET <path>/health` answers "ok" for a load balancer. */
  path?: string;
  log?: (line: string) => void;
  now?: () => number;
}

/** What the runtime knows of the client; only used to count requests in memory. */
export interface ClientInfo {
  address?: string;
}

export type FeedbackHandler = (request: Request, client?: ClientInfo) => Promise<Response>;

/** The body types a page sends: `sendBeacon` (text/plain), JSON, and the reasons form without JavaScript. */
const acceptedTypes = new Set(["text/plain", "application/json", "application/x-www-form-urlencoded"]);

class Refusal extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new Refusal(413, `body larger than ${maxBytes} bytes`);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Refusal(413, `body larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, type: string): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(400, "body is not valid UTF-8");
  }
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(text);
    const fields = Object.fromEntries(form);
    // The form without JavaScript has no comment field (FeedbackQuestion.astro).
    return fields["kind"] === "reason" ? { comment: "", ...fields } : fields;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, "body is not JSON");
  }
}

function checkKnown(payload: FeedbackPayload, troubleshooters: TroubleshooterCatalogue): void {
  if (payload.kind !== "steps") return;
  const steps = troubleshooters.get(payload.troubleshooter);
  if (!steps) throw new Refusal(422, `unknown troubleshooter "${payload.troubleshooter}"`);
  for (const event of payload.events) {
    for (const step of event.type === "answer" ? [event.step, event.next] : [event.step]) {
      if (!steps.has(step)) throw new Refusal(422, `unknown step "${step}" in troubleshooter "${payload.troubleshooter}"`);
    }
  }
}

/** The server's own redaction: the browser's cannot be trusted to have run. */
function redacted(payload: FeedbackPayload): FeedbackPayload {
  if (payload.kind === "reason") return { ...payload, comment: redactComment(payload.comment) };
  if ("query" in payload) {
    const query = redactQuery(payload.query);
    if (query === "") throw new Refusal(400, "query: empty after redaction");
    return { ...payload, query };
  }
  return payload;
}

function thanksPage(payload: FeedbackPayload, siteOrigin: string): Response {
  const locale = isLocale(payload.locale) ? payload.locale : "en";
  const t = useTranslations(locale);
  const home = new URL(`/${locale}/`, siteOrigin).href;
  const html = `<!doctype html><html lang="${locale === "ja-easy" ? "ja" : locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("feedback.reasonThanks"))}</title><p>${escapeHtml(t("feedback.reasonThanks"))}</p><p><a href="${escapeHtml(home)}">${escapeHtml(t("nav.home"))}</a></p>`;
  return new Response(html, { status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'" } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function createFeedbackHandler(options: FeedbackHandlerOptions): FeedbackHandler {
  const { store, troubleshooters, rateLimiter, maxBodyBytes = 8192, path = "/feedback", log = console.error, now = Date.now } = options;
  const siteOrigin = new URL(options.siteOrigin).origin;
  const cors = { "access-control-allow-origin": siteOrigin, vary: "Origin" };
  const refuse = (status: number, reason: string, headers: Record<string, string> = {}) =>
    new Response(`${reason}\n`, { status, headers: { ...cors, "content-type": "text/plain; charset=utf-8", ...headers } });

  return async (request, client = {}) => {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === `${path}/health`) return new Response("ok\n", { headers: { "content-type": "text/plain" } });
    if (url.pathname !== path) return refuse(404, `not found: feedback goes to ${path}`);
    const origin = request.headers.get("origin");
    // Browsers always send Origin on a cross-site POST; a client without one is not a page of another site.
    if (origin !== null && origin !== siteOrigin) return refuse(403, `origin ${origin} may not send feedback`);
    if (request.method === "OPTIONS") {
      return new Response(null, { status: 204, headers: { ...cors, "access-control-allow-methods": "POST", "access-control-allow-headers": "content-type", "access-control-max-age": "86400" } });
    }
    if (request.method !== "POST") return refuse(405, "only POST is accepted", { allow: "POST, OPTIONS" });
    const decision = rateLimiter.take(client.address ?? "unknown", now());
    if (!decision.allowed) return refuse(429, "too many requests from this client", { "retry-after": String(decision.retryAfterSeconds) });
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!acceptedTypes.has(type)) return refuse(415, `content type must be one of ${[...acceptedTypes].join(", ")}`);

    let payload: FeedbackPayload;
    try {
      const parsed = parseFeedbackPayload(decode(await readBody(request, maxBodyBytes), type));
      if (!parsed.ok) throw new Refusal(400, parsed.reason);
      checkKnown(parsed.payload, troubleshooters);
      payload = redacted(parsed.payload);
    } catch (error) {
      if (error instanceof Refusal) return refuse(error.status, error.message);
      return refuse(400, "body could not be read");
    }

    try {
      await store.add([{ receivedAt: storedTime(now()), payload }]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        log(`feedback: database unavailable (${error.code}): ${error.message}`);
        return refuse(503, "feedback storage is unavailable, try again later", { "retry-after": "60" });
      }
      log(`feedback: could not store an event: ${(error as Error).message}`);
      return refuse(500, "feedback could not be stored");
    }
    return type === "application/x-www-form-urlencoded" ? thanksPage(payload, siteOrigin) : new Response(null, { status: 204, headers: cors });
  };
}
