/**
 * The golden test: every case in `golden-cases.ts` (sentences from our content, by rule category) read
 * with the site's rules from content/furigana/ must give exactly the expected readings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createFuriganaReader, loadReadingRules, type FuriganaReader } from "../../../../src/lib/furigana/reader.ts";
import { goldenCases } from "./golden-cases.ts";

let reader: FuriganaReader;

beforeAll(async () => {
  reader = createFuriganaReader({ rules: await loadReadingRules() });
  // Loads the morphological dictionary once, before the cases.
  await reader.segment("漢字");
}, 60_000);

async function readingsOf(text: string): Promise<string> {
  const segments = await reader.segment(text);
  return segments.map((segment) => (segment.reading === undefined ? segment.text : `${segment.text}(${segment.reading})`)).join("");
}

describe("golden readings from our content", () => {
  for (const [category, cases] of Object.entries(goldenCases)) {
    describe(category, () => {
      it.each(cases)("%s", async (text, expected) => {
        expect(await readingsOf(text)).toBe(expected);
      });
    });
  }
});
