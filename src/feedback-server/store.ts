/**
 * What the receiver and the report need from a database, and nothing more: add events, read a date range, drop
 * old ones. SQLite (`sqlite-store.ts`, one file, the default) and PostgreSQL (`postgres-store.ts`, for several
 * receivers) implement it and pass the same tests.
 */
import type { FeedbackPayload } from "../lib/feedback.ts";

export interface StoredEvent {
  /** When it was received, in ms since the epoch, rounded down to the hour: no finer time is kept. */
  receivedAt: number;
  payload: FeedbackPayload;
}

export interface DateRange {
  /** Inclusive, ms since the epoch. */
  from?: number;
  /** Exclusive, ms since the epoch. */
  to?: number;
}

export interface FeedbackStore {
  /** Stores the events together: all or none. Rejects with a `StoreUnavailableError` when the database cannot take them. */
  add(events: readonly StoredEvent[]): Promise<void>;
  /** Events received in `range`, oldest first. */
  list(range?: DateRange): Promise<StoredEvent[]>;
  /** Deletes events received before `cutoff` (ms since the epoch); returns how many. */
  deleteBefore(cutoff: number): Promise<number>;
  close(): Promise<void>;
}

/** The database refused a write it may take later (locked, read-only, full, gone): the receiver answers 503. */
export class StoreUnavailableError extends Error {
  /** The driver's error code (`SQLITE_BUSY`, `53100`, …), for the log line. */
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.code = code;
    this.name = "StoreUnavailableError";
  }
}

const hour = 3_600_000;

/** The receive time kept for an event received at `now`. */
export function storedTime(now: number): number {
  return Math.floor(now / hour) * hour;
}

/** The cutoff for keeping `days` days of events at `now`. */
export function retentionCutoff(now: number, days: number): number {
  return now - days * 24 * hour;
}
