/**
 * `npm run bench:feedback [-- --duration 10 --connections 20 --keep FILE]`: drives the feedback receiver
 * (`npm run feedback:serve`, in its own process) with autocannon and prints events per second and p50/p99 latency,
 * for SQLite, and for PostgreSQL when HC_POSTGRES_URL names a server (`bash scripts/with-postgres.sh npm run
 * bench:feedback`). The bodies are a fixed mix of every payload kind, troubleshooter visits walk the real flows,
 * and clients are spread over many X-Forwarded-For addresses (the receiver trusts it here, as behind a load
 * balancer), so the rate limit applies as in production. `--keep` copies the SQLite file it filled (for the report).
 * A benchmark, not a test: it prints figures and the load average, and asserts nothing.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { parseArgs } from "node:util";
import pg from "pg";
import { siteConfig } from "../src/config.ts";
import { createFeedbackHandler } from "../src/feedback-server/handler.ts";
import { troubleshooterCatalogue } from "../src/feedback-server/settings.ts";
import { SqliteStore } from "../src/feedback-server/sqlite-store.ts";
import { RateLimiter } from "../src/lib/rate-limit.ts";
import { articleSources } from "../src/lib/content-files.ts";
import { contentPath } from "../src/lib/content-paths.ts";
import type { FeedbackPayload, StepEvent } from "../src/lib/feedback.ts";
import { feedbackReasons } from "../src/lib/feedback.ts";
import { localeKeys, type Locale } from "../src/lib/i18n/locales.ts";
import { loadTroubleshooters } from "../src/troubleshooters/load.ts";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "20" }, keep: { type: "string" }, port: { type: "string" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port ?? (Number(process.env["HC_PORT"] ?? 4321) + 1000));
const siteOrigin = new URL(siteConfig.siteUrl).origin;

/** A small seeded generator, so every run sends the same mix. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What readers might type and not find: synthetic words for the bench, not facts about the product. */
const queries: Partial<Record<Locale, string[]>> = {
  en: ["change password app", "facebook login", "delete acount", "resume upload", "unsubscribe newsletter", "reset mail not coming", "two accounts merge", "login"],
  ja: ["パスワード 忘れた", "メール 届かない", "退会", "ログインできない", "履歴書", "アカウント 統合"],
  "ja-easy": ["パスワード わすれた", "メール こない", "ログイン できない"],
  vi: ["quen mat khau", "xoa tai khoan", "không đăng nhập được", "email không đến"],
};

function bodies(count: number): string[] {
  const next = random(26);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const articles = articleSources(contentPath("articles")).map((article) => ({ page: `article:${article.fileId}`, locale: article.locale as Locale }));
  const flows = loadTroubleshooters().map(({ flow }) => flow);
  const visit = (): FeedbackPayload => {
    const flow = pick(flows);
    const byId = new Map(flow.steps.map((step) => [step.id, step]));
    const events: StepEvent[] = [{ type: "start", step: flow.start }];
    let step = byId.get(flow.start)!;
    // Each step loses some readers: the funnel narrows as it would.
    while (step.answers.length > 0 && next() > 0.18 && events.length < 12) {
      const answer = pick(step.answers);
      events.push({ type: "answer", step: step.id, answer: answer.value ?? "typed", next: answer.next });
      step = byId.get(answer.next)!;
    }
    if (step.answers.length === 0) {
      events.push({ type: "outcome", step: step.id });
      if (next() < 0.7) events.push({ type: "solved", step: step.id, answer: next() < 0.6 ? "yes" : "no" });
    }
    return { kind: "steps", troubleshooter: flow.slug, locale: pick(localeKeys), events };
  };
  return Array.from({ length: count }, () => {
    const roll = next();
    const article = pick(articles);
    const locale = pick(localeKeys);
    let payload: FeedbackPayload;
    if (roll < 0.3) payload = { kind: "vote", ...article, answer: next() < 0.65 ? "yes" : "no" };
    else if (roll < 0.4) payload = { kind: "reason", ...article, reason: pick(feedbackReasons), comment: next() < 0.3 ? "The screen looks different on my phone." : "" };
    else if (roll < 0.5) payload = { kind: "empty-search", locale, query: pick(queries[locale] ?? queries.en!) };
    else if (roll < 0.58) payload = { kind: "search-no-click", locale, query: pick(queries[locale] ?? queries.en!), results: 1 + Math.floor(next() * 8) };
    else if (roll < 0.7) payload = { kind: "search-click", locale, query: pick(queries[locale] ?? queries.en!), rank: 1 + Math.floor(next() ** 3 * 12) };
    else if (roll < 0.75) payload = { kind: "contact-view", ...article };
    else payload = visit();
    return JSON.stringify(payload);
  });
}

