/**
 * Turns an easy-Japanese file into the texts the linter checks, each with the line it starts on, plus the
 * exceptions written in the file. MDX: the Markdown body with JSX tags, expressions and imports taken out
 * (lines kept), and the reader-visible attributes (title, alt, caption) and front matter (title, answer)
 * as separate texts. YAML (troubleshooter texts): every string value.
 */
import { LineCounter, parseDocument, visit, type Scalar } from "yaml";
import { checkDirective, exceptionsFromRanges, parseDirective, type Directive, type Exception } from "./exceptions.ts";

export interface LintUnit {
  text: string;
  /** 1-based line and column where the text starts in the file. */
  line: number;
  column: number;
  format: "markdown" | "text";
}

export interface LintSource {
  units: LintUnit[];
  exceptions: Exception[];
  problems: { line: number; message: string }[];
}

const japanese = /[\u3040-\u30FF\u4E00-\u9FFF]/;

/**
 * A quoted screen text (<Screen name="…" /> or {screen.…}) is the product's wording, not ours to
 * simplify or rename; the linters read it as an empty quotation 「」, which keeps the sentence's shape.
 */
const screenStandIn = "「」";
const screenPlaceholder = /\{screen\.\w+\}/g;
const readerVisibleAttribute = /\b(title|alt|caption|label)="([^"]*)"/g;

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line += 1;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

/** Keeps only the newlines of a removed piece, so every later line keeps its number. */
function keepNewlines(text: string): string {
  return text.replace(/[^\n]/g, "");
}

function stringValues(yamlSource: string, lineOffset: number, shown: RegExp = japanese): LintUnit[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlSource, { lineCounter });
  const units: LintUnit[] = [];
  visit(document, {
    Scalar(key, node: Scalar) {
      if (key === "key" || typeof node.value !== "string" || !shown.test(node.value) || !node.range) return;
      const start = lineCounter.linePos(node.range[0]);
      // A block scalar's text starts on the line after its | or > indicator.
      const isBlock = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
      const text = node.value.replace(screenPlaceholder, screenStandIn);
      units.push({ text, line: start.line + lineOffset + (isBlock ? 1 : 0), column: isBlock ? 1 : start.col, format: "text" });
    },
  });
  return units;
}

/** `shown`: which texts are checked (by default those with Japanese in them; the terminology lint checks all). */
export function mdxLintSource(source: string, knownRules: ReadonlySet<string>, shown: RegExp = japanese): LintSource {
  const starts = lineStarts(source);
  const units: LintUnit[] = [];
  const directives: Directive[] = [];
  const problems: LintSource["problems"] = [];

  let bodyStart = 0;
  const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (frontMatter) {
    bodyStart = frontMatter[0].length;
    const visible = stringValues(frontMatter[1]!, 1, shown).filter((unit) => /^(title|answer):/.test(source.split("\n")[unit.line - 1]!.trim()));
    units.push(...visible);
  }

  const piece = /(\{\/\*[\s\S]*?\*\/\})|(<\/?[A-Za-z][\w.]*(?:\s[^<>]*?)?\/?>)|(\{[^{}]*\})|(^(?:import|export)\s[^\n]*$)/gm;
  const body = source.slice(bodyStart).replace(piece, (match: string, comment?: string, tag?: string, ...rest: unknown[]) => {
    const offset = bodyStart + (rest.at(-2) as number);
    const { line } = positionOf(starts, offset);
    if (comment) {
      const directive = parseDirective(comment.slice(3, -3), line);
      if (directive) {
        directives.push(directive);
        problems.push(...checkDirective(directive, knownRules).map((message) => ({ line, message })));
      }
    } else if (tag) {
      for (const attribute of tag.matchAll(readerVisibleAttribute)) {
        if (!shown.test(attribute[2]!)) continue;
        const position = positionOf(starts, offset + attribute.index + attribute[1]!.length + 2);
        units.push({ text: attribute[2]!.replace(screenPlaceholder, screenStandIn), ...position, format: "text" });
      }
      if (/^<Screen\b/.test(tag)) return screenStandIn;
    }
    return keepNewlines(match);
  });
  units.unshift({ text: keepNewlines(source.slice(0, bodyStart)) + body, line: 1, column: 1, format: "markdown" });
  return { units, exceptions: exceptionsFromRanges(directives, starts.length), problems };
}

export function yamlLintSource(source: string, knownRules: ReadonlySet<string>, shown: RegExp = japanese): LintSource {
  const units = stringValues(source, 0, shown);
  const exceptions: Exception[] = [];
  const problems: LintSource["problems"] = [];
  source.split("\n").forEach((text, index) => {
    const comment = /^\s*#\s*(.*)$/.exec(text);
    const directive = comment ? parseDirective(comment[1]!, index + 1) : null;
    if (!directive) return;
    problems.push(...checkDirective(directive, knownRules).map((message) => ({ line: index + 1, message })));
    // The comment covers the value right below it.
    const next = units.filter((unit) => unit.line > index + 1).sort((a, b) => a.line - b.line)[0];
    if (directive.kind === "disable" && next) {
      exceptions.push({ rules: directive.rules, fromLine: next.line, toLine: next.line + next.text.split("\n").length - 1 });
    }
  });
  return { units, exceptions, problems };
}

/**
 * A UI strings module (`src/lib/i18n/strings/<locale>.ts`): each `"key": "text",` line is a text.
 * Exceptions are `// textlint-disable <rule> -- <reason>` on the line above the string.
 */
export function uiStringsLintSource(source: string, knownRules: ReadonlySet<string>): LintSource {
  const units: LintUnit[] = [];
  const exceptions: Exception[] = [];
  const problems: LintSource["problems"] = [];
  source.split("\n").forEach((text, index) => {
    const entry = /^(\s*"[\w.]+":\s*")((?:[^"\\]|\\.)*)",?\s*$/.exec(text);
    if (entry) units.push({ text: entry[2]!, line: index + 1, column: entry[1]!.length + 1, format: "text" });
    const comment = /^\s*\/\/\s*(.*)$/.exec(text);
    const directive = comment ? parseDirective(comment[1]!, index + 1) : null;
    if (!directive) return;
    problems.push(...checkDirective(directive, knownRules).map((message) => ({ line: index + 1, message })));
    if (directive.kind === "disable") exceptions.push({ rules: directive.rules, fromLine: index + 2, toLine: index + 2 });
  });
  return { units, exceptions, problems };
}
