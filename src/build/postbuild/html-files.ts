/**
 * The files of a build that the post-build and the site-folder integration walk.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every built HTML page under `dir`, relative to it, in a stable order (the postbuild steps all walk the same list). */
export const htmlFiles = (dir: string): string[] => filesUnder(dir).filter((file) => file.endsWith(".html")).sort();

/** URL path of a built file: `en/articles/x/index.html` → `/en/articles/x/`, `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(sep).join("/");
  if (posix === "index.html") return "/";
  if (posix.endsWith("/index.html")) return `/${posix.slice(0, -"index.html".length)}`;
  return `/${posix}`;
}

/** Every file under `dir` (none when it does not exist), as paths relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Size and modification time: when both are the same later, nobody rewrote the file in between. */
export function fileStamp(path: string): string {
  const stats = statSync(path, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}`;
}
