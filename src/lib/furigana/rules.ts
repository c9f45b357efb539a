/**
 * Readings fixed by the editors' rules, before the analyzer sees the text. kuromoji (IPADIC, 2007) reads
 * many words right alone and wrong in a sentence, so three kinds of rule win over it:
 * - counters: a number and its counter (9月 がつ, 1日 ついたち, 3分 ぷん);
 * - context rules: a word read one way only next to given text (外国人の方 → かた);
 * - whole words: a word read the same everywhere (大文字 おおもじ).
 * Pure and free of Node APIs, so the browser annotator applies the same rules as the build.
 */
import { alignReading } from "./align.ts";
import { isKanjiLike } from "./kana.ts";
import type { RubySegment } from "./ruby-segment.ts";

/** A whole word and its reading; matches inside longer words too (日本 inside 日本人). */
export type WordReadings = Readonly<Record<string, string>>;

export interface ContextRule {
  word: string;
  reading: string;
  /** The rule applies when the text just before the word ends with one of these (any, when absent). */
  after?: readonly string[];
  /**
   * The rule applies when the text just after the word starts with one of these, or the text ends
   * there (any text, when absent). Without it, the word must not be followed by another kanji.
   */
  before?: readonly string[];
  why: string;
  /** Text → the readings the rules give it (`方(かた)`), checked by the unit tests. */
  tests: Readonly<Record<string, string>>;
}

export interface CounterRule {
  /** The counter after the number, kana included (か月). */
  counter: string;
  /** Reading of the counter alone (月 → がつ). */
  reading: string;
  /** Readings of number and counter as one word, by the number (1 → ついたち): the ruby spans both. */
  numbers?: Readonly<Record<string, string>>;
  /** Readings of the counter by the number's last digit (分 after 1, 3, 4, 6, 8, 0 → ぷん). */
  lastDigit?: Readonly<Record<string, string>>;
  /** The rule applies when the text before the number ends with one of these (any, when absent). */
  after?: readonly string[];
  why: string;
  /** Text → the readings the rules give it (`9月(がつ)`), checked by the unit tests. */
  tests: Readonly<Record<string, string>>;
}

export interface ReadingRules {
  words: WordReadings;
  context: readonly ContextRule[];
  counters: readonly CounterRule[];
}

export const noRules: ReadingRules = { words: {}, context: [], counters: [] };

/** A stretch of text: fixed by a rule (segments ready), or left for the analyzer. */
export type RulePart = { text: string; segments: RubySegment[] } | { text: string; segments?: undefined };

const digit = /[0-9０-９]/u;

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

function endsWithAny(text: string, endings: readonly string[] | undefined): boolean {
  return endings === undefined || endings.some((ending) => text.endsWith(ending));
}

// The end of the text counts as a fit: a heading or a label often ends with the word (国内の企業の方).
function startsWithAny(text: string, starts: readonly string[] | undefined): boolean {
  return starts === undefined || text === "" || starts.some((start) => text.startsWith(start));
}

function counterAt(text: string, position: number, counters: readonly CounterRule[]): { length: number; segments: RubySegment[] } | undefined {
  if (!digit.test(text[position] ?? "") || digit.test(text[position - 1] ?? "")) return undefined;
  let end = position;
  while (digit.test(text[end] ?? "")) end += 1;
  const number = text.slice(position, end);
  const value = asciiDigits(number);
  const before = text.slice(0, position);
  for (const rule of counters) {
    if (!text.startsWith(rule.counter, end) || !endsWithAny(before, rule.after)) continue;
    const whole = rule.numbers?.[value];
    const length = end - position + rule.counter.length;
    if (whole !== undefined) return { length, segments: [{ text: number + rule.counter, reading: whole }] };
    const reading = rule.lastDigit?.[value.at(-1) ?? ""] ?? rule.reading;
    return { length, segments: [{ text: number }, ...alignReading(rule.counter, reading)] };
  }
  return undefined;
}

