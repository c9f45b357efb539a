import { describe, expect, it } from "vitest";
import { fewerWordsQuery, spacedWords } from "../../../../src/lib/search/fewer-words.ts";

/** A fake index: a query finds the pages that have all of its words. */
function indexOf(pages: string[][]): (query: string) => Promise<number> {
  return async (query) => pages.filter((page) => query.split(" ").every((word) => page.includes(word))).length;
}

describe("fewerWordsQuery", () => {
  it("leaves out a word that no page uses", async () => {
    const count = indexOf([["sign", "in", "fails", "sns"], ["sign", "in"]]);
    expect(await fewerWordsQuery("sign in with facebook fails", count)).toBe("sign in fails");
  });
  it("leaves out the most common word first when every word is known on its own", async () => {
    const count = indexOf([["already", "applied"], ["already", "x"], ["already", "y"], ["applied", "now"], ["now", "z"]]);
    expect(await fewerWordsQuery("already applied now", count)).toBe("applied now");
  });
  it("goes down to one word, the rarer of the last two, when no pair is on one page", async () => {
    expect(await fewerWordsQuery("a b c", indexOf([["a"], ["b"], ["b"], ["c"]]))).toBe("c");
    expect(await fewerWordsQuery("a b c", indexOf([["a"], ["b"], ["c"], ["c"]]))).toBe("b");
  });
  it("gives up on one word, on words no page uses, and on very long pastes", async () => {
    const count = indexOf([["a"]]);
    expect(await fewerWordsQuery("zzz", count)).toBeNull();
    expect(await fewerWordsQuery("yyy zzz", count)).toBeNull();
    expect(await fewerWordsQuery("a b c d e f g h i", count)).toBeNull();
  });
});

describe("spacedWords", () => {
  it("splits Japanese typed without spaces into words, and leaves spaced text alone", () => {
    expect(spacedWords("退会したい", "ja").split(" ")).toContain("退会");
    expect(spacedWords("退会したい", "ja")).not.toBe("退会したい");
    expect(spacedWords("sign in fails", "en")).toBe("sign in fails");
  });
});
