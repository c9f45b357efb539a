import { describe, expect, it } from "vitest";
import { indexedReadings, readingsInContent, readText, type ReadPart } from "../../../../src/lib/furigana/search-readings.ts";

/** Read parts as "word(reading)", highlighted text in [brackets]. */
function shown(read: ReadPart[] | null): string | null {
  if (!read) return null;
  return read.map((part) => part.parts.map((text) => (text.highlighted ? `[${text.text}]` : text.text)).join("") + (part.reading ? `(${part.reading})` : "")).join("");
}

// As the build reads the page: 本(ほん)文中(ぶんちゅう), the skip link's 本文(ほんぶん) before it.
const readings = indexedReadings([
  [{ text: "本文", reading: "ほんぶん" }, { text: "へ" }, { text: "移動", reading: "いどう" }],
  [{ text: "メールを" }, { text: "開", reading: "ひら" }, { text: "き、" }, { text: "本", reading: "ほん" }, { text: "文中", reading: "ぶんちゅう" }, { text: "のリンク" }],
  [{ text: "問題の画面" }],
]);
// Pagefind's content: words split by zero-width spaces, a space and a full stop between blocks.
const content = "本文\u200Bへ\u200B移動. メール\u200Bを\u200B開き\u200B、\u200B本文\u200B中\u200Bの\u200Bリンク 問題\u200Bの\u200B画面";
const page = readingsInContent(content, readings);

describe("search readings", () => {
  it("lists kanji runs with their readings, and runs shown without one", () => {
    expect(readings).toContainEqual(["文中", "ぶんちゅう"]);
    expect(readings.slice(-2)).toEqual([["問題"], ["画面"]]);
  });

  it("gives an excerpt the readings of the same words at the same place, marks kept", () => {
    const read = readText([{ text: "開き\u200B、\u200B", highlighted: false }, { text: "本文", highlighted: true }, { text: "\u200B中\u200Bの", highlighted: false }], page);
    expect(shown(read)).toBe("開(ひら)き\u200B、\u200B[本](ほん)[文]\u200B中\u200B(ぶんちゅう)の");
  });

  it("completes a word the excerpt cuts at either end from the page", () => {
    expect(shown(readText([{ text: "中\u200Bの\u200Bリンク", highlighted: false }], page))).toBe("文中\u200B(ぶんちゅう)の\u200Bリンク");
    expect(shown(readText([{ text: "メール\u200Bを\u200B開", highlighted: false }], page))).toBe("メール\u200Bを\u200B開(ひら)");
  });

  it("leaves kanji the page shows without a reading plain, and text not on the page unmatched", () => {
    expect(shown(readText([{ text: "問題の画面", highlighted: false }], page))).toBe("問題の画面");
    expect(readText([{ text: "外国人の方", highlighted: false }], page)).toBeNull();
  });
});
