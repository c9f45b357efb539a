/**
 * The one function that reads a content folder from disk for the checks (the checks themselves are
 * pure). Used by `scripts/check-content.ts` on `content/` and by the tests on their fixture folders.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { compileTroubleshooter, TroubleshooterCompileError } from "../../troubleshooters/compile.ts";
import { readTroubleshooterSource, troubleshooterPlaceholders, type TroubleshooterFiles } from "../../troubleshooters/load.ts";
import type { ContentTree, TroubleshooterSource } from "./types.ts";
import { contentPath, troubleshooterFiles } from "../content-paths.ts";
import { articleSources, troubleshooterSlugs } from "../content-files.ts";

function listedIds(file: string): string[] {
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown) =>
    item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? [(item as { id: string }).id] : [],
  );
}

/**
 * Reads and compiles one troubleshooter folder with the build's own loader and compiler, so the check
 * sees the flow the site shows; a flow that does not compile yields only the compiler's problems.
 */
function checkedTroubleshooter(dir: string, slug: string, display: (path: string) => string): TroubleshooterSource {
  let files: TroubleshooterFiles | undefined;
  try {
    const read = readTroubleshooterSource(dir, slug);
    files = read;
    const { flow, texts } = compileTroubleshooter(read, troubleshooterPlaceholders());
    const lineOf = (path: string[]) => read.lineOf(read.flowFile, path);
    const links = [{ link: flow.article, path: ["article"] }, ...flow.steps.map((step) => ({ link: step.article, path: ["nodes", step.id, "article"] }))];
    return {
      slug,
      file: display(read.flowFile),
      steps: flow.steps.map((step) => step.id),
      titles: Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, text.title])),
      articleRefs: links.flatMap(({ link, path }) => (link ? [{ line: lineOf(path), id: link.id, anchor: link.anchor }] : [])),
      compileProblems: [],
    };
  } catch (error) {
    if (!(error instanceof TroubleshooterCompileError)) throw error;
    const flowFile = files?.flowFile ?? join(dir, troubleshooterFiles.flow);
    return {
      slug,
      file: display(flowFile),
      steps: undefined,
      titles: {},
      articleRefs: [],
      compileProblems: error.issues.map(({ file, node, line, message }) => ({
        file: display(file),
        line: line ?? files?.lineOf(file, node === undefined ? [] : ["nodes", node]) ?? 1,
        node,
        message,
      })),
    };
  }
}

/** Reads `<root>/articles/<locale>/*.mdx`, the category and audience lists and the troubleshooter flows. */
export function loadContentTree(root: string, cwd: string = process.cwd()): ContentTree {
  const display = (path: string) => relative(cwd, path) || path;
  const articles = articleSources(contentPath("articles", root)).map(({ path, locale, fileId, source }) => ({ file: display(path), locale, fileId, source }));

  const troubleshootersDir = contentPath("troubleshooters", root);
  const troubleshooters = troubleshooterSlugs(troubleshootersDir).map((slug) => checkedTroubleshooter(join(troubleshootersDir, slug), slug, display));

  const categoriesFile = contentPath("categories", root);
  const audiencesFile = contentPath("audiences", root);
  return {
    articles,
    categories: listedIds(categoriesFile),
    audiences: listedIds(audiencesFile),
    troubleshooters,
    categoriesFile: display(categoriesFile),
    audiencesFile: display(audiencesFile),
  };
}
