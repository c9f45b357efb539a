/** The readings the site shows (every page's and the UI strings'), taken together, against the readings ledger. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { checkAgainstLedger, pairKey, parseLedger, type SeenPair } from "../../lib/furigana/ledger.ts";
import { pageReadings } from "../../lib/furigana/site-readings.ts";
import type { PageResult } from "./page-cache.ts";
import type { UiReadings } from "../../lib/furigana/ui-readings.ts";

/** Each (word, reading) shown, once: the UI strings' first, then the pages' in file order. */
export interface ShownPairs {
  pairs: SeenPair[];
  /** The file of the first page that shows a pair, for pairs no UI string shows. */
  firstFileOf: Map<string, string>;
}

export function shownPairs(pages: ReadonlyMap<string, PageResult>, ui: UiReadings): ShownPairs {
  const seen = new Map<string, SeenPair>();
  for (const pair of ui.pairs) if (!seen.has(pairKey(pair))) seen.set(pairKey(pair), pair);
  const firstFileOf = new Map<string, string>();
  for (const [file, page] of pages) {
    for (const key of page.pairs) {
      if (seen.has(key)) continue;
      const [word = "", reading = ""] = key.split("\t");
      seen.set(key, { word, reading, page: page.urlPath, sentence: "" });
      firstFileOf.set(key, file);
    }
  }
  return { pairs: [...seen.values()], firstFileOf };
}

/** The sentence around a pair on a page, for a message an editor can act on (read again: only on failure). */
function sentenceOn(siteDir: string, file: string, key: string): string {
  const pairs = pageReadings(fromHtml(readFileSync(join(siteDir, file), "utf8"))).pairs;
  return pairs.find((pair) => pairKey(pair) === key)?.sentence ?? "";
}

/** Pairs the ledger lacks and problems in the ledger itself (each one line for the editor); ledger entries no page shows. */
type LedgerOutcome = { problems: string[]; unused: string[] };

/** Checks the shown pairs against the ledger at `ledgerPath` (none when there is no ledger). */
export function checkReadings(shown: ShownPairs, ledgerPath: string, siteDir: string): LedgerOutcome {
  if (!existsSync(ledgerPath)) return { problems: [], unused: [] };
  const ledger = parseLedger(readFileSync(ledgerPath, "utf8"), ledgerPath);
  const known = new Set(ledger.entries.map(pairKey));
  for (const pair of shown.pairs) {
    const file = shown.firstFileOf.get(pairKey(pair));
    if (!known.has(pairKey(pair)) && file) pair.sentence = sentenceOn(siteDir, file, pairKey(pair));
  }
  const { missing, unused } = checkAgainstLedger(shown.pairs, ledger.entries, ledgerPath);
  return { problems: [...ledger.problems, ...missing], unused };
}
