/**
 * The `notice` rule of check:content: the notices file (src/lib/schemas/notice.ts) must parse, and every notice
 * must have an end time, an English message and a start before its end.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { contentPath } from "../content-paths.ts";
import { noticeProblems } from "../schemas/notice.ts";
import type { ContentProblem } from "./types.ts";

/** Problems of the notices file's text (`file` is how messages name it). */
export function checkNotices(text: string, file: string): ContentProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problem = (line: number, message: string): ContentProblem => ({ file, line, rule: "notice", severity: "error", message });
  const [error] = document.errors;
  if (error) return [problem(lineCounter.linePos(error.pos[0]).line, `not valid YAML: ${error.message}`)];
  return noticeProblems(document.toJS()).map((message) => {
    const index = /^(\d+)\./.exec(message)?.[1];
    const node = index === undefined ? undefined : document.getIn([Number(index)], true);
    const offset = (node as { range?: [number] } | undefined)?.range?.[0];
    return problem(offset === undefined ? 1 : lineCounter.linePos(offset).line, `notice ${message}`);
  });
}

/** The notices file under `root`, checked; none when there is no file. */
export function noticeFileProblems(root: string): ContentProblem[] {
  const file = contentPath("notices", root);
  return existsSync(file) ? checkNotices(readFileSync(file, "utf8"), relative(process.cwd(), file)) : [];
}
