/**
 * The loader: reads `<content root>/troubleshooters/<slug>/` from disk and compiles every flow (build time,
 * scripts and tests). Problems in all flows are reported together.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { defaultLocale, localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { configValues } from "../lib/policies/values.ts";
import { contentPath, troubleshooterFiles } from "../lib/content-paths.ts";
import { loadGlossary } from "../lib/glossary/load.ts";
import { screenPlaceholders } from "../lib/glossary/schema.ts";
import { compileTroubleshooter, TroubleshooterCompileError, type CompileProblem, type CompiledTroubleshooter, type PlaceholderValues, type TroubleshooterSource } from "./compile.ts";

interface ReadYaml {
  data: unknown;
  document: Document;
  lineCounter: LineCounter;
}

function readYaml(file: string): ReadYaml {
  const lineCounter = new LineCounter();
  // Plain messages: the line is reported on its own, not as a code frame inside the message.
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) throw new TroubleshooterCompileError([{ file, line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message}` }]);
  return { data: document.toJS(), document, lineCounter };
}

/** The line of the last key of `path` in a parsed file; 1 when the path is not there. */
function lineOfKey({ document, lineCounter }: ReadYaml, path: readonly string[]): number {
  let node: unknown = document.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) return line;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key)) return line;
    line = lineCounter.linePos(pair.key.range?.[0] ?? 0).line;
    node = pair.value;
  }
  return line;
}

/** A compiler source as read from disk, with the lines of what it read (for editors' messages). */
export interface TroubleshooterFiles extends TroubleshooterSource {
  /** 1-based line of a key path (e.g. `["nodes", id, "article"]`) in one of the files read; 1 when absent. */
  lineOf(file: string, path: readonly string[]): number;
}

/**
 * The languages the troubleshooters beside `dir` (and it) are written in: each needs every step's text.
 * A language gets its texts when it is added to the site; a content root that has none in it (a test
 * fixture written before the language existed) is not asked for them.
 */
function languagesBeside(dir: string): Locale[] {
  const parent = dirname(dir);
  const folders = readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(parent, entry.name));
  return localeKeys.filter((locale) => locale === defaultLocale || folders.some((folder) => existsSync(join(folder, troubleshooterFiles.texts(locale)))));
}

/** Reads one troubleshooter folder into a compiler source. */
export function readTroubleshooterSource(dir: string, slug: string): TroubleshooterFiles {
  const flowFile = join(dir, troubleshooterFiles.flow);
  const textFile = (locale: Locale) => join(dir, troubleshooterFiles.texts(locale));
  const read = new Map<string, ReadYaml>();
  const problems: CompileProblem[] = [];
  for (const file of [flowFile, ...localeKeys.map(textFile)]) {
    if (!existsSync(file)) continue;
    try {
      read.set(file, readYaml(file));
    } catch (error) {
      if (error instanceof TroubleshooterCompileError) problems.push(...error.issues);
      else throw error;
    }
  }
  if (problems.length > 0) throw new TroubleshooterCompileError(problems);
  const texts: TroubleshooterSource["texts"] = {};
  for (const locale of localeKeys) {
    const found = read.get(textFile(locale));
    if (found) texts[locale] = { file: textFile(locale), data: found.data };
  }
  return {
    slug,
    flowFile,
    flow: read.get(flowFile)?.data ?? {},
    texts,
    textFile,
    languages: languagesBeside(dir),
    lineOf: (file, path) => {
      const found = read.get(file);
      return found ? lineOfKey(found, path) : 1;
    },
  };
}

/** Compiles one folder (the slug is the folder name). */
export function loadTroubleshooter(dir: string): CompiledTroubleshooter {
  const slug = dir.split(/[\\/]/).filter(Boolean).at(-1)!;
  return compileTroubleshooter(readTroubleshooterSource(dir, slug), troubleshooterPlaceholders());
}

/** What troubleshooter texts may name in `{…}`: config values, and the glossary's screen texts in the text's language. */
export function troubleshooterPlaceholders(): PlaceholderValues {
  const glossary = loadGlossary();
  return (locale) => ({ ...configValues, ...screenPlaceholders(glossary, locale) });
}

/** Every troubleshooter under `root`, in their `order`. */
export function loadTroubleshooters(root: string = contentPath("troubleshooters")): CompiledTroubleshooter[] {
  const problems: CompileProblem[] = [];
  const compiled: CompiledTroubleshooter[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      compiled.push(loadTroubleshooter(join(root, entry.name)));
    } catch (error) {
      if (error instanceof TroubleshooterCompileError) problems.push(...error.issues);
      else throw error;
    }
  }
  if (problems.length > 0) throw new TroubleshooterCompileError(problems);
  return compiled.sort((a, b) => a.flow.order - b.flow.order || a.flow.slug.localeCompare(b.flow.slug));
}
