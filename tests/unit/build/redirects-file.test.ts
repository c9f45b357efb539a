import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readRedirects } from "../../../src/build/integrations/redirects-file.ts";

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A content folder with one English article per front matter. */
function contentWith(frontMatters: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "redirects-"));
  mkdirSync(join(root, "articles", "en"), { recursive: true });
  for (const [file, frontMatter] of Object.entries(frontMatters)) writeFileSync(join(root, "articles", "en", `${file}.mdx`), `---\n${frontMatter}\n---\n\nText.\n`);
  return root;
}

const shortLinks = (dir: string) =>
  readRedirects(dir)
    .filter((redirect) => redirect.from.startsWith("/go/"))
    .map((redirect) => `${redirect.from} → ${redirect.to}`);

describe("readRedirects", () => {
  it("takes the id from the front matter, quoted or not, and the file name when there is none", () => {
    const dir = contentWith({ a: "id: plain-id\ntitle: A", b: 'title: B\nid: "quoted-id"', c: "title: C" });
    expect(shortLinks(dir)).toEqual(["/go/c/ → /en/articles/c/", "/go/plain-id/ → /en/articles/plain-id/", "/go/quoted-id/ → /en/articles/quoted-id/"]);
  });

  it("keeps old URLs and short links of an article's aliases, in a flow or a block list", () => {
    const dir = contentWith({ a: "id: new-name\naliases: [old-name]", b: "id: other\naliases:\n  - first-name\n  - second-name" });
    const redirects = readRedirects(dir).map((redirect) => `${redirect.from} → ${redirect.to}`);
    expect(redirects).toContain("/en/articles/old-name/ → /en/articles/new-name/");
    expect(redirects).toContain("/go/old-name/ → /en/articles/new-name/");
    expect(redirects).toContain("/ja/articles/second-name/ → /ja/articles/other/");
    expect(redirects).toContain("/go/first-name/ → /en/articles/other/");
  });
});
