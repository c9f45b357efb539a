/**
 * The store for several receivers behind a load balancer: PostgreSQL at `DATABASE_URL`, through a small pool.
 * Migrations run under an advisory lock, so receivers starting together apply each step once.
 */
import pg from "pg";
import type { FeedbackPayload } from "../lib/feedback.ts";
import { StoreUnavailableError, type DateRange, type FeedbackStore, type StoredEvent } from "./store.ts";

/** Schema versions in order; the `feedback_schema` row says how many have run. Append only. */
export const postgresMigrations: readonly string[] = [
  `CREATE TABLE events (
     id BIGSERIAL PRIMARY KEY,
     received_at BIGINT NOT NULL,
     kind TEXT NOT NULL,
     locale TEXT NOT NULL,
     payload JSONB NOT NULL
   );
   CREATE INDEX events_received_at ON events (received_at);`,
];

/** Any number: it only has to be the same for every receiver. */
const migrationLock = 264_264;

/**
 * Error classes that mean "not now": 08 connection, 53 insufficient resources (disk full), 57 operator
 * intervention, 25006 read-only transaction, 55P03 lock not available; and a refused or lost connection.
 */
function unavailable(error: unknown): unknown {
  const code = String((error as { code?: unknown }).code ?? "");
  const transient = /^(08|53|57)/.test(code) || code === "25006" || code === "55P03" || ["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "ENOENT"].includes(code);
  const message = (error as Error).message;
  if (transient) return new StoreUnavailableError(message, code);
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(message)) return new StoreUnavailableError(message, "connection");
  return error;
}

export class PostgresStore implements FeedbackStore {
  readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects, brings the schema up to date, and returns the store. */
  static async open(connectionString: string, { maxConnections = 10 }: { maxConnections?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 5000 });
    // An idle client whose server went away must not take the process with it; the next query reports it.
    pool.on("error", () => {});
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw unavailable(error);
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
      await client.query("CREATE TABLE IF NOT EXISTS feedback_schema (version INTEGER NOT NULL)");
      const { rows } = await client.query<{ version: number }>("SELECT version FROM feedback_schema");
      const done = rows[0]?.version ?? 0;
      for (const [index, sql] of postgresMigrations.entries()) {
        if (index < done) continue;
        await client.query("BEGIN");
        await client.query(sql);
        await client.query("DELETE FROM feedback_schema");
        await client.query("INSERT INTO feedback_schema (version) VALUES ($1)", [index + 1]);
        await client.query("COMMIT");
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [migrationLock]).catch(() => {});
      client.release();
    }
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>("SELECT version FROM feedback_schema");
    return rows[0]?.version ?? 0;
  }

  async add(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const values: unknown[] = [];
    const rows = events.map(({ receivedAt, payload }, index) => {
      values.push(receivedAt, payload.kind, payload.locale, JSON.stringify(payload));
      const at = index * 4;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4})`;
    });
    try {
      // One statement: all rows or none.
      await this.pool.query(`INSERT INTO events (received_at, kind, locale, payload) VALUES ${rows.join(", ")}`, values);
    } catch (error) {
      throw unavailable(error);
    }
  }

  async list({ from = 0, to = Number.MAX_SAFE_INTEGER }: DateRange = {}): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<{ received_at: string; payload: FeedbackPayload }>(
      "SELECT received_at, payload FROM events WHERE received_at >= $1 AND received_at < $2 ORDER BY id",
      [from, to],
    );
    return rows.map((row) => ({ receivedAt: Number(row.received_at), payload: row.payload }));
  }

  async deleteBefore(cutoff: number): Promise<number> {
    try {
      const result = await this.pool.query("DELETE FROM events WHERE received_at < $1", [cutoff]);
      return result.rowCount ?? 0;
    } catch (error) {
      throw unavailable(error);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
