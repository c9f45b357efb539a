/**
 * UI strings a script may show after load (search status lines, island labels) are read like page text,
 * so their readings are in the ledger and in the browser's dictionary even before any page shows them.
 */
import type { SeenPair } from "./ledger.ts";
import type { FuriganaReader } from "./reader.ts";
import { hasKanji } from "./kana.ts";
import type { RubySegment } from "./ruby-segment.ts";
import type { Locale } from "../i18n/locales.ts";
import ja from "../i18n/strings/ja.ts";
import jaEasy from "../i18n/strings/ja-easy.ts";

const uiStrings: Partial<Record<Locale, Record<string, string>>> = { ja, "ja-easy": jaEasy };

export interface UiReadings {
  samples: Map<Locale, [string, RubySegment[]][]>;
  pairs: SeenPair[];
}

/** The UI strings of each Japanese locale, read: for the browser's dictionary and for the ledger. */
export async function readUiStrings(reader: FuriganaReader): Promise<UiReadings> {
  const samples = new Map<Locale, [string, RubySegment[]][]>();
  const pairs: SeenPair[] = [];
  for (const [locale, strings] of Object.entries(uiStrings) as [Locale, Record<string, string>][]) {
    const texts: [string, RubySegment[]][] = [];
    for (const template of Object.values(strings)) {
      // A placeholder ({count}) is not Japanese text: read the parts around it.
      for (const text of template.split(/\{\w+\}/u).filter(hasKanji)) {
        const segments = await reader.segment(text);
        texts.push([text, segments]);
        for (const segment of segments) {
          if (segment.reading !== undefined) pairs.push({ word: segment.text, reading: segment.reading, sentence: text, page: `(UI strings ${locale})` });
        }
      }
    }
    samples.set(locale, texts);
  }
  return { samples, pairs };
}
