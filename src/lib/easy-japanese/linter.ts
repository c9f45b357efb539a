/**
 * The easy-Japanese linter: textlint with the guideline's rules (thresholds and word lists from
 * `content/easy-japanese-rules.yaml`) over the texts of each file. Build-time Node code (`npm run lint:ja`).
 */
import { readFile } from "node:fs/promises";
import type { TextlintKernelRule } from "@textlint/kernel";
import maxKanjiRun from "textlint-rule-max-kanji-continuous-len";
import noDoubleNegative from "textlint-rule-no-double-negative-ja";
import sentenceLength from "textlint-rule-sentence-length";
import { parseEasyJapaneseConfig, type EasyJapaneseConfig } from "./config.ts";
import { defaultExport, lintUnits, type LintMessage } from "./textlint-run.ts";
import { mdxLintSource, yamlLintSource, type LintSource } from "./sources.ts";
import { easyJapaneseRules } from "./textlint-rules.ts";
import { contentPath } from "../content-paths.ts";
import { readability, type Readability } from "./readability.ts";
import { loadGlossary } from "../glossary/load.ts";
import { screenText } from "../glossary/schema.ts";


export type { LintMessage } from "./textlint-run.ts";

/** The easy-Japanese rule ids, which exception comments may name (the terminology lint shares them). */
export const ruleIds = [
  "sentence-length",
  "max-kanji-continuous-len",
  "no-double-negative-ja",
  "easy-honorific",
  "easy-passive",
  "easy-katakana",
  "easy-difficult-word",
  "easy-quote",
] as const;

function rulesFor(config: EasyJapaneseConfig): TextlintKernelRule[] {
  const screenTexts = new Set(Object.values(loadGlossary().screens).map((entry) => screenText(entry, "ja-easy")));
  const own = easyJapaneseRules(config, screenTexts);
  return [
    {
      ruleId: "sentence-length",
      rule: defaultExport(sentenceLength),
      // Text in brackets explains a word; it does not make the sentence harder to follow.
      options: { max: config.sentenceLength.max, skipPatterns: ["/（[^）]*）/", "/\\([^)]*\\)/"] },
    },
    { ruleId: "max-kanji-continuous-len", rule: defaultExport(maxKanjiRun), options: config.maxKanjiRun },
    { ruleId: "no-double-negative-ja", rule: defaultExport(noDoubleNegative), options: true },
    ...Object.entries(own).map(([ruleId, rule]) => ({ ruleId, rule, options: true })),
  ] as TextlintKernelRule[];
}

export async function loadEasyJapaneseConfig(path: string = contentPath("easyJapaneseRules")): Promise<EasyJapaneseConfig> {
  return parseEasyJapaneseConfig(await readFile(path, "utf8"), path);
}

/** Lints one file's source (`.mdx` article or `.yaml` troubleshooter texts). */
export async function lintEasyJapanese(file: string, source: string, config: EasyJapaneseConfig): Promise<LintMessage[]> {
  // The terminology lint (src/lib/glossary/terminology.ts) reads the same exception comments.
  const known = new Set<string>([...ruleIds, "terminology"]);
  const lintSource: LintSource = file.endsWith(".mdx") ? mdxLintSource(source, known) : yamlLintSource(source, known);
  return lintUnits(file, lintSource, rulesFor(config), (found) => ({ rule: found.ruleId, message: found.message.replace(/\s*\n\s*/g, " ") }));
}

/** The reading level of one file's reader-visible Japanese text (the texts the linter checks). */
export function readingLevelOf(file: string, source: string): Readability {
  const lintSource = file.endsWith(".mdx") ? mdxLintSource(source, new Set()) : yamlLintSource(source, new Set());
  return readability(lintSource.units.map((unit) => unit.text));
}

/** Why a file's reading level fails the thresholds, or an empty list. */
export function readingLevelProblems(level: Readability, limits: EasyJapaneseConfig["readingLevel"]): string[] {
  const problems: string[] = [];
  if (level.score < limits.minScore) problems.push(`readability ${level.score.toFixed(1)} is below ${limits.minScore}: shorter sentences, fewer and shorter kanji words`);
  if (level.meanSentenceLength > limits.maxMeanSentenceLength) {
    problems.push(`sentences average ${level.meanSentenceLength.toFixed(1)} characters, more than ${limits.maxMeanSentenceLength}: split long sentences`);
  }
  return problems;
}
