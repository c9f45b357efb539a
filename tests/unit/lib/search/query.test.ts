import { describe, expect, it } from "vitest";
import { maxQueryLength, normalizeQuery, pagefindFilters, parseSearchState, serializeSearchState } from "../../../../src/lib/search/query.ts";

describe("normalizeQuery", () => {
  it("folds full-width Latin and half-width katakana into the forms pages use", () => {
    expect(normalizeQuery("ＳＮＳ　ﾛｸﾞｲﾝ")).toBe("SNS ログイン");
  });
  it("collapses and trims whitespace", () => {
    expect(normalizeQuery("  reset \n  password ")).toBe("reset password");
  });
  it("cuts very long pastes", () => {
    expect(normalizeQuery("a".repeat(500))).toHaveLength(maxQueryLength);
  });
});

describe("search state in the URL", () => {
  it("reads the query and both filters", () => {
    expect(parseSearchState("?q=reset+password&category=Passwords&audience=Companies%20in%20Japan")).toEqual({
      query: "reset password",
      category: "Passwords",
      audience: "Companies in Japan",
    });
  });
  it("treats missing fields as empty", () => {
    expect(parseSearchState("")).toEqual({ query: "", category: "", audience: "" });
  });
  it("keeps markup in a query as plain text", () => {
    expect(parseSearchState("?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").query).toBe("<img src=x onerror=alert(1)>");
  });
  it("round-trips, leaving out empty fields", () => {
    const state = { query: "再設定", category: "パスワード", audience: "" };
    expect(serializeSearchState(state)).toBe("?q=%E5%86%8D%E8%A8%AD%E5%AE%9A&category=%E3%83%91%E3%82%B9%E3%83%AF%E3%83%BC%E3%83%89");
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(serializeSearchState({ query: "", category: "", audience: "" })).toBe("");
  });
  it("passes only chosen filters to Pagefind", () => {
    expect(pagefindFilters({ query: "x", category: "Passwords", audience: "" })).toEqual({ category: "Passwords" });
    expect(pagefindFilters({ query: "x", category: "", audience: "A" })).toEqual({ audience: "A" });
  });
});