async function startReceiver(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/feedback-serve.ts"], {
    env: { ...process.env, ...env, HC_FEEDBACK_PORT: String(port), HC_FEEDBACK_TRUST_PROXY: "1" },
    stdio: ["ignore", "inherit", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let said = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes("receiving at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the receiver stopped (exit ${code}): ${said.trim()}`)));
  });
  return child;
}

/**
 * CPU seconds a process has used (Linux /proc, user + system). On a shared machine the wall-clock figures fall with
 * the load; CPU time per event does not, so the bench prints both.
 */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function run(name: string, env: Record<string, string>, count: () => Promise<number>): Promise<void> {
  const pool = bodies(2000);
  const receiver = await startReceiver(env);
  let sent = 0;
  const cpuBefore = cpuSeconds(receiver.pid!);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/feedback`,
    connections,
    duration,
    method: "POST",
    headers: { "content-type": "text/plain;charset=UTF-8", origin: siteOrigin },
    requests: [
      {
        setupRequest: (request) => {
          const index = sent++;
          return { ...request, body: pool[index % pool.length]!, headers: { ...request.headers, "x-forwarded-for": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` } };
        },
      },
    ],
  });
  const receiverCpu = cpuSeconds(receiver.pid!) - cpuBefore;
  receiver.kill("SIGTERM");
  await new Promise((resolve) => receiver.once("exit", resolve));
  const stored = await count();
  const ok = result["2xx"];
  console.log(
    `${name.padEnd(10)} ${String(Math.round(ok / result.duration)).padStart(7)} events/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms   ` +
      `${ok} accepted, ${stored} stored (lost ${Math.max(0, ok - stored)}; requests still in flight at the end are stored but not counted as accepted), ${result.non2xx} refused, ${result.errors} errors, ${result.timeouts} timeouts`,
  );
  // The receiver's own CPU only (PostgreSQL's server processes are not counted).
  console.log(`${"".padEnd(10)} receiver CPU ${((1000 * receiverCpu) / Math.max(1, stored)).toFixed(2)} ms per event: ${Math.round(stored / Math.max(0.01, receiverCpu))} events per CPU-second`);
}

/** The handler and the SQLite store alone, called in this process: what the receiver's own code costs, without HTTP. */
async function inProcess(file: string, pool: readonly string[]): Promise<void> {
  const store = new SqliteStore(file);
  const handler = createFeedbackHandler({ store, siteOrigin, troubleshooters: troubleshooterCatalogue(), rateLimiter: new RateLimiter({ limit: 0, windowMs: 60_000 }) });
  const call = (body: string) => handler(new Request("http://127.0.0.1/feedback", { method: "POST", body, headers: { "content-type": "text/plain", origin: siteOrigin } }));
  for (const body of pool) await call(body);
  const count = 10_000;
  const started = process.cpuUsage();
  for (let index = 0; index < count; index++) await call(pool[index % pool.length]!);
  const used = process.cpuUsage(started);
  await store.close();
  const ms = (used.user + used.system) / 1000 / count;
  console.log(`${"in-process".padEnd(10)} handler + SQLite store, no HTTP: ${ms.toFixed(3)} ms CPU per event: ${Math.round(1000 / ms)} events per CPU-second`);
}

console.log(`bench:feedback: ${duration} s per store, ${connections} connections, load average before ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
const dir = mkdtempSync(join(tmpdir(), "hc-feedback-bench-"));
const file = join(dir, "feedback.db");
try {
  await inProcess(join(dir, "in-process.db"), bodies(2000));
  await run("SQLite", { HC_FEEDBACK_DB: file }, async () => {
    const db = new DatabaseSync(file);
    const { n } = db.prepare("SELECT count(*) AS n FROM events").get() as { n: number };
    db.close();
    return n;
  });
  if (values.keep) {
    mkdirSync(dirname(values.keep), { recursive: true });
    copyFileSync(file, values.keep);
  }
  const postgresUrl = process.env["HC_POSTGRES_URL"];
  if (postgresUrl) {
    await run("PostgreSQL", { DATABASE_URL: postgresUrl }, async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM events");
      await client.query("DROP TABLE events; DROP TABLE feedback_schema");
      await client.end();
      return Number(rows[0]!.n);
    });
  } else console.log("PostgreSQL skipped: HC_POSTGRES_URL is not set (bash scripts/with-postgres.sh npm run bench:feedback)");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average after ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
