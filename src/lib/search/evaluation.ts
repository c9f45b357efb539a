/**
 * Search evaluation over the project's query table (`tests/e2e/search/queries.yaml`): each row is a query
 * as a reader typed it and the page (plus anchor) that should come first. Given the links the results page
 * listed for each row, this computes success@1, success@3 and MRR per locale and checks them against the
 * floor kept next to the table (`tests/e2e/search/floor.yaml`). The browser run lives in the callers
 * (`npm run search:eval`, `tests/e2e/search/queries.spec.ts`); this module only judges.
 */
import { z } from "zod";
import { parse as parseYaml } from "yaml";
import { localeKeys } from "../i18n/locales.ts";

const localeSchema = z.string().refine((value) => (localeKeys as string[]).includes(value), {
  message: `must be a locale key (${localeKeys.join(", ")})`,
});

export const queryCaseSchema = z
  .object({
    locale: localeSchema,
    query: z.string().min(1),
    /** The link the first result must have: `/<locale>/articles/<id>/`, with `#anchor` for one part of a page. */
    first: z.string().regex(/^\/[a-z-]+\/(articles|troubleshooters)\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, "must be a page path like /en/articles/<id>/ or /en/articles/<id>/#anchor"),
    /** Why the row is here (a typo, a pasted error message, a reader's report). */
    note: z.string().optional(),
  })
  .strict();
export type QueryCase = z.infer<typeof queryCaseSchema>;

export const floorSchema = z
  .object({
    /** Lowest success@3 (0–1) the suite accepts, per locale. */
    successAt3: z.record(localeSchema, z.number().min(0).max(1)),
  })
  .strict();
export type SearchFloor = z.infer<typeof floorSchema>;

function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): T {
  const result = schema.safeParse(parseYaml(text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.path.map(String).join(".") || "(top)"}: ${issue.message}`);
}

/** Reads the query table; an error names the file, the row and the field. */
export function parseQueryTable(text: string, file: string): QueryCase[] {
  const cases = parseWith(z.array(queryCaseSchema), text, file);
  const seen = new Set<string>();
  for (const [row, c] of cases.entries()) {
    const key = `${c.locale}\u0000${c.query}`;
    if (seen.has(key)) throw new Error(`${file}: ${row}: “${c.query}” (${c.locale}) is in the table twice`);
    seen.add(key);
    if (!c.first.startsWith(`/${c.locale}/`)) throw new Error(`${file}: ${row}.first: must be a page under /${c.locale}/ (the reader stays in their language)`);
  }
  return cases;
}

export function parseFloor(text: string, file: string): SearchFloor {
  return parseWith(floorSchema, text, file);
}

/** One row's outcome: the links the results page listed, in order (the first few are enough). */
export interface RankedCase {
  case: QueryCase;
  links: string[];
}

/** Whether a listed link lands where the row wants: that exact part, or anywhere on the page when the row names no part. */
export function landsOn(link: string, first: string): boolean {
  return link === first || (!first.includes("#") && link.replace(/#.*$/, "") === first);
}

/** 1-based rank of the first listed link that lands where the row wants, or null when none does. */
export function rankOf(ranked: RankedCase): number | null {
  const index = ranked.links.findIndex((link) => landsOn(link, ranked.case.first));
  return index === -1 ? null : index + 1;
}

export interface LocaleScore {
  locale: string;
  queries: number;
  successAt1: number;
  successAt3: number;
  /** Mean reciprocal rank over the listed links (a miss counts 0). */
  mrr: number;
  /** Rows whose expected page was not first, with where it was. */
  misses: { case: QueryCase; rank: number | null; firstLink: string | null }[];
}

/** Scores per locale, in the order the locales first appear in the table. */
export function scoreByLocale(ranked: RankedCase[]): LocaleScore[] {
  const byLocale = new Map<string, RankedCase[]>();
  for (const row of ranked) byLocale.set(row.case.locale, [...(byLocale.get(row.case.locale) ?? []), row]);
  return [...byLocale].map(([locale, rows]) => {
    const ranks = rows.map(rankOf);
    return {
      locale,
      queries: rows.length,
      successAt1: ranks.filter((rank) => rank === 1).length / rows.length,
      successAt3: ranks.filter((rank) => rank !== null && rank <= 3).length / rows.length,
      mrr: ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / rows.length,
      misses: rows.flatMap((row, i) => (ranks[i] === 1 ? [] : [{ case: row.case, rank: ranks[i]!, firstLink: row.links[0] ?? null }])),
    };
  });
}

/** Locales whose success@3 is below the floor (a locale in the floor but not in the table fails too). */
export function floorFailures(scores: LocaleScore[], floor: SearchFloor): string[] {
  return Object.entries(floor.successAt3).flatMap(([locale, minimum]) => {
    const score = scores.find((candidate) => candidate.locale === locale);
    if (!score) return [`${locale}: no queries in the table, floor ${percent(minimum)}`];
    return score.successAt3 < minimum ? [`${locale}: success@3 ${percent(score.successAt3)} is below the floor ${percent(minimum)}`] : [];
  });
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** The report `npm run search:eval` prints: one line per locale, then every miss. */
export function formatReport(scores: LocaleScore[]): string {
  const lines = ["locale   queries  success@1  success@3  MRR"];
  const total = scores.reduce((sum, score) => sum + score.queries, 0);
  for (const score of scores) {
    lines.push(
      `${score.locale.padEnd(8)} ${String(score.queries).padStart(7)}  ${percent(score.successAt1).padStart(9)}  ${percent(score.successAt3).padStart(9)}  ${score.mrr.toFixed(3)}`,
    );
  }
  if (total) {
    const mean = (pick: (score: LocaleScore) => number) => scores.reduce((sum, score) => sum + pick(score) * score.queries, 0) / total;
    lines.push(`${"all".padEnd(8)} ${String(total).padStart(7)}  ${percent(mean((s) => s.successAt1)).padStart(9)}  ${percent(mean((s) => s.successAt3)).padStart(9)}  ${mean((s) => s.mrr).toFixed(3)}`);
  }
  const misses = scores.flatMap((score) => score.misses);
  if (misses.length) {
    lines.push("", "Not first:");
    for (const miss of misses) {
      const where = miss.rank === null ? "not in the list" : `at ${miss.rank}`;
      lines.push(`  ${miss.case.locale}: “${miss.case.query}” wants ${miss.case.first}, ${where}; first was ${miss.firstLink ?? "nothing"}`);
    }
  }
  return lines.join("\n");
}
