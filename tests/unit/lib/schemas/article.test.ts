import { describe, expect, it } from "vitest";
import { articleSchema, categorySchema } from "../../../../src/lib/schemas/article.ts";

const valid = {
  id: "forgot-password",
  title: "I forgot my password",
  answer: "Reset it by e-mail.",
  category: "passwords",
  audiences: ["foreigners-in-japan"],
  kind: "faq",
  published: "2024-04-01",
  updated: "2026-05-08",
};

const firstIssue = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  if (result.success) throw new Error("expected a schema error");
  return result.error.issues[0]!;
};

describe("article front matter", () => {
  it("accepts a complete article and fills defaults", () => {
    const data = articleSchema.parse(valid);
    expect(data.aliases).toEqual([]);
    expect(data.source).toBe("seed");
  });
  it("rejects an id that is not kebab-case", () => {
    const issue = firstIssue({ ...valid, id: "Forgot Password" });
    expect(issue.path).toEqual(["id"]);
    expect(issue.message).toMatch(/kebab-case/);
  });
  it("rejects an unknown kind", () => expect(firstIssue({ ...valid, kind: "blog" }).path).toEqual(["kind"]));
  it("rejects an unknown field", () => expect(firstIssue({ ...valid, colour: "red" }).code).toBe("unrecognized_keys"));
  it("rejects an update before publication", () => {
    const issue = firstIssue({ ...valid, updated: "2020-01-01" });
    expect(issue.path).toEqual(["updated"]);
    expect(issue.message).toMatch(/earlier than `published`/);
  });
  it("requires at least one audience", () => expect(firstIssue({ ...valid, audiences: [] }).path).toEqual(["audiences"]));
});

describe("category", () => {
  it("requires an English name", () => {
    const result = categorySchema.safeParse({ id: "x", order: 1, name: { ja: "エックス" }, description: { en: "d" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/English/);
  });
  it("accepts a check by a role and rejects an unknown role", () => {
    expect(articleSchema.parse({ ...valid, verified: { on: "2026-12-01", by: "support" } }).verified?.by).toBe("support");
    expect(firstIssue({ ...valid, verified: { on: "2026-12-01", by: "me" } }).message).toMatch(/one of support, editor, product, source/);
  });
  it("does not let the source verify an answer written where the sources are silent", () => {
    const issue = firstIssue({ ...valid, source: "editorial", verified: { on: "2026-12-01", by: "source" } });
    expect(issue.path).toEqual(["verified", "by"]);
    expect(issue.message).toMatch(/a person \(support, editor, product\) checks it/);
  });
});
