import { describe, expect, it } from "vitest";
import { findUnexplainedWords } from "../../../../src/lib/easy-japanese/difficult-words.ts";

const words = { 申請: "申し込むこと", 削除: "消すこと" };

describe("findUnexplainedWords", () => {
  it("reports a difficult word with the plain words to use", () => {
    expect(findUnexplainedWords("アカウントを削除します。", words, new Set())).toEqual([
      { index: 6, length: 2, message: '"削除" is a difficult word: say "消すこと" instead, or explain it in （） the first time' },
    ]);
  });

  it("accepts the word once explained in brackets, for the rest of the file", () => {
    const explained = new Set<string>();
    expect(findUnexplainedWords("申請（申し込むこと）をします。申請は1回です。", words, explained)).toEqual([]);
    expect(findUnexplainedWords("申請の結果", words, explained)).toEqual([]);
  });

  it("reports a use before the explanation", () => {
    expect(findUnexplainedWords("申請します。申請（申し込むこと）", words, new Set()).map((finding) => finding.index)).toEqual([0]);
  });
});
