/**
 * "Problem phrases": what readers type when they have the problem a troubleshooter solves.
 * Editors keep them in `content/search/problems.yaml`; the search page shows a troubleshooter first
 * when the query reads like one of its phrases, and the index carries them so Pagefind finds the page too.
 */
import { z } from "zod";
import { parse as parseYaml } from "yaml";
import { idSchema } from "../schemas/article.ts";
import { localeKeys, type Locale } from "../i18n/locales.ts";
import { fallbackChain } from "../content-resolution.ts";
import type { LocalizedProblem } from "./problem-match.ts";

// The matching runs in the browser: it lives in a module without zod or YAML, re-exported here.
export { foldForComparison, matchProblems, phraseSimilarity, type LocalizedProblem } from "./problem-match.ts";

export const problemPhrasesSchema = z.array(
  z
    .object({
      /** Slug of the troubleshooter (`content/troubleshooters/<slug>/`). */
      troubleshooter: idSchema,
      /** Per locale key, the phrases readers type. A locale without its own list uses its fallback's. */
      phrases: z
        .record(z.string(), z.array(z.string().min(1)).min(1))
        .refine((value) => Object.keys(value).every((key) => (localeKeys as string[]).includes(key)), {
          message: `keys must be locale keys (${localeKeys.join(", ")})`,
        }),
    })
    .strict(),
);
export type ProblemPhrases = z.infer<typeof problemPhrasesSchema>;

/** Reads the phrases file; an error names the file, the entry and the field. */
export function parseProblemPhrases(text: string, file: string): ProblemPhrases {
  const result = problemPhrasesSchema.safeParse(parseYaml(text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: entry ${issue.path.map(String).join(".")}: ${issue.message}`);
}

/** The phrases that apply to readers of `locale`. */
export function problemsFor(all: ProblemPhrases, locale: Locale): LocalizedProblem[] {
  return all.flatMap((entry) => {
    const key = fallbackChain(locale).find((candidate) => entry.phrases[candidate]);
    return key ? [{ slug: entry.troubleshooter, phrases: entry.phrases[key]! }] : [];
  });
}
