import { describe, expect, it } from "vitest";
import { SearchOutcome } from "../../../src/lib/search-outcome.ts";

describe("SearchOutcome", () => {
  it("reports the rank of the opened result, once", () => {
    const outcome = new SearchOutcome("en");
    outcome.shown("reset password", 5);
    expect(outcome.opened(2)).toEqual({ kind: "search-click", locale: "en", query: "reset password", rank: 2 });
    expect(outcome.opened(1)).toBeNull();
    expect(outcome.left()).toBeNull();
  });

  it("reports leaving without a click, for the last search shown only", () => {
    const outcome = new SearchOutcome("vi");
    outcome.shown("re", 9);
    outcome.shown("reset", 3);
    expect(outcome.left()).toEqual({ kind: "search-no-click", locale: "vi", query: "reset", results: 3 });
    expect(outcome.left()).toBeNull();
  });

  it("sends only the redacted query", () => {
    const outcome = new SearchOutcome("ja");
    outcome.shown("taro@example.com ログイン", 1);
    expect(outcome.left()).toMatchObject({ query: "… ログイン" });
  });

  it("says nothing about a search that found nothing (reported as empty on its own)", () => {
    const outcome = new SearchOutcome("en");
    outcome.shown("zzz", 0);
    expect(outcome.left()).toBeNull();
  });
});
