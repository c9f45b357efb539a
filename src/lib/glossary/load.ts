/**
 * Reads `content/glossary.yaml` once per process (build, scripts, tests). A content root given by
 * HC_CONTENT_DIR that has no glossary of its own (generated benchmark corpora) uses the site's.
 */
import { existsSync, readFileSync } from "node:fs";
import { contentPath } from "../content-paths.ts";
import { parseGlossary, type Glossary } from "./schema.ts";

/** The project's own glossary, for content roots that have none. */
export const glossaryFile = contentPath("glossary", "content");

function glossaryPath(): string {
  const own = contentPath("glossary");
  return existsSync(own) ? own : glossaryFile;
}

let cached: Glossary | undefined;

export function loadGlossary(): Glossary {
  if (!cached) {
    const file = glossaryPath();
    cached = parseGlossary(readFileSync(file, "utf8"), file);
  }
  return cached;
}

export function screenNames(): string[] {
  return Object.keys(loadGlossary().screens);
}
