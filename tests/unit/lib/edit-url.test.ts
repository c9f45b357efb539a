import { expect, it } from "vitest";
import { editUrl } from "../../../src/lib/edit-url.ts";

it("builds the code host's edit URL from the repository, branch and file", () => {
  expect(editUrl("content/articles/ja-easy/x.mdx", { repositoryUrl: "https://git.example.com/example/help/", repositoryBranch: "main" })).toBe(
    "https://git.example.com/example/help/edit/main/content/articles/ja-easy/x.mdx",
  );
});
