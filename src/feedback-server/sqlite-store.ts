/**
 * The embedded store: one SQLite file through Node's built-in `node:sqlite` (docs/decisions/ records why not
 * better-sqlite3). WAL lets the report read while the receiver writes, and lets several processes write one file;
 * a writer that finds the file locked waits up to `busyTimeoutMs`, then gives up with a `StoreUnavailableError`.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { FeedbackPayload } from "../lib/feedback.ts";
import { StoreUnavailableError, type DateRange, type FeedbackStore, type StoredEvent } from "./store.ts";

/** Schema versions in order; `PRAGMA user_version` says how many have run. Append only: a shipped step never changes. */
export const sqliteMigrations: readonly string[] = [
  `CREATE TABLE events (
     id INTEGER PRIMARY KEY,
     received_at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     locale TEXT NOT NULL,
     payload TEXT NOT NULL
   );
   CREATE INDEX events_received_at ON events (received_at);`,
];

/** SQLite's primary result codes that mean "not now" rather than "wrong": busy, locked, read-only, I/O, full, cannot open. */
const unavailableCodes = new Map([
  [5, "SQLITE_BUSY"],
  [6, "SQLITE_LOCKED"],
  [8, "SQLITE_READONLY"],
  [10, "SQLITE_IOERR"],
  [13, "SQLITE_FULL"],
  [14, "SQLITE_CANTOPEN"],
]);

function unavailable(error: unknown): unknown {
  const errcode = (error as { errcode?: unknown }).errcode;
  const code = typeof errcode === "number" ? unavailableCodes.get(errcode & 0xff) : undefined;
  return code ? new StoreUnavailableError((error as Error).message, code) : error;
}

export interface SqliteStoreOptions {
  /** How long a write waits for another writer's lock before it fails. */
  busyTimeoutMs?: number;
}

export class SqliteStore implements FeedbackStore {
  readonly db: DatabaseSync;
  private readonly insert;
  private readonly select;
  private readonly remove;

  constructor(file: string, { busyTimeoutMs = 2000 }: SqliteStoreOptions = {}) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec(`PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    this.db.exec("PRAGMA journal_mode = WAL");
    // With WAL, NORMAL loses no committed event on a process crash, only on a power cut before the next checkpoint.
    this.db.exec("PRAGMA synchronous = NORMAL");
    this.migrate();
    this.insert = this.db.prepare("INSERT INTO events (received_at, kind, locale, payload) VALUES (?, ?, ?, ?)");
    this.select = this.db.prepare("SELECT received_at, payload FROM events WHERE received_at >= ? AND received_at < ? ORDER BY id");
    this.remove = this.db.prepare("DELETE FROM events WHERE received_at < ?");
  }

  private migrate(): void {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const { user_version: done } = this.db.prepare("PRAGMA user_version").get() as { user_version: number };
      for (const [index, sql] of sqliteMigrations.entries()) {
        if (index < done) continue;
        this.db.exec(sql);
        this.db.exec(`PRAGMA user_version = ${index + 1}`);
      }
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw unavailable(error);
    }
  }

  /** The schema version this file is at. */
  schemaVersion(): number {
    return (this.db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version;
  }

  async add(events: readonly StoredEvent[]): Promise<void> {
    try {
      this.db.exec("BEGIN IMMEDIATE");
    } catch (error) {
      throw unavailable(error);
    }
    try {
      for (const { receivedAt, payload } of events) this.insert.run(receivedAt, payload.kind, payload.locale, JSON.stringify(payload));
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.isTransaction) this.db.exec("ROLLBACK");
      throw unavailable(error);
    }
  }

  async list({ from = 0, to = Number.MAX_SAFE_INTEGER }: DateRange = {}): Promise<StoredEvent[]> {
    return (this.select.all(from, to) as { received_at: number; payload: string }[]).map((row) => ({
      receivedAt: Number(row.received_at),
      payload: JSON.parse(row.payload) as FeedbackPayload,
    }));
  }

  async deleteBefore(cutoff: number): Promise<number> {
    try {
      return Number(this.remove.run(cutoff).changes);
    } catch (error) {
      throw unavailable(error);
    }
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }
}
