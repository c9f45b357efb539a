import { describe, expect, it } from "vitest";
import { quoteTitle } from "../../../../src/lib/i18n/title-quote.ts";

describe("quoteTitle", () => {
  it("quotes a Japanese title in 「」, outside the title's own words", () => {
    expect(quoteTitle("ユーザー名やパスワードを忘れた", "ja")).toEqual({ open: "「", text: "ユーザー名やパスワードを忘れた", close: "」" });
    expect(quoteTitle("パスワードを忘れました", "ja-easy").open).toBe("「");
  });
  it("turns quotation marks inside a Japanese title into 『』, as Japanese nests them", () => {
    expect(quoteTitle("「Example」アプリのパスワード", "ja").text).toBe("『Example』アプリのパスワード");
  });
  it("leaves English and Vietnamese titles unquoted and unchanged", () => {
    expect(quoteTitle("I forgot my password", "en")).toEqual({ open: "", text: "I forgot my password", close: "" });
    expect(quoteTitle("Tôi quên mật khẩu", "vi")).toEqual({ open: "", text: "Tôi quên mật khẩu", close: "" });
  });
});
