/**
 * The one function that reads a content folder from disk for the checks (the checks themselves are
 * pure). Used by `scripts/check-content.ts` on `content/` and by the tests on their fixture folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isScalar, LineCounter, parse, parseDocument, visit } from "yaml";
import { declaredStepIds, readTroubleshooterSource } from "../../troubleshooters/load.ts";
import type { ContentTree, TroubleshooterSource } from "./types.ts";
import { contentPath } from "../content-paths.ts";

function listedIds(file: string): string[] {
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown) =>
    item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? [(item as { id: string }).id] : [],
  );
}

/** Every `article: { id, anchor }` map in a flow file, with the line it is on. */
function flowArticleRefs(source: string): TroubleshooterSource["articleRefs"] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const refs: TroubleshooterSource["articleRefs"] = [];
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "article" || !isMap(pair.value)) return;
      const id = pair.value.get("id");
      const anchor = pair.value.get("anchor");
      if (typeof id !== "string") return;
      refs.push({ line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line, id, anchor: typeof anchor === "string" ? anchor : undefined });
    },
  });
  return refs;
}

/** Reads `<root>/articles/<locale>/*.mdx`, the category and audience lists and the troubleshooter flows. */
export function loadContentTree(root: string, cwd: string = process.cwd()): ContentTree {
  const display = (path: string) => relative(cwd, path) || path;
  const articlesDir = contentPath("articles", root);
  const articles = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((locale) => statSync(join(articlesDir, locale)).isDirectory())
        .sort()
        .flatMap((locale) =>
          readdirSync(join(articlesDir, locale))
            .filter((name) => name.endsWith(".mdx"))
            .sort()
            .map((name) => {
              const path = join(articlesDir, locale, name);
              return { file: display(path), locale, fileId: name.replace(/\.mdx$/, ""), source: readFileSync(path, "utf8") };
            }),
        )
    : [];

  const troubleshootersDir = contentPath("troubleshooters", root);
  const troubleshooters: TroubleshooterSource[] = existsSync(troubleshootersDir)
    ? readdirSync(troubleshootersDir)
        .filter((slug) => statSync(join(troubleshootersDir, slug)).isDirectory())
        .sort()
        .map((slug) => {
          // The same reader as the build; the compiler's own checks run there, so a flow with a mistake
          // is still checked here for its ids and article links.
          const { flowFile, flow } = readTroubleshooterSource(join(troubleshootersDir, slug), slug);
          const found = existsSync(flowFile);
          return {
            slug,
            file: display(found ? flowFile : join(troubleshootersDir, slug)),
            steps: declaredStepIds(flow),
            articleRefs: found ? flowArticleRefs(readFileSync(flowFile, "utf8")) : [],
          };
        })
    : [];

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
