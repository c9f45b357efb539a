import { describe, expect, it } from "vitest";
import { readUiStrings } from "../../../../src/lib/furigana/ui-readings.ts";
import type { FuriganaReader } from "../../../../src/lib/furigana/reader.ts";
import ja from "../../../../src/lib/i18n/strings/ja.ts";

/** Records what it is asked to read; every text is one word read "よみ". */
function recordingReader(asked: string[]): FuriganaReader {
  return {
    segment: async (text) => {
      asked.push(text);
      return [{ text, reading: "よみ" }];
    },
    stats: { kanjiRuns: 0, cacheHits: 0, analysed: 0, analysisMs: 0 },
    saveCache: async () => undefined,
  };
}

describe("the UI strings' readings", () => {
  it("reads each template whole, placeholders included, and the Japanese synonyms, each with its source", async () => {
    const asked: string[] = [];
    const template = Object.values(ja).find((text) => /\{\w+\}/u.test(text) && /\p{Script=Han}/u.test(text))!;
    const { pairs } = await readUiStrings(recordingReader(asked), { ja: [["再設定", "リセット"]], en: [["reset", "renew"]] });
    expect(asked).toContain(template);
    expect(asked).toContain("再設定");
    expect(asked).not.toContain("リセット");
    expect(pairs.find((pair) => pair.word === "再設定")?.page).toBe("(search synonyms ja)");
  });
});
