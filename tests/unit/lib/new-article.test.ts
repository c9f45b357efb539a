import { describe, expect, it } from "vitest";
import { newArticleProblems, newArticleSource } from "../../../src/lib/new-article.ts";
import { checkContent } from "../../../src/lib/content-checks/check.ts";

const facts = { categories: ["passwords"], audiences: ["foreigners-in-japan"], takenIds: ["forgot-password"] };
const request = { id: "reset-link-expired", category: "passwords", languages: ["en", "ja", "ja-easy"], kind: "faq" as const };

describe("new:article", () => {
  it("accepts a free id in an existing category", () => expect(newArticleProblems(request, facts)).toEqual([]));
  it("refuses a taken id, an unknown category and an unknown language", () => {
    expect(newArticleProblems({ ...request, id: "forgot-password", category: "billing", languages: ["fr"] }, facts)).toEqual([
      '--id "forgot-password" is already used by an article (or is an alias of one); pick another id',
      '--category "billing" does not exist; use one of: passwords',
      '--languages: "fr" is not a language of the site',
    ]);
  });
  it("refuses an id that is not kebab-case", () => {
    expect(newArticleProblems({ ...request, id: "Reset Link" }, facts)[0]).toMatch(/^--id "Reset Link": use lower-case kebab-case/);
  });
  it("writes files that pass the content check, dated today (a translation is stale until it is translated and stamped)", () => {
    const articles = request.languages.map((locale) => ({
      file: `content/articles/${locale}/${request.id}.mdx`,
      locale,
      fileId: request.id,
      source: newArticleSource(request, facts, locale, "2026-05-10"),
    }));
    expect(articles[0]!.source).toContain("published: 2026-05-10\nupdated: 2026-05-10\n");
    const result = checkContent(
      { articles, categories: facts.categories, audiences: facts.audiences, troubleshooters: [], categoriesFile: "categories.yaml", audiencesFile: "audiences.yaml" },
      { today: "2026-05-10" },
    );
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.problems.filter((problem) => problem.rule !== "stale-translation")).toEqual([]);
  });
});
