import { afterAll, describe, expect, it } from "vitest";
import * as pagefind from "pagefind";

// Runs the Pagefind binary the build uses. Japanese has no spaces: a binary without segmentation would
// index each run of text as one word, and a search for a word inside a compound would find nothing.
describe("the Pagefind binary in use segments Japanese", () => {
  afterAll(() => pagefind.close());

  async function uniqueWords(lang: string, text: string): Promise<number> {
    const { index } = await pagefind.createIndex({});
    const added = await index!.addHTMLFile({ url: "/page/", content: `<html lang="${lang}"><body><p>${text}</p></body></html>` });
    expect(added.errors).toEqual([]);
    await index!.deleteIndex();
    return added.file.uniqueWords;
  }

  it("splits a kanji compound into words (有効期限 → the compound and its parts)", async () => {
    expect(await uniqueWords("ja", "有効期限")).toBeGreaterThanOrEqual(2);
  });

  it("splits a sentence without spaces into many words", async () => {
    expect(await uniqueWords("ja", "再設定用リンクの有効期限")).toBeGreaterThanOrEqual(5);
  });
});
