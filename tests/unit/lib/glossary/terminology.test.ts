import { describe, expect, it } from "vitest";
import { parseGlossary } from "../../../../src/lib/glossary/schema.ts";
import { lintTerminology, localeOfFile, prhDictionary } from "../../../../src/lib/glossary/terminology.ts";

const glossary = parseGlossary(
  `screens: {}
terms:
  en:
    - { expected: guided check, variants: [step-by-step check], specs: [{ from: a step-by-step check, to: a guided check }] }
  ja:
    - { expected: ブラウザー, variants: ["/ブラウザ(?!ー)/"], specs: [{ from: ブラウザで開く, to: ブラウザーで開く }] }
  ja-easy: []
  vi: []
`,
  "glossary.yaml",
);

describe("terminology lint", () => {
  it("names the file, line and column and the preferred word", async () => {
    const source = "---\ntitle: Help\n---\n\nTry the step-by-step check.\n";
    expect(await lintTerminology("content/articles/en/x.mdx", source, glossary)).toEqual([
      { file: "content/articles/en/x.mdx", line: 5, column: 9, rule: "terminology", message: 'use "guided check" instead of "step-by-step check" (content/glossary.yaml, terms.en)' },
    ]);
  });
  it("uses the terms of the file's language only", async () => {
    expect(await lintTerminology("content/articles/ja/x.mdx", "Try the step-by-step check.\n", glossary)).toEqual([]);
    expect((await lintTerminology("content/troubleshooters/t/ja.yaml", "title: ブラウザで開きます\n", glossary))[0]?.line).toBe(1);
  });
  it("does not report the preferred word that contains a variant", async () => {
    expect(await lintTerminology("src/lib/i18n/strings/ja.ts", '  "a.b": "ブラウザーで開きます",\n', glossary)).toEqual([]);
    expect(await lintTerminology("src/lib/i18n/strings/ja.ts", '  "a.b": "ブラウザで開きます",\n', glossary)).toHaveLength(1);
  });
  it("accepts an exception that names the rule and a reason", async () => {
    const source = "{/* textlint-disable terminology -- quoting an old e-mail word for word */}\n\nThe step-by-step check.\n\n{/* textlint-enable terminology */}\n";
    expect(await lintTerminology("content/articles/en/x.mdx", source, glossary)).toEqual([]);
  });
  it("reads the language from an article, troubleshooter or strings path", () => {
    expect(localeOfFile("content/articles/ja-easy/a.mdx")).toBe("ja-easy");
    expect(localeOfFile("content/troubleshooters/login-after-reset/vi.yaml")).toBe("vi");
    expect(localeOfFile("src/lib/i18n/strings/en.ts")).toBe("en");
    expect(localeOfFile("content/glossary.yaml")).toBeNull();
  });
  it("writes plain variants as escaped regular expressions prh can load", () => {
    expect(prhDictionary(glossary.terms.en)).toContain("/step-by-step check/");
  });
});
