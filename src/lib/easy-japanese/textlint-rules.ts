/**
 * Our easy-Japanese rules as textlint rules: each reads the text nodes textlint gives it (so code, URLs
 * and link targets are never checked) and reports the findings of one pure module.
 */
import type { TextlintRuleModule } from "@textlint/types";
import { morphemes } from "../furigana/analyzer.ts";
import type { EasyJapaneseConfig } from "./config.ts";
import { findUnexplainedWords } from "./difficult-words.ts";
import type { Finding } from "./finding.ts";
import { findHonorifics } from "./honorific.ts";
import { findUnexplainedKatakana } from "./katakana.ts";
import { findPassiveForms } from "./passive.ts";
import { findUnlistedQuotes } from "./quotes.ts";

function ruleFromFindings(find: (text: string) => Finding[] | Promise<Finding[]>): TextlintRuleModule {
  return (context) => {
    const { Syntax, RuleError, report, getSource, locator } = context;
    return {
      async [Syntax.Str](node) {
        for (const finding of await find(getSource(node))) {
          report(node, new RuleError(finding.message, { padding: locator.range([finding.index, finding.index + finding.length]) }));
        }
      },
    };
  };
}

/**
 * The rules for one file. Explanations count from their first use in the file onwards, so the katakana
 * and difficult-word rules keep what the file has explained so far. `screenTexts`: the glossary's
 * screen texts in easy Japanese, the only words that may stand in 「」.
 */
export function easyJapaneseRules(config: EasyJapaneseConfig, screenTexts: ReadonlySet<string>): Record<string, TextlintRuleModule> {
  const katakanaAllow = new Set(config.katakanaAllow);
  const explainedKatakana = new Set<string>();
  const explainedWords = new Set<string>();
  return {
    "easy-honorific": ruleFromFindings(findHonorifics),
    "easy-passive": ruleFromFindings(async (text) => findPassiveForms(await morphemes(text))),
    "easy-katakana": ruleFromFindings((text) => findUnexplainedKatakana(text, katakanaAllow, explainedKatakana)),
    "easy-difficult-word": ruleFromFindings((text) => findUnexplainedWords(text, config.difficultWords, explainedWords)),
    "easy-quote": ruleFromFindings((text) => findUnlistedQuotes(text, screenTexts)),
  };
}
