/**
 * Text → ruby segments: kanji runs with their hiragana reading, everything else plain.
 * Build time only (Node): the editors' rules first (`rules.ts`), then the analyzer, with readings
 * cached on disk. Used by the page pass (`src/build/postbuild/page-pass.ts`) and by islands that render their own ruby.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { parse as parseYaml } from "yaml";
import { alignReading } from "./align.ts";
import { analyze, type AnalyzedToken } from "./analyzer.ts";
import { hasKanji } from "./kana.ts";
import { checkOverrides } from "./overrides.ts";
import { checkRules, noRules, splitByRules, type ContextRule, type CounterRule, type ReadingRules } from "./rules.ts";
import type { RubySegment } from "./ruby-segment.ts";
import { loadReadingCache, memoryReadingCache, type ReadingCache } from "./reading-cache.ts";
import { contentPath } from "../content-paths.ts";

export interface ReaderStats {
  /** Kanji runs given a reading. */
  kanjiRuns: number;
  cacheHits: number;
  /** Texts sent to the analyzer. */
  analysed: number;
  /** Time spent in the analyzer, loading included. */
  analysisMs: number;
}

export interface FuriganaReader {
  segment(text: string): Promise<RubySegment[]>;
  readonly stats: ReaderStats;
  /** Persists readings analysed by this reader. */
  saveCache(): Promise<void>;
}

/** The editors' reading rules: `words.yaml` (whole words) and `context.yaml` (context rules and counters). */
const defaultRulesDir = (): string => contentPath("furiganaRules");

const contextRuleSchema = z.strictObject({
  word: z.string().min(1),
  reading: z.string().min(1),
  after: z.array(z.string().min(1)).min(1).optional(),
  before: z.array(z.string().min(1)).min(1).optional(),
  why: z.string().min(1),
  tests: z.record(z.string().min(1), z.string().min(1)).refine((tests) => Object.keys(tests).length > 0, "give at least one test"),
});
const counterRuleSchema = z.strictObject({
  counter: z.string().min(1),
  reading: z.string().min(1),
  numbers: z.record(z.string().regex(/^[0-9]+$/u), z.string().min(1)).optional(),
  lastDigit: z.record(z.string().regex(/^[0-9]$/u), z.string().min(1)).optional(),
  after: z.array(z.string().min(1)).min(1).optional(),
  why: z.string().min(1),
  tests: z.record(z.string().min(1), z.string().min(1)).refine((tests) => Object.keys(tests).length > 0, "give at least one test"),
});
const contextFileSchema = z.strictObject({
  context: z.array(contextRuleSchema).default([]),
  counters: z.array(counterRuleSchema).default([]),
});

async function readYaml(path: string): Promise<unknown> {
  return parseYaml(await readFile(path, "utf8")) ?? {};
}

/** Reads and checks the editors' rules; an invalid entry stops the build with its file and word. */
export async function loadReadingRules(dir: string = defaultRulesDir()): Promise<ReadingRules> {
  const wordsPath = join(dir, "words.yaml");
  const parsed = await readYaml(wordsPath);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(`${wordsPath}: expected "word: reading" lines`);
  const words: Record<string, string> = {};
  for (const [word, reading] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof reading !== "string") throw new Error(`${wordsPath}: "${word}" needs a reading in hiragana`);
    words[word] = reading;
  }
  const wordProblems = checkOverrides(words);
  if (wordProblems.length > 0) throw new Error(`${wordsPath}:\n  ${wordProblems.join("\n  ")}`);

  const contextPath = join(dir, "context.yaml");
  const result = contextFileSchema.safeParse(await readYaml(contextPath));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${contextPath}:\n  ${issues.join("\n  ")}`);
  }
  const rules: ReadingRules = {
    words,
    context: result.data.context as ContextRule[],
    counters: result.data.counters as CounterRule[],
  };
  const ruleProblems = checkRules(rules);
  if (ruleProblems.length > 0) throw new Error(`${contextPath}:\n  ${ruleProblems.join("\n  ")}`);
  return rules;
}

// URLs and e-mail addresses are copied by readers, so they never get readings.
const urlOrEmail = /(?:https?:\/\/|www\.)[^\s、。，．「」『』（）()<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

function mergePlain(segments: RubySegment[]): RubySegment[] {
  const merged: RubySegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.text === "") continue;
    if (last && last.reading === undefined && segment.reading === undefined) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

export function createFuriganaReader(options: { rules?: ReadingRules; cache?: ReadingCache } = {}): FuriganaReader {
  const rules = options.rules ?? noRules;
  const cache = options.cache ?? memoryReadingCache();
  const stats: ReaderStats = { kanjiRuns: 0, cacheHits: 0, analysed: 0, analysisMs: 0 };

  async function tokensOf(text: string): Promise<AnalyzedToken[]> {
    const cached = cache.get(text);
    if (cached) {
      stats.cacheHits += 1;
      return cached;
    }
    const started = performance.now();
    const tokens = await analyze(text);
    stats.analysisMs += performance.now() - started;
    stats.analysed += 1;
    cache.set(text, tokens);
    return tokens;
  }

  async function segmentProse(text: string): Promise<RubySegment[]> {
    const segments: RubySegment[] = [];
    for (const part of splitByRules(text, rules)) {
      if (part.segments) segments.push(...part.segments);
      else if (!hasKanji(part.text)) segments.push({ text: part.text });
      else {
        for (const [surface, reading] of await tokensOf(part.text)) {
          segments.push(...(reading === undefined ? [{ text: surface }] : alignReading(surface, reading)));
        }
      }
    }
    return segments;
  }

  return {
    stats,
    saveCache: () => cache.save(),
    async segment(text) {
      if (!hasKanji(text)) return [{ text }];
      const segments: RubySegment[] = [];
      let position = 0;
      for (const match of text.matchAll(urlOrEmail)) {
        segments.push(...(await segmentProse(text.slice(position, match.index))), { text: match[0] });
        position = match.index + match[0].length;
      }
      segments.push(...(await segmentProse(text.slice(position))));
      const result = mergePlain(segments);
      stats.kanjiRuns += result.filter((segment) => segment.reading !== undefined).length;
      return result;
    },
  };
}

let sharedReader: Promise<FuriganaReader> | undefined;

/**
 * Ruby segments for `text` with the site's reading rules and disk cache (one reader per process;
 * new readings are saved when the process ends). For islands that render their own `<RubyText>`.
 */
export async function toRubySegments(text: string): Promise<RubySegment[]> {
  sharedReader ??= (async () => {
    const cache = await loadReadingCache();
    const reader = createFuriganaReader({ rules: await loadReadingRules(), cache });
    // Astro's build ends with process.exit(), so "beforeExit" never comes: save on "exit", synchronously.
    process.once("exit", () => cache.saveSync());
    return reader;
  })();
  return (await sharedReader).segment(text);
}
