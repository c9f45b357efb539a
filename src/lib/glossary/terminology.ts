/**
 * The terminology lint: textlint with textlint-rule-prh, its dictionary made from the glossary's
 * terms for the file's language. Checks articles (every language), troubleshooter texts and UI
 * strings; each message names the file, the line and the preferred word. Build-time Node code.
 */
import { TextlintKernelDescriptor, type TextlintKernelPlugin, type TextlintKernelRule } from "@textlint/kernel";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { createLinter } from "textlint";
import prhRule from "textlint-rule-prh";
import { stringify } from "yaml";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { isExcepted } from "../easy-japanese/exceptions.ts";
import { ruleIds as easyJapaneseRuleIds, type LintMessage } from "../easy-japanese/linter.ts";
import { mdxLintSource, uiStringsLintSource, yamlLintSource, type LintSource } from "../easy-japanese/sources.ts";
import type { Glossary, Term } from "./schema.ts";

export const terminologyRuleId = "terminology";

// The packages are CommonJS compiled from ES modules; Node's import may wrap their export once more.
function defaultExport<T>(module: unknown): T {
  const wrapped = module as { default?: T };
  return (wrapped.default ?? module) as T;
}

/**
 * A plain variant as a prh regular expression. prh escapes a plain pattern itself but also escapes
 * "-", which its Unicode-mode regular expressions reject ("step-by-step check" would not load).
 */
function variantPattern(variant: string): string {
  return variant.startsWith("/") ? variant : `/${variant.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/`;
}

/** The prh dictionary (prh's YAML format) for one language's terms. */
export function prhDictionary(terms: readonly Term[]): string {
  return stringify({ version: 1, rules: terms.map((term) => ({ expected: term.expected, patterns: term.variants.map(variantPattern), specs: term.specs })) });
}

/** The language a content or strings file is written in, from its path. */
export function localeOfFile(file: string): Locale | null {
  const match = /articles\/([\w-]+)\/[^/]+\.mdx$/.exec(file) ?? /troubleshooters\/[^/]+\/([\w-]+)\.yaml$/.exec(file) ?? /i18n\/strings\/([\w-]+)\.ts$/.exec(file);
  return match && isLocale(match[1]) ? match[1] : null;
}

const plugins = [
  { pluginId: "markdown", plugin: defaultExport(markdownPlugin), options: true },
  { pluginId: "text", plugin: defaultExport(textPlugin), options: true },
] as TextlintKernelPlugin[];

const everyText = /\S/;

function lintSourceOf(file: string, source: string): LintSource {
  // An exception written for the easy-Japanese linter is not a mistake here, and the other way round.
  const known = new Set<string>([terminologyRuleId, ...easyJapaneseRuleIds]);
  if (file.endsWith(".mdx")) return mdxLintSource(source, known, everyText);
  if (file.endsWith(".ts")) return uiStringsLintSource(source, known);
  return yamlLintSource(source, known, everyText);
}

/** Lints one file against its language's terms; a file of no known language has none. */
export async function lintTerminology(file: string, source: string, glossary: Glossary): Promise<LintMessage[]> {
  const locale = localeOfFile(file);
  const terms = locale ? glossary.terms[locale] : [];
  if (terms.length === 0) return [];
  const rule: TextlintKernelRule = {
    ruleId: terminologyRuleId,
    rule: defaultExport(prhRule),
    options: { ruleContents: [prhDictionary(terms)], checkBlockQuote: true, checkEmphasis: true },
  } as TextlintKernelRule;
  const linter = createLinter({ descriptor: new TextlintKernelDescriptor({ rules: [rule], filterRules: [], plugins }) });
  const lintSource = lintSourceOf(file, source);
  const messages: LintMessage[] = lintSource.problems.map((problem) => ({ file, line: problem.line, column: 1, rule: "exception", message: problem.message }));
  for (const unit of lintSource.units) {
    const result = await linter.lintText(unit.text, unit.format === "markdown" ? "text.md" : "text.txt");
    for (const found of result.messages) {
      const line = unit.line + found.line - 1;
      const column = found.line === 1 ? unit.column + found.column - 1 : found.column;
      if (isExcepted(found.ruleId, line, lintSource.exceptions)) continue;
      const [actual, expected] = found.message.split("\n")[0]!.split(" => ");
      messages.push({ file, line, column, rule: terminologyRuleId, message: `use "${expected}" instead of "${actual}" (content/glossary.yaml, terms.${locale})` });
    }
  }
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
