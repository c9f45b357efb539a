/**
 * Text → ruby segments: kanji runs with their hiragana reading, everything else plain.
 * Build time only (Node): override words first (longest match), then the analyzer, with readings
 * cached on disk. Used by the HTML pass (`rehype-furigana.ts`) and by islands that render their own ruby.
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { alignReading } from "./align.ts";
import { analyze, type AnalyzedToken } from "./analyzer.ts";
import { hasKanji } from "./kana.ts";
import { checkOverrides, splitByOverrides, type OverrideDictionary } from "./overrides.ts";
import { loadReadingCache, memoryReadingCache, type ReadingCache } from "./reading-cache.ts";
import { contentPath } from "../content-paths.ts";

export interface RubySegment {
  text: string;
  /** Hiragana reading; only on a run of kanji. */
  reading?: string;
}

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

/** Reads and checks the editors' override dictionary; an invalid entry stops the build with its word. */
export async function loadOverrides(path: string = contentPath("furiganaOverrides")): Promise<OverrideDictionary> {
  const parsed: unknown = parseYaml(await readFile(path, "utf8")) ?? {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${path}: expected "word: reading" lines`);
  const dictionary: Record<string, string> = {};
  for (const [word, reading] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof reading !== "string") throw new Error(`${path}: "${word}" needs a reading in hiragana`);
    dictionary[word] = reading;
  }
  const problems = checkOverrides(dictionary);
  if (problems.length > 0) throw new Error(`${path}:\n  ${problems.join("\n  ")}`);
  return dictionary;
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

export function createFuriganaReader(options: { overrides?: OverrideDictionary; cache?: ReadingCache } = {}): FuriganaReader {
  const overrides = options.overrides ?? {};
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
    for (const part of splitByOverrides(text, overrides)) {
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
 * Ruby segments for `text` with the site's override dictionary and disk cache (one reader per process;
 * new readings are saved when the process ends). For islands that render their own `<RubyText>`.
 */
export async function toRubySegments(text: string): Promise<RubySegment[]> {
  sharedReader ??= (async () => {
    const reader = createFuriganaReader({ overrides: await loadOverrides(), cache: await loadReadingCache() });
    process.once("beforeExit", () => void reader.saveCache());
    return reader;
  })();
  return (await sharedReader).segment(text);
}
