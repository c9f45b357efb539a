/**
 * What the quality specs need to know about the built site, read from the build itself (sitemap, built
 * HTML, troubleshooter flow files) so new pages and page types are covered without editing the specs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Page } from "@playwright/test";
import { distDir, sitemapPaths } from "../helpers.ts";
import { localeKeys, type Locale } from "../../../src/lib/i18n/locales.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";

export { localeKeys };

/** Splits `items` into `count` batches of nearly equal size (none empty). */
export function batches<T>(items: T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size)).filter((batch) => batch.length > 0);
}

/** The built HTML of a page path, or null. */
export function builtHtml(path: string): string | null {
  const file = join(distDir, path.split("?")[0]!, path.endsWith("/") ? "index.html" : "");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** Words that find results in each locale's search index. */
export const searchQueries: Record<Locale, string> = { en: "password", ja: "パスワード", "ja-easy": "パスワード", vi: "mật khẩu" };

export function searchPath(locale: Locale, query = searchQueries[locale]): string {
  return `/${locale}/search/?q=${encodeURIComponent(query)}`;
}

/**
 * Waits until the search page shows its results list (Pagefind loaded and answered). No limit of its
 * own: on a busy machine loading Pagefind's WebAssembly can take many seconds; the test's limit applies.
 */
export async function waitForSearchResults(page: Page): Promise<void> {
  await page.locator("[data-search-results]:not([hidden]) li").first().waitFor({ state: "visible" });
}

/** Waits until every island on the page has hydrated (Astro drops `ssr` from a hydrated island); the test's limit applies. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
}

const troubleshootersDir = "content/troubleshooters";

/** Troubleshooter slugs that have a flow file (the contract: folder = URL segment). */
export function troubleshooterSlugs(): string[] {
  if (!existsSync(troubleshootersDir)) return [];
  return readdirSync(troubleshootersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(troubleshootersDir, entry.name, "flow.yaml")))
    .map((entry) => entry.name)
    .sort();
}

interface FlowNode {
  type: string;
  checker?: string;
  input?: string;
  answers?: { value?: string; guard?: string; next: string }[];
  unsolved?: string;
}

interface FlowFile {
  start: string;
  nodes: Record<string, FlowNode>;
}

export function troubleshooterFlow(slug: string): FlowFile {
  return parse(readFileSync(join(troubleshootersDir, slug, "flow.yaml"), "utf8")) as FlowFile;
}

const isFix = (id: string) => id.endsWith("-fix");

/** A step's ways out as (answer value in the URL, next step): answers, or a fix's solved/unsolved. */
function edges(node: FlowNode): { value: string; next: string }[] {
  const hourAgo = formatDateTimeInput(new Date(Date.now() - 60 * 60 * 1000));
  const tenDaysAgo = formatDateTimeInput(new Date(Date.now() - 10 * 24 * 60 * 60 * 1000));
  const found = (node.answers ?? []).map((answer) => ({
    value: answer.value ?? (node.input === "datetime" && /expired/i.test(answer.guard ?? "") ? tenDaysAgo : hourAgo),
    next: answer.next,
  }));
  if (node.type === "fix") {
    const fix = node as FlowNode & { solved?: string };
    if (fix.solved) found.push({ value: "yes", next: fix.solved });
    if (node.unsolved) found.push({ value: "no", next: node.unsolved });
  }
  return found;
}

export interface WalkStep {
  step: string;
  /** The URL state that shows this step. */
  query: string;
  /** The answer given here to move on (none at the final step). */
  answer?: string;
}

function queryFor(step: string, answers: [string, string][]): string {
  return `?${new URLSearchParams([["step", step], ...answers]).toString()}`;
}

/**
 * The ordinary way through a flow (the contract's `?step=…&<step>=<answer>…` URL states): every check
 * answered the way that moves on without a fix, every fix "not solved", until a step with no way out.
 */
export function troubleshooterWalk(slug: string): WalkStep[] {
  const flow = troubleshooterFlow(slug);
  const answers: [string, string][] = [];
  const walk: WalkStep[] = [];
  let current: string | undefined = flow.start;
  while (current !== undefined && walk.length <= Object.keys(flow.nodes).length) {
    const node: FlowNode | undefined = flow.nodes[current];
    if (!node) throw new Error(`${slug}: flow has no step "${current}"`);
    const ways = edges(node);
    const onward: { value: string; next: string } | undefined = node.type === "fix" ? ways.find((way) => way.value === "no") : (ways.find((way) => !isFix(way.next)) ?? ways[0]);
    walk.push({ step: current, query: queryFor(current, answers), ...(onward ? { answer: onward.value } : {}) });
    if (onward) answers.push([current, onward.value]);
    current = onward?.next;
  }
  return walk;
}

/** The URL state of `target` by the shortest way from the start, or null when no way leads there. */
export function troubleshooterStateOf(slug: string, target: string): string | null {
  const flow = troubleshooterFlow(slug);
  const queue: { step: string; answers: [string, string][] }[] = [{ step: flow.start, answers: [] }];
  const seen = new Set([flow.start]);
  while (queue.length > 0) {
    const { step, answers } = queue.shift()!;
    if (step === target) return queryFor(step, answers);
    for (const way of edges(flow.nodes[step] ?? { type: "result" })) {
      if (seen.has(way.next)) continue;
      seen.add(way.next);
      queue.push({ step: way.next, answers: [...answers, [step, way.value]] });
    }
  }
  return null;
}

/** URL states of a flow's first step, a middle one, a fix and the final one (the ordinary walk's end). */
export function troubleshooterStates(slug: string): { first: string; middle: string; fix: string | null; final: string } {
  const walk = troubleshooterWalk(slug);
  const fixStep = Object.keys(troubleshooterFlow(slug).nodes).find(isFix);
  return {
    first: walk[0]!.query,
    middle: walk[Math.floor(walk.length / 2)]!.query,
    fix: fixStep ? troubleshooterStateOf(slug, fixStep) : null,
    final: walk.at(-1)!.query,
  };
}

/** Slugs whose flow uses a password checker at some step, with that step's id. */
export function passwordCheckerSteps(): { slug: string; step: string }[] {
  return troubleshooterSlugs().flatMap((slug) => {
    const entry = Object.entries(troubleshooterFlow(slug).nodes).find(([, node]) => node.checker?.startsWith("password"));
    return entry ? [{ slug, step: entry[0] }] : [];
  });
}

/** One representative built page per page type in `locale`, found in the sitemap and the built HTML. */
export function pageTypePaths(locale: Locale): Record<string, string> {
  const paths = sitemapPaths().filter((path) => path.startsWith(`/${locale}/`));
  const first = (pattern: RegExp) => paths.find((path) => pattern.test(path));
  const articleOfKind = (kind: string) =>
    paths.find((path) => /\/articles\/[^/]+\/$/.test(path) && (builtHtml(path) ?? "").includes(`article--${kind}`));
  const found: Record<string, string | undefined> = {
    home: `/${locale}/`,
    category: first(/\/categories\/[^/]+\/$/),
    "faq article": articleOfKind("faq"),
    guide: articleOfKind("guide"),
    "audience index": first(/\/audiences\/[^/]+\/$/),
    "troubleshooters index": first(/\/troubleshooters\/$/),
    "agents' index": first(/\/agents\/$/),
    "search with results": searchPath(locale),
    "404": `/${locale}/no-such-page/`,
  };
  return Object.fromEntries(Object.entries(found).map(([type, path]) => [type, path ?? `(no ${type} in the sitemap for ${locale})`]));
}
