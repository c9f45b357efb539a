/**
 * The easy-Japanese rules' thresholds and word lists, from `content/easy-japanese-rules.yaml` (the one
 * place editors change them).
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const easyJapaneseConfigSchema = z.strictObject({
  sentenceLength: z.strictObject({ max: z.number().int().positive() }),
  maxKanjiRun: z.strictObject({ max: z.number().int().positive(), allow: z.array(z.string()) }),
  katakanaAllow: z.array(z.string().regex(/^[ァ-ヺー・]+$/, "katakana only")),
  difficultWords: z.record(z.string(), z.string().min(1, "needs a plain explanation")),
  /** Per file: the lowest readability score (Tateisi et al. 1988, see readability.ts) and the longest mean sentence. */
  readingLevel: z.strictObject({ minScore: z.number(), maxMeanSentenceLength: z.number().positive() }),
});

export type EasyJapaneseConfig = z.infer<typeof easyJapaneseConfigSchema>;

export function parseEasyJapaneseConfig(source: string, file: string): EasyJapaneseConfig {
  const result = easyJapaneseConfigSchema.safeParse(parseYaml(source));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`${file}:\n  ${problems.join("\n  ")}`);
}
