import { describe, expect, it } from "vitest";
import { componentProblem, knownComponentsPlugin } from "../../../../src/lib/mdx/known-components.ts";

describe("known MDX components", () => {
  it("accepts the editors' components with their props, HTML tags and fragments", () => {
    expect(componentProblem("Section", ["id", "title"])).toBeUndefined();
    expect(componentProblem("kbd", ["class"])).toBeUndefined();
    expect(componentProblem(null, [])).toBeUndefined();
  });
  it("names an unknown component and lists the known ones", () => {
    expect(componentProblem("Sectoin", ["id"])).toMatch(/^unknown component <Sectoin>; use one of <Section>, <Steps>, .*<TroubleshooterLink>, .*<ArticleLink>.* \(see CONTRIBUTING\.md\)$/);
  });
  it("names an unknown prop and lists the props the component takes", () => {
    expect(componentProblem("Figure", ["src", "alt", "caption", "title"])).toBe(
      '<Figure> has no prop "title"; it takes src, alt, caption, width, height (see CONTRIBUTING.md)',
    );
  });
  it("names a screen text that is not in the glossary", () => {
    expect(componentProblem("Screen", ["name"], { name: "snsAlreadyRegistred" })).toMatch(/^<Screen name="snsAlreadyRegistred">: unknown screen text "snsAlreadyRegistred"; add it to content\/glossary\.yaml/);
    expect(componentProblem("Screen", ["name"], { name: "snsAlreadyRegistered" })).toBeUndefined();
  });
  it("refuses text inside a link that shows its target's title", () => {
    expect(componentProblem("ArticleLink", ["id"], { id: "delete-account" }, true)).toBe(
      "<ArticleLink> shows the title of the page it links to; write it without text inside, as <ArticleLink … />",
    );
    expect(componentProblem("ArticleLink", ["id"], { id: "delete-account" }, false)).toBeUndefined();
    expect(componentProblem("TroubleshooterLink", ["slug"], { slug: "login-after-reset" }, true)).toBeUndefined();
  });
  it("stops the build with the file and line of a screen text that is not in the glossary", () => {
    const node = { name: "Screen", attributes: [{ type: "mdxJsxAttribute", name: "name", value: "resetButon" }], position: { start: { line: 7 } } };
    const fileURL = new URL(`file://${process.cwd()}/content/articles/ja/x.mdx`);
    expect(() => knownComponentsPlugin.mdxJsxTextElement(node, { fileURL })).toThrow(/^content\/articles\/ja\/x\.mdx:7: <Screen name="resetButon">: unknown screen text/);
  });
  it("stops the build with the file and line of the tag", () => {
    const node = { name: "Calout", attributes: [], position: { start: { line: 12 } } };
    const fileURL = new URL(`file://${process.cwd()}/content/articles/en/x.mdx`);
    expect(() => knownComponentsPlugin.mdxJsxFlowElement(node, { fileURL })).toThrow(/^content\/articles\/en\/x\.mdx:12: unknown component <Calout>/);
  });
});
