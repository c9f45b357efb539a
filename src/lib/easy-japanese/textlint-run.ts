/**
 * Runs textlint rules over a file's lint units (sources.ts) and maps what they find back to the file's
 * lines, honouring exception comments: the one loop the easy-Japanese linter and the terminology lint share.
 */
import { TextlintKernelDescriptor, type TextlintKernelPlugin, type TextlintKernelRule } from "@textlint/kernel";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { createLinter } from "textlint";
import { isExcepted } from "./exceptions.ts";
import type { LintSource } from "./sources.ts";

export interface LintMessage {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

// The packages are CommonJS compiled from ES modules; Node's import may wrap their export once more.
export function defaultExport<T>(module: unknown): T {
  const wrapped = module as { default?: T };
  return (wrapped.default ?? module) as T;
}

const plugins = [
  { pluginId: "markdown", plugin: defaultExport(markdownPlugin), options: true },
  { pluginId: "text", plugin: defaultExport(textPlugin), options: true },
] as TextlintKernelPlugin[];

/** What a rule found, as textlint reports it. */
export interface Found {
  ruleId: string;
  message: string;
}

/**
 * The messages of `rules` on `file`'s units, sorted by position, with the source's own problems (bad
 * exception comments) first; `describe` words each finding.
 */
export async function lintUnits(
  file: string,
  lintSource: LintSource,
  rules: TextlintKernelRule[],
  describe: (found: Found) => { rule: string; message: string },
): Promise<LintMessage[]> {
  const linter = createLinter({ descriptor: new TextlintKernelDescriptor({ rules, filterRules: [], plugins }) });
  const messages: LintMessage[] = lintSource.problems.map((problem) => ({ file, line: problem.line, column: 1, rule: "exception", message: problem.message }));
  for (const unit of lintSource.units) {
    const result = await linter.lintText(unit.text, unit.format === "markdown" ? "text.md" : "text.txt");
    for (const found of result.messages) {
      const line = unit.line + found.line - 1;
      const column = found.line === 1 ? unit.column + found.column - 1 : found.column;
      if (isExcepted(found.ruleId, line, lintSource.exceptions)) continue;
      messages.push({ file, line, column, ...describe(found) });
    }
  }
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
