/**
 * The receiver against bad input and a failing database: every refusal is a 4xx with a one-line reason and stores
 * nothing; a database that cannot write gives 503 and a log line; the handler keeps answering afterwards.
 */
import { describe, expect, it } from "vitest";
import { createFeedbackHandler, type FeedbackHandlerOptions } from "../../../src/feedback-server/handler.ts";
import { SqliteStore } from "../../../src/feedback-server/sqlite-store.ts";
import { StoreUnavailableError, type FeedbackStore } from "../../../src/feedback-server/store.ts";
import { RateLimiter } from "../../../src/lib/rate-limit.ts";

const site = "https://help.example.com";
const endpoint = "https://feedback.example.com/feedback";
const troubleshooters = new Map([["login-after-reset", new Set(["link-sent-at", "new-link-fix", "solved-result"])]]);

function receiver(overrides: Partial<FeedbackHandlerOptions> = {}) {
  const store = new SqliteStore(":memory:");
  const logged: string[] = [];
  const handler = createFeedbackHandler({
    store,
    siteOrigin: site,
    troubleshooters,
    rateLimiter: new RateLimiter({ limit: 1000, windowMs: 60_000 }),
    log: (line) => logged.push(line),
    now: () => Date.UTC(2026, 11, 7, 10, 42),
    ...overrides,
  });
  return { store, logged, handler };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(endpoint, { method: "POST", body, headers: { "content-type": "text/plain;charset=UTF-8", origin: site, ...headers } });

const vote = JSON.stringify({ kind: "vote", page: "article:reset-password", locale: "en", answer: "no" });

describe("what is stored", () => {
  it("a valid beacon: 204 with the site's CORS header, stored with its hour only", async () => {
    const { store, handler } = receiver();
    const response = await handler(post(vote));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(site);
    expect(await store.list()).toEqual([{ receivedAt: Date.UTC(2026, 11, 7, 10), payload: JSON.parse(vote) }]);
  });

  it("redacts again what the browser should have redacted", async () => {
    const { store, handler } = receiver();
    await handler(post(JSON.stringify({ kind: "reason", page: "article:x", locale: "en", reason: "other", comment: "write to taro@example.com" })));
    await handler(post(JSON.stringify({ kind: "empty-search", locale: "ja", query: "電話 09012345678" })));
    await handler(post(JSON.stringify({ kind: "reason", page: "troubleshooter:login-after-reset:new-link-fix", locale: "en", reason: "steps-failed", comment: "" })));
    const stored = (await store.list()).map((event) => event.payload);
    expect(stored).toEqual([
      { kind: "reason", page: "article:x", locale: "en", reason: "other", comment: "write to …" },
      { kind: "empty-search", locale: "ja", query: "電話 …" },
      { kind: "reason", page: "troubleshooter:login-after-reset:new-link-fix", locale: "en", reason: "steps-failed", comment: "" },
    ]);
  });

  it("the reasons form without JavaScript: stored, and a thank-you page in the reader's language", async () => {
    const { store, handler } = receiver();
    const response = await handler(post("kind=reason&page=article%3Ax&locale=vi&reason=steps-failed", { "content-type": "application/x-www-form-urlencoded" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('lang="vi"');
    expect((await store.list())[0]?.payload).toEqual({ kind: "reason", page: "article:x", locale: "vi", reason: "steps-failed", comment: "" });
  });

  it("stores nothing that names the client: the row holds only the hour and the payload", async () => {
    const { store, handler } = receiver();
    await handler(post(vote, { cookie: "session=abc", "user-agent": "Secret/1.0", "x-forwarded-for": "203.0.113.9" }), { address: "203.0.113.9" });
    const row = store.db.prepare("SELECT * FROM events").get() as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(["id", "kind", "locale", "payload", "received_at"]);
    expect(JSON.stringify(row)).not.toMatch(/203\.0\.113|Secret|session/);
  });
});

describe("refused, with nothing stored and the handler still answering", () => {
  const oversized = JSON.stringify({ kind: "empty-search", locale: "en", query: "x".repeat(20_000) });
  const cases: [string, () => Request, number, RegExp][] = [
    ["malformed JSON", () => post('{"kind":"vote",'), 400, /not JSON/],
    ["a JSON value that is not an object", () => post("[1,2]"), 400, /kind|expected/i],
    ["an unknown kind", () => post(JSON.stringify({ kind: "purchase", locale: "en" })), 400, /kind/],
    ["an unknown locale", () => post(JSON.stringify({ kind: "vote", page: "article:x", locale: "fr", answer: "yes" })), 400, /^locale/],
    ["an extra field (an identifier)", () => post(JSON.stringify({ kind: "vote", page: "article:x", locale: "en", answer: "yes", userId: "u1" })), 400, /userId/],
    ["a comment longer than the form allows", () => post(JSON.stringify({ kind: "reason", page: "article:x", locale: "en", reason: "other", comment: "x".repeat(301) })), 400, /^comment/],
    ["an unknown troubleshooter", () => post(JSON.stringify({ kind: "steps", troubleshooter: "hack-the-planet", locale: "en", events: [{ type: "start", step: "link-sent-at" }] })), 422, /unknown troubleshooter "hack-the-planet"/],
    ["an unknown step", () => post(JSON.stringify({ kind: "steps", troubleshooter: "login-after-reset", locale: "en", events: [{ type: "answer", step: "link-sent-at", answer: "yes", next: "nowhere" }] })), 422, /unknown step "nowhere"/],
    ["SQL in a page id", () => post(JSON.stringify({ kind: "vote", page: "article:x'); DROP TABLE events;--", locale: "en", answer: "yes" })), 400, /^page/],
    ["markup in a step id", () => post(JSON.stringify({ kind: "steps", troubleshooter: "login-after-reset", locale: "en", events: [{ type: "start", step: "<script>alert(1)</script>" }] })), 400, /events\.0\.step/],
    ["a prototype-polluting key", () => post('{"kind":"vote","page":"article:x","locale":"en","answer":"yes","__proto__":{"admin":true}}'), 400, /__proto__|unrecognized/i],
    ["invalid UTF-8", () => post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, /UTF-8/],
    ["a body over the size limit (declared)", () => post(oversized), 413, /larger than 8192/],
    ["a body over the size limit (streamed, no length)", () => new Request(endpoint, { method: "POST", body: new Blob([oversized]).stream(), headers: { "content-type": "text/plain", origin: site }, duplex: "half" } as RequestInit), 413, /larger than 8192/],
    ["an empty body", () => post(""), 400, /not JSON/],
    ["another content type", () => post(vote, { "content-type": "application/xml" }), 415, /content type/],
    ["another site's page", () => post(vote, { origin: "https://evil.example" }), 403, /evil\.example/],
    ["a GET", () => new Request(endpoint), 405, /POST/],
    ["another path", () => new Request("https://feedback.example.com/admin", { method: "POST", body: vote }), 404, /feedback/],
  ];
  for (const [name, request, status, reason] of cases) {
    it(`${name}: ${status}`, async () => {
      const { store, handler } = receiver();
      const response = await handler(request());
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text.trim().split("\n")).toHaveLength(1);
      expect(text).toMatch(reason);
      expect(await store.list()).toEqual([]);
      expect((await handler(post(vote))).status).toBe(204);
    });
  }

  it("too many requests from one client: 429 with Retry-After; other clients still get through", async () => {
    const { store, handler } = receiver({ rateLimiter: new RateLimiter({ limit: 2, windowMs: 60_000 }) });
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await handler(post(vote), { address: "198.51.100.1" })).status);
    expect(statuses).toEqual([204, 204, 429]);
    expect((await handler(post(vote), { address: "198.51.100.2" })).status).toBe(204);
    expect(await store.list()).toHaveLength(3);
  });
});

describe("CORS", () => {
  it("answers the site's preflight, for POST only", async () => {
    const { handler } = receiver();
    const response = await handler(new Request(endpoint, { method: "OPTIONS", headers: { origin: site, "access-control-request-method": "POST" } }));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(site);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST");
  });
});

describe("a database that cannot write", () => {
  const failing = (error: Error): FeedbackStore => ({
    add: async () => {
      throw error;
    },
    list: async () => [],
    deleteBefore: async () => 0,
    close: async () => {},
  });

  for (const code of ["SQLITE_BUSY", "SQLITE_READONLY", "SQLITE_FULL"]) {
    it(`${code}: 503 with Retry-After and one log line naming it`, async () => {
      const { handler, logged } = receiver({ store: failing(new StoreUnavailableError("database says no", code)) });
      const response = await handler(post(vote));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("60");
      expect(logged).toEqual([`feedback: database unavailable (${code}): database says no`]);
    });
  }

  it("an unexpected fault: 500 and a log line, and the next request is answered", async () => {
    const { handler, logged } = receiver({ store: failing(new Error("disk on fire")) });
    expect((await handler(post(vote))).status).toBe(500);
    expect((await handler(post(vote))).status).toBe(500);
    expect(logged).toHaveLength(2);
  });

  it("a real locked SQLite file: 503, then 204 once the lock is gone", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { DatabaseSync } = await import("node:sqlite");
    const file = join(mkdtempSync(join(tmpdir(), "hc-feedback-")), "feedback.db");
    const store = new SqliteStore(file, { busyTimeoutMs: 20 });
    const { handler, logged } = receiver({ store });
    const other = new DatabaseSync(file);
    other.exec("BEGIN EXCLUSIVE");
    expect((await handler(post(vote))).status).toBe(503);
    expect(logged[0]).toMatch(/SQLITE_BUSY/);
    other.exec("ROLLBACK");
    other.close();
    expect((await handler(post(vote))).status).toBe(204);
    await store.close();
  });
});
