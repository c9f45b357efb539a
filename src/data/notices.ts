/**
 * The notices file, read once per build (`content/notices.yaml`, through content-paths), and the notice in force
 * while the build runs. A file that breaks the schema stops the build with each problem named.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { contentPath } from "../lib/content-paths.ts";
import { activeNotice, noticeProblems, noticesSchema, type Notice } from "../lib/schemas/notice.ts";

let loaded: Notice[] | undefined;

export function loadNotices(file: string = contentPath("notices")): Notice[] {
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, "utf8"));
  const problems = noticeProblems(data);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join("; ")}`);
  return noticesSchema.parse(data ?? []);
}

/** The notice every page of this build shows, or null; decided once, so every page agrees. */
let active: Notice | null | undefined;
export function buildNotice(): Notice | null {
  loaded ??= loadNotices();
  if (active === undefined) active = activeNotice(loaded, Date.now());
  return active;
}
