import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { componentProblem } from "../../src/lib/mdx/known-components.ts";
import { parseAttributes } from "../../src/lib/content-checks/parse-article.ts";
import { mdxComponentNames, parseComponentProps } from "../../src/lib/schemas/mdx-components.ts";

// The examples editors copy must keep working when a component changes.
const guide = readFileSync("CONTRIBUTING.md", "utf8");
const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]!);
const tags = examples.flatMap((example) => [...example.matchAll(/<([A-Z]\w*)\b((?:[^>"]|"[^"]*")*)>/g)].map((match) => ({ name: match[1]!, attributes: parseAttributes(match[2]!) })));

describe("CONTRIBUTING.md", () => {
  it("documents every editor component with an example", () => {
    for (const name of mdxComponentNames) expect(tags.map((tag) => tag.name), name).toContain(name);
  });
  it("uses only known components and props, with valid values", () => {
    for (const tag of tags) {
      expect(componentProblem(tag.name, Object.keys(tag.attributes))).toBeUndefined();
      expect(() => parseComponentProps(tag.name as (typeof mdxComponentNames)[number], tag.attributes, "CONTRIBUTING.md")).not.toThrow();
    }
  });
});
