/**
 * Justified exceptions, written where they occur and naming the rule and the reason
 * (the comment style of textlint-filter-rule-comments):
 *   MDX   {/* textlint-disable easy-passive -- the app shows this exact wording *\/}
 *         … {/* textlint-enable easy-passive *\/}       (to the end of the file when not enabled again)
 *   YAML  # textlint-disable easy-passive -- the app shows this exact wording
 *         key: the value right below the comment
 */
export interface Exception {
  rules: string[];
  /** 1-based lines the exception covers, inclusive. */
  fromLine: number;
  toLine: number;
}

export interface Directive {
  kind: "disable" | "enable";
  rules: string[];
  reason: string;
  line: number;
}

const directivePattern = /textlint-(disable|enable)\s+([\w\-, ]+?)\s*(?:--\s*(.*?))?\s*$/;

export function parseDirective(comment: string, line: number): Directive | null {
  const match = directivePattern.exec(comment.trim());
  if (!match) return null;
  const rules = match[2]!.split(",").map((rule) => rule.trim()).filter(Boolean);
  return { kind: match[1] as "disable" | "enable", rules, reason: match[3] ?? "", line };
}

/** Problems with the directives themselves: an unknown rule, or a disable without a reason. */
export function checkDirective(directive: Directive, knownRules: ReadonlySet<string>): string[] {
  const problems = directive.rules
    .filter((rule) => !knownRules.has(rule))
    .map((rule) => `unknown rule "${rule}" in textlint-${directive.kind} (rules: ${[...knownRules].join(", ")})`);
  if (directive.kind === "disable" && directive.reason.trim() === "") {
    problems.push(`textlint-disable needs a reason after "--": textlint-disable ${directive.rules.join(",")} -- <why>`);
  }
  return problems;
}

/** MDX: each disable covers its lines up to the matching enable (or the end of the file). */
export function exceptionsFromRanges(directives: readonly Directive[], lastLine: number): Exception[] {
  const exceptions: Exception[] = [];
  const open = new Map<string, number>();
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (directive.kind === "disable" && !open.has(rule)) open.set(rule, directive.line);
      if (directive.kind === "enable" && open.has(rule)) {
        exceptions.push({ rules: [rule], fromLine: open.get(rule)!, toLine: directive.line });
        open.delete(rule);
      }
    }
  }
  for (const [rule, fromLine] of open) exceptions.push({ rules: [rule], fromLine, toLine: lastLine });
  return exceptions;
}

export function isExcepted(rule: string, line: number, exceptions: readonly Exception[]): boolean {
  return exceptions.some((exception) => exception.rules.includes(rule) && line >= exception.fromLine && line <= exception.toLine);
}
