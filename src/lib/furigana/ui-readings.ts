/**
 * UI strings a script may show after load (search status lines, island labels, templates with
 * {placeholders}) are read like page text, each as a whole, as the pages that carry them read them for the
 * browser: their readings are in the ledger even before any page shows them. So are the Japanese search
 * synonyms, which a search result's excerpt can show.
 */
import type { SeenPair } from "./ledger.ts";
import type { FuriganaReader } from "./reader.ts";
import { hasKanji } from "./kana.ts";
import type { Locale } from "../i18n/locales.ts";
import type { SynonymGroups } from "../search/synonyms.ts";
import ja from "../i18n/strings/ja.ts";
import jaEasy from "../i18n/strings/ja-easy.ts";

const uiStrings: Partial<Record<Locale, Record<string, string>>> = { ja, "ja-easy": jaEasy };

export interface UiReadings {
  pairs: SeenPair[];
}

/** The readings of the UI strings of each Japanese locale and of the Japanese search synonyms, for the ledger. */
export async function readUiStrings(reader: FuriganaReader, synonyms: SynonymGroups): Promise<UiReadings> {
  const pairs: SeenPair[] = [];
  const texts: [string, string[]][] = [
    ...(Object.entries(uiStrings) as [Locale, Record<string, string>][]).map(([locale, strings]): [string, string[]] => [`(UI strings ${locale})`, Object.values(strings)]),
    ["(search synonyms ja)", (synonyms["ja"] ?? []).flat()],
  ];
  for (const [source, strings] of texts) {
    for (const text of strings.filter(hasKanji)) {
      for (const segment of await reader.segment(text)) {
        if (segment.reading !== undefined) pairs.push({ word: segment.text, reading: segment.reading, sentence: text, page: source });
      }
    }
  }
  return { pairs };
}
