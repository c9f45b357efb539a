import { describe, expect, it } from "vitest";
import { floorFailures, formatReport, landsOn, parseFloor, parseQueryTable, rankOf, scoreByLocale, type QueryCase } from "../../../../src/lib/search/evaluation.ts";

const row = (locale: string, query: string, first: string): QueryCase => ({ locale, query, first });

describe("parseQueryTable", () => {
  it("reads rows written as flow mappings", () => {
    expect(parseQueryTable("- { locale: en, query: delete account, first: /en/articles/delete-account/ }", "q.yaml")).toEqual([
      row("en", "delete account", "/en/articles/delete-account/"),
    ]);
  });
  it("names the file, the row and the field of a bad row", () => {
    expect(() => parseQueryTable("- { locale: fr, query: x, first: /fr/articles/x/ }", "q.yaml")).toThrow(/^q\.yaml: 0\.locale: must be a locale key/);
    expect(() => parseQueryTable("- { locale: en, query: x, first: /en/x }", "q.yaml")).toThrow(/q\.yaml: 0\.first: must be a page path/);
  });
  it("rejects a target in another language and a row given twice", () => {
    expect(() => parseQueryTable("- { locale: vi, query: x, first: /en/articles/x/ }", "q.yaml")).toThrow(/must be a page under \/vi\//);
    const twice = "- { locale: en, query: x, first: /en/articles/x/ }\n- { locale: en, query: x, first: /en/articles/y/ }";
    expect(() => parseQueryTable(twice, "q.yaml")).toThrow(/“x” \(en\) is in the table twice/);
  });
});

describe("landsOn and rankOf", () => {
  it("accepts any part of the page when the row names no part, and only that part when it does", () => {
    expect(landsOn("/en/articles/x/#answer", "/en/articles/x/")).toBe(true);
    expect(landsOn("/en/articles/x/#answer", "/en/articles/x/#other")).toBe(false);
    expect(landsOn("/en/articles/xy/", "/en/articles/x/")).toBe(false);
  });
  it("gives the 1-based rank of the first fitting link, or null", () => {
    const c = row("en", "q", "/en/articles/x/");
    expect(rankOf({ case: c, links: ["/en/articles/y/", "/en/articles/x/#a"] })).toBe(2);
    expect(rankOf({ case: c, links: ["/en/articles/y/"] })).toBeNull();
  });
});

describe("scoreByLocale", () => {
  const ranked = [
    { case: row("en", "a", "/en/articles/a/"), links: ["/en/articles/a/"] },
    { case: row("en", "b", "/en/articles/b/"), links: ["/en/articles/x/", "/en/articles/b/"] },
    { case: row("en", "c", "/en/articles/c/"), links: ["/en/articles/x/", "/en/articles/y/", "/en/articles/z/", "/en/articles/c/"] },
    { case: row("en", "d", "/en/articles/d/"), links: [] },
    { case: row("vi", "e", "/vi/articles/e/"), links: ["/vi/articles/e/"] },
  ];
  it("computes success@1, success@3 and MRR per locale", () => {
    const [en, vi] = scoreByLocale(ranked);
    expect(en).toMatchObject({ locale: "en", queries: 4, successAt1: 0.25, successAt3: 0.5 });
    expect(en!.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
    expect(en!.misses.map((miss) => [miss.case.query, miss.rank, miss.firstLink])).toEqual([
      ["b", 2, "/en/articles/x/"],
      ["c", 4, "/en/articles/x/"],
      ["d", null, null],
    ]);
    expect(vi).toMatchObject({ locale: "vi", queries: 1, successAt1: 1, successAt3: 1, mrr: 1 });
  });
  it("fails a locale below its floor, and a floor locale missing from the table", () => {
    const scores = scoreByLocale(ranked);
    const floor = parseFloor("successAt3:\n  en: 0.6\n  vi: 0.9\n  ja: 0.5\n", "floor.yaml");
    expect(floorFailures(scores, floor)).toEqual(["en: success@3 50.0 % is below the floor 60.0 %", "ja: no queries in the table, floor 50.0 %"]);
  });
  it("prints one line per locale, a total, and every miss with where it was", () => {
    const report = formatReport(scoreByLocale(ranked));
    expect(report).toContain("en             4     25.0 %     50.0 %  0.438");
    expect(report).toContain("all            5     40.0 %     60.0 %  0.550");
    expect(report).toContain("en: “d” wants /en/articles/d/, not in the list; first was nothing");
  });
});
