/**
 * What the quality specs need to know about the built site, read from the build itself (sitemap, built
 * HTML, the compiled troubleshooters) so new pages and page types are covered without editing the specs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { distDir, sitemapPaths } from "../helpers.ts";
import { localeKeys, type Locale } from "../../../src/lib/i18n/locales.ts";
import { siteConfig } from "../../../src/config.ts";
import { parse } from "yaml";
import { contentPath } from "../../../src/lib/content-paths.ts";
import { localized } from "../../../src/lib/content-resolution.ts";
import { parsePath, paths, type SitePage } from "../../../src/lib/urls.ts";
import { loadTroubleshooters } from "../../../src/troubleshooters/load.ts";
import { editorGuards, isEditorGuard } from "../../../src/troubleshooters/implementations.ts";
import type { CompiledFlow, CompiledStep } from "../../../src/troubleshooters/types.ts";

export { localeKeys };

/**
 * The template a sitemap path is made from: its locale and section, with any further segment (an
 * article, a troubleshooter, a page number) as `*`: `/ja/articles/*` stands for every Japanese article.
 */
function templateOf(path: string): string {
  const [locale = "", section = "", ...rest] = path.split("/").filter(Boolean);
  return [locale, section, ...(rest.length > 0 ? ["*"] : [])].join("/");
}

/**
 * The first sitemap URL of each template: the sitemap sweep (`sitemap.spec.ts`) checks these with every
 * axe rule, the layout rules included.
 */
export function layoutCheckedPaths(): Set<string> {
  return new Set(new Map(sitemapPaths().toReversed().map((path) => [templateOf(path), path])).values());
}

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

/** Words that find results in each locale's search index: the name of the first topic, as the content writes it. */
export const searchQueries = Object.fromEntries(
  localeKeys.map((locale) => [locale, localized((parse(readFileSync(contentPath("categories"), "utf8")) as { name: Record<string, string> }[])[0]!.name, locale)]),
) as Record<Locale, string>;

export function searchPath(locale: Locale, query = searchQueries[locale]): string {
  return `${paths.search(locale)}?q=${encodeURIComponent(query)}`;
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

let compiledFlows: Map<string, CompiledFlow> | undefined;

/** Every troubleshooter as the build compiles it (the flow files are read only by the compiler). */
function flows(): Map<string, CompiledFlow> {
  compiledFlows ??= new Map(loadTroubleshooters().map(({ flow }) => [flow.slug, flow]));
  return compiledFlows;
}

/** Troubleshooter slugs (folder = URL segment), in name order. */
export function troubleshooterSlugs(): string[] {
  return [...flows().keys()].sort();
}

export function troubleshooterFlow(slug: string): CompiledFlow {
  const flow = flows().get(slug);
  if (!flow) throw new Error(`no troubleshooter "${slug}"`);
  return flow;
}

/** A step of a compiled flow by id. */
export function flowStep(flow: CompiledFlow, id: string): CompiledStep | undefined {
  return flow.steps.find((step) => step.id === id);
}

/** The rules the guards compare typed values with, as the built site has them. */
const guardContext = { now: null, rules: { resetLinkLifetimeHours: siteConfig.rules.resetLinkLifetimeHours }, answers: {}, history: [] };

/**
 * A step's ways out as (answer value in the URL, next step): the button values, or on an input check the
 * example value of the guard that picks the route (a fix's "solved"/"not solved" are its yes and no).
 */
function edges(step: CompiledStep): { value: string; next: string }[] {
  return step.answers.map((answer) => {
    if (answer.value !== null) return { value: answer.value, next: answer.next };
    if (!answer.guard || !isEditorGuard(answer.guard)) throw new Error(`step "${step.id}": an input route without a known guard`);
    return { value: editorGuards[answer.guard].example(guardContext), next: answer.next };
  });
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
  const isFix = (id: string) => flowStep(flow, id)?.type === "fix";
  const answers: [string, string][] = [];
  const walk: WalkStep[] = [];
  let current: string | undefined = flow.start;
  while (current !== undefined && walk.length <= flow.steps.length) {
    const step: CompiledStep | undefined = flowStep(flow, current);
    if (!step) throw new Error(`${slug}: flow has no step "${current}"`);
    const ways = edges(step);
    const onward: { value: string; next: string } | undefined = step.type === "fix" ? ways.find((way) => way.value === "no") : (ways.find((way) => !isFix(way.next)) ?? ways[0]);
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
    for (const way of flowStep(flow, step) ? edges(flowStep(flow, step)!) : []) {
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
  const fixStep = troubleshooterFlow(slug).steps.find((step) => step.type === "fix")?.id;
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
    const step = troubleshooterFlow(slug).steps.find((candidate) => candidate.checker?.startsWith("password"));
    return step ? [{ slug, step: step.id }] : [];
  });
}

/** One representative built page per page type in `locale`, found in the sitemap and the built HTML. */
export function pageTypePaths(locale: Locale): Record<string, string> {
  const pages = sitemapPaths().flatMap((path) => {
    const parsed = parsePath(path);
    return parsed?.locale === locale ? [{ path, page: parsed.page }] : [];
  });
  const first = (type: SitePage["type"], where: (path: string) => boolean = () => true) =>
    pages.find(({ path, page }) => page.type === type && !(page.type === "agents" && page.page !== undefined) && where(path))?.path;
  const articleOfKind = (kind: string) => first("article", (path) => (builtHtml(path) ?? "").includes(`article--${kind}`));
  const found: Record<string, string | undefined> = {
    home: paths.home(locale),
    category: first("category"),
    "faq article": articleOfKind("faq"),
    guide: articleOfKind("guide"),
    "audience index": first("audience"),
    "troubleshooters index": first("troubleshooters"),
    "agents' index": first("agents"),
    "search with results": searchPath(locale),
    "404": `/${locale}/no-such-page/`,
  };
  return Object.fromEntries(Object.entries(found).map(([type, path]) => [type, path ?? `(no ${type} in the sitemap for ${locale})`]));
}
