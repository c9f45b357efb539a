import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStore, sqliteMigrations } from "../../../src/feedback-server/sqlite-store.ts";
import { StoreUnavailableError, type StoredEvent } from "../../../src/feedback-server/store.ts";
import { storeContract } from "./store-contract.ts";

let file = "";
const freshFile = () => (file = join(mkdtempSync(join(tmpdir(), "hc-feedback-")), "feedback.db"));
const opened: SqliteStore[] = [];
const open = (path = file, busyTimeoutMs = 2000) => {
  const store = new SqliteStore(path, { busyTimeoutMs });
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

storeContract("SQLite", { open: async () => open(freshFile()), reopen: async () => open() });

const vote: StoredEvent = { receivedAt: 1, payload: { kind: "vote", page: "article:x", locale: "en", answer: "no" } };

describe("the SQLite file", () => {
  it("is in WAL mode and at the latest schema version", () => {
    const store = open(freshFile());
    expect(store.db.prepare("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
    expect(store.schemaVersion()).toBe(sqliteMigrations.length);
  });

  it("runs only the migrations a file has not had", () => {
    open(freshFile()).db.exec("INSERT INTO events (received_at, kind, locale, payload) VALUES (1, 'vote', 'en', '{}')");
    expect(open().schemaVersion()).toBe(sqliteMigrations.length);
    expect(open().db.prepare("SELECT count(*) AS n FROM events").get()).toEqual({ n: 1 });
  });

  it("takes writes from several processes at once and loses none", async () => {
    open(freshFile());
    const writers = [0, 1, 2].map(
      (writer) =>
        new Promise<number | null>((resolve) => {
          const child = fork(join(import.meta.dirname, "fixtures/write-events.ts"), [file, String(writer), "300"], { stdio: "inherit" });
          child.on("exit", resolve);
        }),
    );
    expect(await Promise.all(writers)).toEqual([0, 0, 0]);
    expect(await open().list()).toHaveLength(900);
  });
});

describe("a database that cannot take a write", () => {
  it("locked by another writer: StoreUnavailableError SQLITE_BUSY, and the store works once the lock is gone", async () => {
    const store = open(freshFile(), 50);
    const other = new DatabaseSync(file);
    other.exec("BEGIN IMMEDIATE");
    await expect(store.add([vote])).rejects.toMatchObject({ name: "StoreUnavailableError", code: "SQLITE_BUSY" });
    other.exec("ROLLBACK");
    other.close();
    await store.add([vote]);
    expect(await store.list()).toHaveLength(1);
  });

  it("read-only: StoreUnavailableError SQLITE_READONLY", async () => {
    const store = open(freshFile());
    store.db.exec("PRAGMA query_only = ON");
    await expect(store.add([vote])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.add([vote])).rejects.toMatchObject({ code: "SQLITE_READONLY" });
  });

  it("full: StoreUnavailableError SQLITE_FULL, and nothing of the batch is kept", async () => {
    const store = open(freshFile());
    const pages = (store.db.prepare("PRAGMA page_count").get() as { page_count: number }).page_count;
    store.db.exec(`PRAGMA max_page_count = ${pages}`);
    const big: StoredEvent = { receivedAt: 1, payload: { kind: "reason", page: "article:x", locale: "en", reason: "other", comment: "x".repeat(300) } };
    await expect(store.add(Array.from({ length: 200 }, () => big))).rejects.toMatchObject({ code: "SQLITE_FULL" });
    expect(await store.list()).toEqual([]);
  });
});
