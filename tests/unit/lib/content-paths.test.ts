import { afterEach, expect, test } from "vitest";
import { contentPath, contentRoot, troubleshooterPath } from "../../../src/lib/content-paths.ts";

const saved = process.env["HC_CONTENT_DIR"];
afterEach(() => {
  if (saved === undefined) delete process.env["HC_CONTENT_DIR"];
  else process.env["HC_CONTENT_DIR"] = saved;
});

test("every content file is under content/ by default", () => {
  delete process.env["HC_CONTENT_DIR"];
  expect(contentRoot()).toBe("content");
  expect(contentPath("searchSynonyms")).toBe("content/search/synonyms.yaml");
  expect(troubleshooterPath("login-after-reset", "flow.yaml")).toBe("content/troubleshooters/login-after-reset/flow.yaml");
});

test("HC_CONTENT_DIR moves every content file, read when asked", () => {
  process.env["HC_CONTENT_DIR"] = "/tmp/copy";
  expect(contentPath("searchProblems")).toBe("/tmp/copy/search/problems.yaml");
  expect(contentPath("easyJapaneseRules")).toBe("/tmp/copy/easy-japanese-rules.yaml");
  expect(troubleshooterPath("x")).toBe("/tmp/copy/troubleshooters/x");
});
