import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every built HTML page under `dir`, in a stable order (the postbuild steps all walk the same list). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
