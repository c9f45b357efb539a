/**
 * `npm run feedback:serve`: the feedback receiver (src/feedback-server/handler.ts) under Node, on
 * HC_FEEDBACK_PORT, storing into HC_FEEDBACK_DB (SQLite) or DATABASE_URL (PostgreSQL). Deletes events past the
 * retention period at start and hourly. Settings: docs/feedback.md.
 */
import { serve } from "@hono/node-server";
import type { HttpBindings } from "@hono/node-server";
import { siteConfig } from "../src/config.ts";
import { createFeedbackHandler } from "../src/feedback-server/handler.ts";
import { openStore, receiverSettings, storeDescription, troubleshooterCatalogue } from "../src/feedback-server/settings.ts";
import { retentionCutoff } from "../src/feedback-server/store.ts";
import { RateLimiter } from "../src/lib/rate-limit.ts";

const settings = receiverSettings();
const store = await openStore(settings);
const handler = createFeedbackHandler({
  store,
  siteOrigin: siteConfig.siteUrl,
  troubleshooters: troubleshooterCatalogue(),
  rateLimiter: new RateLimiter({ limit: settings.HC_FEEDBACK_RATE_LIMIT, windowMs: 60_000 }),
});

const dropOld = async () => {
  try {
    const dropped = await store.deleteBefore(retentionCutoff(Date.now(), settings.HC_FEEDBACK_RETENTION_DAYS));
    if (dropped > 0) console.error(`feedback: deleted ${dropped} events older than ${settings.HC_FEEDBACK_RETENTION_DAYS} days`);
  } catch (error) {
    console.error(`feedback: could not delete old events: ${(error as Error).message}`);
  }
};
await dropOld();
const retention = setInterval(dropOld, 3_600_000);

const clientAddress = (request: Request, { incoming }: HttpBindings) =>
  (settings.HC_FEEDBACK_TRUST_PROXY === "1" ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : incoming.socket.remoteAddress) ?? "unknown";

const server = serve(
  {
    fetch: (request, env) => handler(request, { address: clientAddress(request, env as HttpBindings) }),
    port: settings.HC_FEEDBACK_PORT,
    hostname: settings.HC_FEEDBACK_HOST,
  },
  ({ port }) => console.error(`feedback: receiving at http://${settings.HC_FEEDBACK_HOST}:${port}/feedback for ${new URL(siteConfig.siteUrl).origin}, into ${storeDescription(settings)}, keeping ${settings.HC_FEEDBACK_RETENTION_DAYS} days`),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    clearInterval(retention);
    server.close(() => void store.close().then(() => process.exit(0)));
  });
}
