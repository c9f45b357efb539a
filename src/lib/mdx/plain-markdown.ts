/**
 * Whether an article's MDX source is plain Markdown: no JSX tag, no expression, no import or export,
 * no indented line (MDX reads an indented line as text where Markdown reads it as code) and no image
 * (Astro resolves those when a page renders). Such a file renders to the same page either way, so the
 * content layer renders it once as Markdown and keeps the HTML between builds, instead of compiling it
 * into a module that every build bundles again.
 */
import { splitFrontMatter } from "../front-matter.ts";

// The body only: the front matter may hold `{ … }` flow maps, and is YAML either way.
const notPlainSyntax = /[<{}]|!\[|^(?:import|export)\s|^(?: {4}|\t)/m;

export function isPlainMarkdown(source: string): boolean {
  return !notPlainSyntax.test(splitFrontMatter(source).body);
}
