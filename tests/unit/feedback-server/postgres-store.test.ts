/**
 * The store contract against a real PostgreSQL server: `scripts/with-postgres.sh` (run by `npm test`) starts a
 * throw-away cluster and names it in HC_POSTGRES_URL. Without one these tests are skipped, and say why.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PostgresStore, postgresMigrations } from "../../../src/feedback-server/postgres-store.ts";
import { StoreUnavailableError } from "../../../src/feedback-server/store.ts";
import { storeContract } from "./store-contract.ts";

const serverUrl = process.env["HC_POSTGRES_URL"];
if (!serverUrl) console.warn("PostgreSQL store tests skipped: HC_POSTGRES_URL is not set (run them with `bash scripts/with-postgres.sh npx vitest run tests/unit/feedback-server`)");

let database = 0;
let current = "";
/** A fresh database on the server for each store test, so tests share nothing. */
async function freshDatabase(): Promise<string> {
  const name = `feedback_test_${process.pid}_${++database}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return (current = url.href);
}

describe.skipIf(!serverUrl)("PostgreSQL", () => {
  storeContract("PostgreSQL", { open: async () => PostgresStore.open(await freshDatabase()), reopen: async () => PostgresStore.open(current) });

  it("is at the latest schema version, and a second receiver starting at once migrates nothing twice", async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    expect(await first.schemaVersion()).toBe(postgresMigrations.length);
    await Promise.all([first.close(), second.close()]);
  });

  it("a read-only connection: StoreUnavailableError 25006, nothing stored", async () => {
    const store = await PostgresStore.open(await freshDatabase(), { maxConnections: 1 });
    await store.pool.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    await expect(store.add([{ receivedAt: 1, payload: { kind: "vote", page: "article:x", locale: "en", answer: "yes" } }])).rejects.toMatchObject({ name: "StoreUnavailableError", code: "25006" });
    expect(await store.list()).toEqual([]);
    await store.close();
  });

  it("no server at the address: StoreUnavailableError, not a crash", async () => {
    await expect(PostgresStore.open("postgresql://postgres@localhost/postgres?host=/nonexistent-socket-dir")).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
