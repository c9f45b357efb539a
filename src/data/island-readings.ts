/**
 * Build time: the readings dictionary an island needs for every string in its props (UI strings,
 * step texts, templates such as "確認 {current}/{total}"), read with the site's rules and analyzer, so
 * whatever the island renders after hydration carries the same readings as the page.
 */
import { toRubySegments } from "../lib/furigana/reader.ts";
import { buildReadingDictionary, type ReadingDictionary } from "../lib/furigana/client-readings.ts";
import { hasKanji } from "../lib/furigana/kana.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";

function stringsIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === "string") {
    if (hasKanji(value)) found.add(value);
  } else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

export async function islandReadings(props: unknown): Promise<ReadingDictionary> {
  const samples: [string, RubySegment[]][] = [];
  for (const text of stringsIn(props, new Set())) {
    // A placeholder is not Japanese text: read the parts around it.
    for (const part of text.split(/\{\w+\}/u)) if (hasKanji(part)) samples.push([part, await toRubySegments(part)]);
  }
  return buildReadingDictionary(samples);
}
