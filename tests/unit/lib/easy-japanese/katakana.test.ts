import { describe, expect, it } from "vitest";
import { findUnexplainedKatakana } from "../../../../src/lib/easy-japanese/katakana.ts";

const allow = new Set(["メール", "アドレス", "パスワード", "ページ"]);

describe("findUnexplainedKatakana", () => {
  it("accepts allowed words and compounds of them", () => {
    expect(findUnexplainedKatakana("メールアドレスとパスワード", allow, new Set())).toEqual([]);
  });

  it("accepts a loanword explained in brackets, and later uses of it in the same file", () => {
    const explained = new Set<string>();
    expect(findUnexplainedKatakana("マイページ（あなたのページ）を開きます。", allow, explained)).toEqual([]);
    expect(findUnexplainedKatakana("マイページを見ます。", allow, explained)).toEqual([]);
  });

  it("accepts the explanation after a closing quote", () => {
    expect(findUnexplainedKatakana("「マイページ」（あなたのページ）を開きます。", allow, new Set())).toEqual([]);
  });

  it("reports an unexplained loanword once per file", () => {
    const explained = new Set<string>();
    const first = findUnexplainedKatakana("プライマリーメールを見ます。プライマリーメールです。", allow, explained);
    expect(first).toEqual([
      {
        index: 0,
        length: 9,
        message: '"プライマリーメール" is a loanword readers may not know: explain it in （） the first time, or add it to katakanaAllow',
      },
    ]);
    expect(findUnexplainedKatakana("プライマリーメール", allow, explained)).toEqual([]);
  });
});
