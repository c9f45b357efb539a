import { describe, expect, it } from "vitest";
import { parseComponentProps } from "../../../../src/lib/schemas/mdx-components.ts";

const file = "content/articles/en/x.mdx";

describe("MDX component props", () => {
  it("fills defaults", () => {
    expect(parseComponentProps("Callout", {}, file)).toEqual({ type: "note" });
    expect(parseComponentProps("Step", { id: "step-1-1", number: "1-1", title: "Open the app" }, file).number).toBe("1-1");
  });
  it("requires alt text on a figure and names the file", () => {
    expect(() => parseComponentProps("Figure", { src: "/a.png", caption: "A" }, file)).toThrow(
      "content/articles/en/x.mdx: <Figure> alt: alt text is required: describe what the picture shows (props it takes: src, alt, caption, width, height; see CONTRIBUTING.md)",
    );
  });
  it("rejects a config value that does not exist", () => {
    expect(() => parseComponentProps("Value", { name: "phoneNumber" }, file)).toThrow(/^content\/articles\/en\/x\.mdx: <Value> name: Invalid option/);
  });
  it("rejects an unknown prop and an id that is not kebab-case", () => {
    expect(() => parseComponentProps("Section", { id: "Check Link", title: "T", colour: "red" }, file)).toThrow(
      'content/articles/en/x.mdx: <Section> id: use lower-case kebab-case, e.g. forgot-password; unknown prop "colour" (props it takes: id, title; see CONTRIBUTING.md)',
    );
  });
  it("accepts only the password policies of the config", () => {
    expect(parseComponentProps("PasswordRules", { policy: "app" }, file)).toEqual({ policy: "app" });
    expect(() => parseComponentProps("PasswordRules", { policy: "bank" }, file)).toThrow(/<PasswordRules> policy/);
  });
});
