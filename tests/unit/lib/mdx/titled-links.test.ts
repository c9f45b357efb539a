import { describe, expect, it } from "vitest";
import { titledLinks } from "../../../../src/lib/mdx/titled-links.ts";

describe("titledLinks", () => {
  it("finds the articles and troubleshooters an MDX body links to by component, each once", () => {
    const body = [
      'See <ArticleLink id="delete-account" section="steps" /> and <ArticleLink id="app-install" />.',
      '<TroubleshooterLink slug="login-after-reset" step="password-length">the length check</TroubleshooterLink>',
      '<ArticleLink id="app-install" />',
    ].join("\n");
    expect(titledLinks(body)).toEqual({ articles: ["app-install", "delete-account"], troubleshooters: ["login-after-reset"] });
  });
  it("finds nothing in plain Markdown links", () => {
    expect(titledLinks("[Delete your account](../delete-account/)")).toEqual({ articles: [], troubleshooters: [] });
  });
});
