import type { RubySegment } from "./ruby-segment.ts";
import { isKanjiLike, toHiragana } from "./kana.ts";

/** A word cut into kanji runs and the kana (or other characters) between them. */
export function splitKanjiRuns(surface: string): { text: string; kanji: boolean }[] {
  const runs: { text: string; kanji: boolean }[] = [];
  for (const char of surface) {
    const kanji = isKanjiLike(char);
    const last = runs.at(-1);
    if (last && last.kanji === kanji) last.text += char;
    else runs.push({ text: char, kanji });
  }
  return runs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Puts a word's reading over its kanji runs only: 送り仮名 + おくりがな → 送(おく) り 仮名(がな).
 * The kana in the word must appear in the reading at the same places; when they do not
 * (an analyzer reading that does not fit the word), the word gets no reading rather than a wrong one.
 */
export function alignReading(surface: string, reading: string): RubySegment[] {
  const runs = splitKanjiRuns(surface);
  if (!runs.some((run) => run.kanji)) return [{ text: surface }];
  const pattern = new RegExp(
    `^${runs.map((run) => (run.kanji ? "(.+?)" : `(${escapeRegExp(toHiragana(run.text))})`)).join("")}$`,
    "u",
  );
  const match = pattern.exec(toHiragana(reading));
  const groups = match?.slice(1) ?? [];
  const kanaOnly = /^[\u3041-\u309Fー]+$/u;
  if (!match || runs.some((run, index) => run.kanji && !kanaOnly.test(groups[index] ?? ""))) return [{ text: surface }];
  return runs.map((run, index) => (run.kanji ? { text: run.text, reading: groups[index] ?? "" } : { text: run.text }));
}
