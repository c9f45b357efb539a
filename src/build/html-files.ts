/**
 * Files of a build: the built pages, and the few file operations the post-build steps and their caches share.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Every built HTML page under `dir`, in a stable order (the postbuild steps all walk the same list). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

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

/** Size and modification time: when both are the same next time, nobody rewrote the file. */
export function fileStamp(path: string): string {
  const stats = statSync(path, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}`;
}

/**
 * `to` becomes the same file as `from`: a hard link (a cached file is not copied byte by byte; nothing
 * rewrites these files in place), or a copy where links cannot be made. `to`'s folder must exist.
 */
export function linkOrCopy(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Whether both paths name one file (hard links of each other); false when either is missing. */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** `linkOrCopy`, making `to`'s folder first. */
export function linkOrCopyInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkOrCopy(from, to);
}
