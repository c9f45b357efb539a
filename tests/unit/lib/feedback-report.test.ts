import { describe, expect, it } from "vitest";
import type { FeedbackPayload } from "../../../src/lib/feedback.ts";
import { buildFeedbackReport, normaliseQuery, suggestFor, type SuggestionCandidate } from "../../../src/lib/feedback-report.ts";

const candidates: SuggestionCandidate[] = [
  { kind: "article", id: "delete-account", text: "How do I delete my account?", locale: "en" },
  { kind: "synonym", id: "delete my account", text: "close my account", locale: "en" },
  { kind: "troubleshooter", id: "login-after-reset", text: "ログインできない", locale: "ja" },
];

describe("normaliseQuery", () => {
  it("folds case, width, katakana and punctuation so one wording groups with its variants", () => {
    expect(normaliseQuery("  Delete   ACCOUNT! ")).toBe("delete account");
    expect(normaliseQuery("ログイン　できない")).toBe(normaliseQuery("ろぐいん できない"));
  });
});

describe("suggestFor", () => {
  it("names the closest page in the query's language", () => {
    expect(suggestFor("delete my acount", "en", candidates)).toEqual({ kind: "article", id: "delete-account", text: "How do I delete my account?" });
  });
  it("offers a synonym group only when no page is close", () => {
    expect(suggestFor("close my acount", "en", candidates.filter((c) => c.kind !== "article"))).toMatchObject({ kind: "synonym", id: "delete my account" });
  });
  it("suggests nothing from another language or below the threshold", () => {
    expect(suggestFor("ログインできない", "vi", candidates)).toBeNull();
    expect(suggestFor("resume", "en", candidates)).toBeNull();
  });
});

describe("buildFeedbackReport", () => {
  const payloads: FeedbackPayload[] = [
    { kind: "vote", page: "article:a", locale: "en", answer: "no" },
    { kind: "vote", page: "article:a", locale: "en", answer: "yes" },
    { kind: "vote", page: "article:a", locale: "ja", answer: "yes" },
    { kind: "reason", page: "article:a", locale: "en", reason: "steps-failed", comment: "the button is missing" },
    { kind: "reason", page: "article:a", locale: "en", reason: "other", comment: "" },
    { kind: "empty-search", locale: "en", query: "Close account" },
    { kind: "empty-search", locale: "en", query: "close  account" },
    { kind: "search-no-click", locale: "en", query: "Close account", results: 3 },
    { kind: "search-click", locale: "en", query: "login", rank: 1 },
    { kind: "search-click", locale: "en", query: "login", rank: 40 },
    { kind: "contact-view", page: "article:a", locale: "vi" },
    { kind: "steps", troubleshooter: "t", locale: "en", events: [{ type: "start", step: "b" }, { type: "answer", step: "b", answer: "no", next: "a" }] },
  ];
  const report = buildFeedbackReport({ payloads, stepOrder: new Map([["t", ["a", "b"]]]) });

  it("counts votes, reasons and comments per article and language", () => {
    expect(report.articles.map(({ page, locale, yes, no, comments }) => ({ page, locale, yes, no, comments }))).toEqual([
      { page: "article:a", locale: "en", yes: 1, no: 1, comments: ["the button is missing"] },
      { page: "article:a", locale: "ja", yes: 1, no: 0, comments: [] },
    ]);
    expect(report.articles[0]!.reasons).toMatchObject({ "steps-failed": 1, other: 1, "out-of-date": 0 });
  });

  it("groups failed searches by normalised query, empty and no-click apart", () => {
    expect(report.searches[0]!.failed).toEqual([
      { query: "Close account", normalised: "close account", wordings: ["Close account", "close  account"], empty: 2, noClick: 1, suggestion: null },
    ]);
  });

  it("counts opened results by rank, ranks past 10 together", () => {
    expect(report.searches[0]!.clicks).toBe(2);
    expect(report.searches[0]!.clickRanks[0]).toBe(1);
    expect(report.searches[0]!.clickRanks[10]).toBe(1);
  });

  it("counts contact-details views per page and language", () => {
    expect(report.contactViews).toEqual([{ page: "article:a", locale: "vi", views: 1 }]);
  });

  it("lists a funnel's steps in the flow's order", () => {
    expect(report.troubleshooters[0]!.steps.map((step) => step.step)).toEqual(["a", "b"]);
  });
});
