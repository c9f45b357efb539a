import { describe, expect, it } from "vitest";
import { isPlainMarkdown } from "../../../../src/lib/mdx/plain-markdown.ts";

const article = (body: string) => `---\nid: x\ntitle: "A title"\nverified: { on: 2026-12-01, by: source }\n---\n\n${body}`;

describe("isPlainMarkdown", () => {
  it("takes headings, lists, links and emphasis as plain Markdown, whatever the front matter holds", () => {
    expect(isPlainMarkdown(article("## Steps\n\n1. Open **Settings**.\n2. Read [the guide](/en/articles/x/).\n\n- one\n- two\n"))).toBe(true);
  });

  it("sends a file with a component, an expression, an import or an export to the MDX compiler", () => {
    expect(isPlainMarkdown(article('<Section id="a" title="A">\n\nText\n\n</Section>\n'))).toBe(false);
    expect(isPlainMarkdown(article("Valid for {hours} hours.\n"))).toBe(false);
    expect(isPlainMarkdown(article('import X from "./x.ts";\n\nText\n'))).toBe(false);
    expect(isPlainMarkdown(article("export const a = 1;\n\nText\n"))).toBe(false);
  });

  it("sends HTML, comments and autolinks to the MDX compiler, which reads them differently", () => {
    expect(isPlainMarkdown(article("<br />\n"))).toBe(false);
    expect(isPlainMarkdown(article("<!-- note -->\n"))).toBe(false);
    expect(isPlainMarkdown(article("See <https://example.com>.\n"))).toBe(false);
  });

  it("sends an indented line to the MDX compiler: Markdown reads it as code, MDX as text", () => {
    expect(isPlainMarkdown(article("Text\n\n    indented\n"))).toBe(false);
    expect(isPlainMarkdown(article("Text\n\n\tindented\n"))).toBe(false);
  });

  it("sends an image to the MDX compiler: Astro resolves its file when the page renders", () => {
    expect(isPlainMarkdown(article("![The login screen](./login.png)\n"))).toBe(false);
    expect(isPlainMarkdown(article("![The login screen][shot]\n\n[shot]: ./login.png\n"))).toBe(false);
  });

  it("reads a file without front matter as all body", () => {
    expect(isPlainMarkdown("Just text.\n")).toBe(true);
    expect(isPlainMarkdown("Just {text}.\n")).toBe(false);
  });
});
