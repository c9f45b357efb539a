/**
 * Reads `content/glossary.yaml` once per process (build, scripts, tests). A content root given by
 * HC_CONTENT_DIR that has no glossary of its own (generated benchmark corpora) uses the site's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseGlossary, type Glossary } from "./schema.ts";

export const glossaryFile = "content/glossary.yaml";

function glossaryPath(): string {
  const contentDir = typeof process !== "undefined" ? process.env["HC_CONTENT_DIR"] : undefined;
  const own = contentDir ? join(contentDir, "glossary.yaml") : undefined;
  return own && existsSync(own) ? own : glossaryFile;
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
