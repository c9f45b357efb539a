/**
 * Build time: every string in an island's props (UI strings, step texts, templates such as
 * "確認 {current}/{total}") read whole with the site's rules and analyzer, so whatever the island renders
 * after hydration carries the readings the build gave that text (shown-readings.ts).
 */
import { toRubySegments } from "../lib/furigana/reader.ts";
import { hasKanji } from "../lib/furigana/kana.ts";
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";

/** A text already split into ruby segments (`RubyTextValue`): its pieces are not strings the island shows alone. */
function isSegment(value: object): boolean {
  return Object.keys(value).every((key) => key === "text" || key === "reading");
}

function stringsIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === "string") {
    if (hasKanji(value)) found.add(value);
  } else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === "object" && !isSegment(value)) for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

export async function islandReadings(props: unknown): Promise<ShownReadings> {
  const readings: ShownReadings = {};
  for (const text of stringsIn(props, new Set())) readings[text] = await toRubySegments(text);
  return readings;
}