// A context rule names a whole kanji run: 方 must not match inside 両方 or 方法. A rule that lists what
// follows the word (方 before 向け) says itself which kanji may follow.
function standsAlone(text: string, position: number, rule: ContextRule): boolean {
  const first = rule.word[0] ?? "";
  const last = rule.word.at(-1) ?? "";
  const beforeChar = text[position - 1] ?? "";
  const afterChar = text[position + rule.word.length] ?? "";
  if (isKanjiLike(first) && isKanjiLike(beforeChar)) return false;
  return rule.before !== undefined || !(isKanjiLike(last) && isKanjiLike(afterChar));
}

function contextAt(text: string, position: number, rules: readonly ContextRule[]): ContextRule | undefined {
  const before = text.slice(0, position);
  let best: ContextRule | undefined;
  for (const rule of rules) {
    if (!text.startsWith(rule.word, position) || !standsAlone(text, position, rule)) continue;
    if (!endsWithAny(before, rule.after) || !startsWithAny(text.slice(position + rule.word.length), rule.before)) continue;
    if (best === undefined || rule.word.length > best.word.length) best = rule;
  }
  return best;
}

/** Cuts text where a rule fixes the reading (counters, then the longest context rule or word); the rest goes to the analyzer. */
export function splitByRules(text: string, rules: ReadingRules): RulePart[] {
  const wordsByFirstChar = new Map<string, string[]>();
  for (const word of Object.keys(rules.words).sort((a, b) => b.length - a.length)) {
    const first = word[0] ?? "";
    wordsByFirstChar.set(first, [...(wordsByFirstChar.get(first) ?? []), word]);
  }
  const parts: RulePart[] = [];
  let pending = "";
  let position = 0;
  const fix = (length: number, segments: RubySegment[]) => {
    if (pending) parts.push({ text: pending });
    pending = "";
    parts.push({ text: text.slice(position, position + length), segments });
    position += length;
  };
  while (position < text.length) {
    const counter = counterAt(text, position, rules.counters);
    if (counter) {
      fix(counter.length, counter.segments);
      continue;
    }
    const context = contextAt(text, position, rules.context);
    const word = (wordsByFirstChar.get(text[position] ?? "") ?? []).find((candidate) => text.startsWith(candidate, position));
    if (context && (word === undefined || context.word.length >= word.length)) fix(context.word.length, alignReading(context.word, context.reading));
    else if (word !== undefined) fix(word.length, alignReading(word, rules.words[word] ?? ""));
    else {
      pending += text[position];
      position += 1;
    }
  }
  if (pending) parts.push({ text: pending });
  return parts;
}

const hiragana = /^[\u3041-\u309Fー]+$/u;

/** Problems in context rules and counters, one message per rule, naming its word. */
export function checkRules(rules: Pick<ReadingRules, "context" | "counters">): string[] {
  const problems: string[] = [];
  for (const rule of rules.context) {
    const name = `context rule "${rule.word}" → "${rule.reading}"`;
    if (![...rule.word].some(isKanjiLike)) problems.push(`${name}: the word has no kanji, so it needs no reading`);
    else if (!hiragana.test(rule.reading)) problems.push(`${name}: the reading must be hiragana only`);
    else if (alignReading(rule.word, rule.reading).every((segment) => segment.reading === undefined)) {
      problems.push(`${name}: the reading does not fit the kana in the word`);
    }
    if (rule.after === undefined && rule.before === undefined) problems.push(`${name}: give "after" or "before", or move it to words.yaml`);
  }
  for (const rule of rules.counters) {
    const name = `counter "${rule.counter}"`;
    const readings = [rule.reading, ...Object.values(rule.numbers ?? {}), ...Object.values(rule.lastDigit ?? {})];
    if (![...rule.counter].some(isKanjiLike)) problems.push(`${name}: the counter has no kanji, so it needs no reading`);
    for (const reading of readings) if (!hiragana.test(reading)) problems.push(`${name}: reading "${reading}" must be hiragana only`);
    for (const reading of [rule.reading, ...Object.values(rule.lastDigit ?? {})]) {
      if (hiragana.test(reading) && alignReading(rule.counter, reading).every((segment) => segment.reading === undefined)) {
        problems.push(`${name}: reading "${reading}" does not fit the kana in the counter`);
      }
    }
  }
  return problems;
}
