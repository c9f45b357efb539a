import { describe, expect, it } from "vitest";
import { deepMerge } from "../../../src/lib/deep-merge.ts";

describe("deepMerge", () => {
  it("replaces one nested value and keeps its siblings", () => {
    const base = { rules: { resetLinkLifetimeHours: 4, policy: { minLength: 6 } }, siteName: "A" };
    expect(deepMerge(base, { rules: { resetLinkLifetimeHours: 6 } })).toEqual({
      rules: { resetLinkLifetimeHours: 6, policy: { minLength: 6 } },
      siteName: "A",
    });
  });

  it("replaces arrays whole instead of merging them item by item", () => {
    expect(deepMerge({ kinds: ["a", "b", "c"] }, { kinds: ["z"] })).toEqual({ kinds: ["z"] });
  });

  it("lets an override replace an object with a plain value and add new keys", () => {
    expect(deepMerge({ a: { b: 1 } }, { a: null, c: 2 })).toEqual({ a: null, c: 2 });
  });

  it("leaves both inputs unchanged", () => {
    const base = { a: { b: 1 } };
    const override = { a: { b: 2 } };
    deepMerge(base, override);
    expect(base).toEqual({ a: { b: 1 } });
    expect(override).toEqual({ a: { b: 2 } });
  });
});
