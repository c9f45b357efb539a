/**
 * An editor's pull request is published by a rebuild that reuses the last build's caches. What it
 * publishes must be exactly what a clean build of the same content writes: every page, search index
 * file, reading dictionary and header file, byte for byte. The rebuild must also really reuse work.
 */
import { appendFileSync, cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { contentPath, contentRoot } from "../../../src/lib/content-paths.ts";
import { filesUnder } from "../../../src/build/html-files.ts";
import { buildSite } from "../build-lock.ts";

/** Inside the project (git-ignored): Astro does not render MDX from a content folder outside its root. */
const root = join(".cache", `rebuild-${process.env["HC_PORT"] ?? "4321"}`);
const contentDir = join(root, "content");

const build = (outDir: string): Promise<string> => buildSite({ HC_OUT_DIR: outDir, HC_CONTENT_DIR: contentDir, HC_CONFIG_OVERRIDE: "" });

const filesOf = (dir: string) => filesUnder(dir).sort();

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test("a rebuild after editors' changes writes the same files as a clean build of the changed content", async () => {
  test.setTimeout(360_000);
  rmSync(root, { recursive: true, force: true });
  cpSync(contentRoot(), contentDir, { recursive: true });
  const rebuilt = join(root, "rebuilt");
  const clean = join(root, "clean");
  await build(rebuilt);

  // One sentence more in an English and in a Japanese article (the Japanese one gets new readings).
  appendFileSync(join(contentPath("articles", contentDir), "en", "delete-account.mdx"), "\nOne more sentence from an editor.\n");
  appendFileSync(join(contentPath("articles", contentDir), "ja", "delete-account.mdx"), "\n編集者が一文を加えました。\n");
  const rebuildLog = await build(rebuilt);
  await build(clean);

  const rebuiltFiles = filesOf(rebuilt);
  expect(rebuiltFiles).toEqual(filesOf(clean));
  const differing = rebuiltFiles.filter((file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(clean, file))));
  expect(differing).toEqual([]);
  expect(readFileSync(join(clean, "ja", "articles", "delete-account", "index.html"), "utf8")).toContain("<ruby>編集");

  // The rebuild left most pages alone: the page pass did not process them again.
  const pass = /page pass: (\d+) pages, (\d+) processed/.exec(rebuildLog);
  expect(pass, rebuildLog).not.toBeNull();
  expect(Number(pass![2])).toBeLessThan(Number(pass![1]) / 2);
});
