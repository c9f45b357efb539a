import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/lib/pagination.ts";
import { paths } from "../../../src/lib/urls.ts";

describe("paginate", () => {
  it("puts every item on exactly one page, in order", () => {
    const items = Array.from({ length: 250 }, (_, index) => index);
    const pages = paginate(items, 100);
    expect(pages.map((page) => [page.number, page.items.length])).toEqual([[1, 100], [2, 100], [3, 50]]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it("gives one page when the list fits, and one empty page for an empty list", () => {
    expect(paginate([1, 2, 3], 100)).toEqual([{ number: 1, items: [1, 2, 3] }]);
    expect(paginate([], 100)).toEqual([{ number: 1, items: [] }]);
  });

  it("does not make an extra empty page when the list fills the last page exactly", () => {
    expect(paginate([1, 2, 3, 4], 2).length).toBe(2);
  });

  it("refuses a page size that is not a positive whole number", () => {
    expect(() => paginate([1], 0)).toThrow(/positive whole number/);
    expect(() => paginate([1], 2.5)).toThrow(/positive whole number/);
  });
});

describe("agents' index URLs", () => {
  it("keeps page 1 at the index's own URL, so existing links still work", () => {
    expect(paths.agents("en")).toBe("/en/agents/");
    expect(paths.agents("en", 1)).toBe("/en/agents/");
    expect(paths.agents("ja", 3)).toBe("/ja/agents/3/");
  });
});
