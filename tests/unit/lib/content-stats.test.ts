import { describe, expect, it } from "vitest";
import { countArticles, formatStatsTable } from "../../../src/lib/content-stats.ts";

const articles = [
  { locale: "en", category: "passwords" },
  { locale: "en", category: "passwords" },
  { locale: "ja", category: "passwords" },
  { locale: "en", category: "sns-login" },
  { locale: "vi", category: "typo-category" },
];

describe("countArticles", () => {
  it("counts per language and category, with totals", () => {
    const table = countArticles(articles, ["en", "ja", "vi"], ["passwords", "sns-login", "notifications"]);
    expect(table.rows.slice(0, 3)).toEqual([
      { category: "passwords", counts: [2, 1, 0], total: 3 },
      { category: "sns-login", counts: [1, 0, 0], total: 1 },
      { category: "notifications", counts: [0, 0, 0], total: 0 },
    ]);
    expect(table.totals).toEqual([3, 1, 1]);
    expect(table.total).toBe(5);
  });

  it("lists a category missing from categories.yaml instead of hiding its articles", () => {
    const table = countArticles(articles, ["en", "ja", "vi"], ["passwords"]);
    expect(table.rows.map((row) => row.category)).toEqual(["passwords", "sns-login", "typo-category"]);
  });
});

describe("formatStatsTable", () => {
  it("aligns the columns and ends with the totals", () => {
    const text = formatStatsTable(countArticles(articles.slice(0, 4), ["en", "ja"], ["passwords", "sns-login"]));
    const lines = text.split("\n");
    expect(lines[0]).toBe("category   en  ja  total");
    expect(lines[2]).toBe("passwords   2   1      3");
    expect(lines.at(-1)).toBe("total       3   1      4");
  });
});
