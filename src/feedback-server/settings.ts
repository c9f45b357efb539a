/**
 * The receiver's and the report's settings, from the environment, in one schema: where the events are kept,
 * for how long, and how the receiver listens. Every variable is documented in docs/feedback.md.
 */
import { z } from "zod";
import { loadTroubleshooters } from "../troubleshooters/load.ts";
import type { TroubleshooterCatalogue } from "./handler.ts";
import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import type { FeedbackStore } from "./store.ts";

const settingsSchema = z.object({
  /** `postgres://…`: use PostgreSQL instead of the SQLite file. */
  DATABASE_URL: z.string().startsWith("postgres", "must be a postgres:// or postgresql:// URL").optional(),
  /** The SQLite file (created with its folder). */
  HC_FEEDBACK_DB: z.string().min(1).default(".feedback/feedback.db"),
  HC_FEEDBACK_PORT: z.coerce.number().int().min(1).max(65535).default(4322),
  HC_FEEDBACK_HOST: z.string().min(1).default("127.0.0.1"),
  /** Events older than this many days are deleted at start and then hourly. */
  HC_FEEDBACK_RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  /** Requests per client per minute; 0 turns the limit off. */
  HC_FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  /** "1" behind a load balancer: the client is the first address of X-Forwarded-For, not the connection's. */
  HC_FEEDBACK_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
});

export type ReceiverSettings = z.infer<typeof settingsSchema>;

/** The settings, or an error naming each bad variable and what it must be. */
export function receiverSettings(env: NodeJS.ProcessEnv = process.env): ReceiverSettings {
  const result = settingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")));
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
}

/** The store the settings name: PostgreSQL when `DATABASE_URL` is set, else the SQLite file. */
export async function openStore(settings: ReceiverSettings): Promise<FeedbackStore> {
  return settings.DATABASE_URL ? PostgresStore.open(settings.DATABASE_URL) : new SqliteStore(settings.HC_FEEDBACK_DB);
}

/** Where the events are, for log lines (never the password in a URL). */
export function storeDescription(settings: ReceiverSettings): string {
  if (!settings.DATABASE_URL) return `SQLite ${settings.HC_FEEDBACK_DB}`;
  const url = URL.parse(settings.DATABASE_URL);
  return url ? `PostgreSQL ${url.searchParams.get("host") ?? url.host}${url.pathname}` : "PostgreSQL";
}

/** Each troubleshooter's step ids in the editor's order, from the content folder. */
export function troubleshooterSteps(): Map<string, string[]> {
  return new Map(loadTroubleshooters().map(({ flow }) => [flow.slug, flow.steps.map((step) => step.id)]));
}

export function troubleshooterCatalogue(steps: ReadonlyMap<string, readonly string[]> = troubleshooterSteps()): TroubleshooterCatalogue {
  return new Map([...steps].map(([slug, ids]) => [slug, new Set(ids)]));
}
