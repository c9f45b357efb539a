/**
 * The terminology lint: textlint with textlint-rule-prh, its dictionary made from the glossary's
 * terms for the file's language. Checks articles (every language), troubleshooter texts and UI
 * strings; each message names the file, the line and the preferred word. Build-time Node code.
 */
import type { TextlintKernelRule } from "@textlint/kernel";
import prhRule from "textlint-rule-prh";
import { stringify } from "yaml";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { defaultExport, lintUnits } from "../easy-japanese/textlint-run.ts";
import { ruleIds as easyJapaneseRuleIds, type LintMessage } from "../easy-japanese/linter.ts";
import { mdxLintSource, uiStringsLintSource, yamlLintSource, type LintSource } from "../easy-japanese/sources.ts";
import type { Glossary, Term } from "./schema.ts";

const terminologyRuleId = "terminology";

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
  return lintUnits(file, lintSourceOf(file, source), [rule], (found) => {
    const [actual, expected] = found.message.split("\n")[0]!.split(" => ");
    return { rule: terminologyRuleId, message: `use "${expected}" instead of "${actual}" (content/glossary.yaml, terms.${locale})` };
  });
}
