import { mkdtempSync, mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cacheKey, contentDigest, entryIdentity, listedFields, type ListedArticle } from "../../../src/lib/cache-key.ts";

describe("cacheKey", () => {
  test("equal data gives an equal key, whatever the order of its fields", () => {
    expect(cacheKey({ title: "Log in", order: 1 }, ["a", "b"])).toBe(cacheKey({ order: 1, title: "Log in" }, ["a", "b"]));
  });

  test("any change to a value, an item's place or a date changes the key", () => {
    const key = cacheKey({ title: "Log in", tags: ["a", "b"], updated: new Date("2026-05-08") });
    expect(cacheKey({ title: "Log in.", tags: ["a", "b"], updated: new Date("2026-05-08") })).not.toBe(key);
    expect(cacheKey({ title: "Log in", tags: ["b", "a"], updated: new Date("2026-05-08") })).not.toBe(key);
    expect(cacheKey({ title: "Log in", tags: ["a", "b"], updated: new Date("2026-05-09") })).not.toBe(key);
  });

  test("a field that appears, even empty, changes the key", () => {
    expect(cacheKey({ title: "x" })).not.toBe(cacheKey({ title: "x", note: undefined }));
    expect(cacheKey({ title: "x", note: null })).not.toBe(cacheKey({ title: "x", note: undefined }));
  });

  test("a date and the string of the same instant do not collide", () => {
    const date = new Date("2026-05-08T00:00:00.000Z");
    expect(cacheKey(date)).not.toBe(cacheKey(date.toISOString()));
  });

  test("maps and sets are hashed by content, not by insertion order", () => {
    expect(cacheKey(new Map([["a", 1], ["b", 2]]))).toBe(cacheKey(new Map([["b", 2], ["a", 1]])));
    expect(cacheKey(new Set(["a", "b"]))).toBe(cacheKey(new Set(["b", "a"])));
    expect(cacheKey(new Map([["a", 1]]))).not.toBe(cacheKey(new Map([["a", 2]])));
  });

  test("a value it cannot hash is an error, not a silent constant", () => {
    expect(() => cacheKey({ render: () => "" })).toThrow(/cannot hash a function/);
  });
});

describe("contentDigest", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "cache-key-"));
    mkdirSync(join(root, "troubleshooters", "login"), { recursive: true });
    writeFileSync(join(root, "troubleshooters", "login", "flow.yaml"), "slug: login\n");
    writeFileSync(join(root, "troubleshooters", "login", "en.yaml"), "title: Log in\n");
    writeFileSync(join(root, "glossary.yaml"), "screens: {}\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test("is keyed by bytes, not by file times", () => {
    const before = contentDigest(["troubleshooters"], root);
    utimesSync(join(root, "troubleshooters", "login", "en.yaml"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(contentDigest(["troubleshooters"], root)).toBe(before);
    writeFileSync(join(root, "troubleshooters", "login", "en.yaml"), "title: Log in again\n");
    expect(contentDigest(["troubleshooters"], root)).not.toBe(before);
  });

  test("a file added to, renamed in or deleted from a folder changes the digest", () => {
    const before = contentDigest(["troubleshooters"], root);
    writeFileSync(join(root, "troubleshooters", "login", "vi.yaml"), "title: Đăng nhập\n");
    const added = contentDigest(["troubleshooters"], root);
    expect(added).not.toBe(before);
    renameSync(join(root, "troubleshooters", "login", "vi.yaml"), join(root, "troubleshooters", "login", "ja.yaml"));
    expect(contentDigest(["troubleshooters"], root)).not.toBe(added);
    rmSync(join(root, "troubleshooters", "login", "ja.yaml"));
    expect(contentDigest(["troubleshooters"], root)).toBe(before);
  });

  test("covers only the files it is asked for", () => {
    const before = contentDigest(["troubleshooters"], root);
    writeFileSync(join(root, "glossary.yaml"), "screens: { login: {} }\n");
    expect(contentDigest(["troubleshooters"], root)).toBe(before);
    expect(contentDigest(["glossary"], root)).not.toBe(contentDigest(["troubleshooters"], root));
  });

  test("a content root without the file gives a digest, which changes when the file appears", () => {
    const without = contentDigest(["searchSynonyms"], root);
    mkdirSync(join(root, "search"));
    writeFileSync(join(root, "search", "synonyms.yaml"), "en: []\n");
    expect(contentDigest(["searchSynonyms"], root)).not.toBe(without);
  });
});

describe("what pages key on", () => {
  const article = (data: Partial<ListedArticle["entry"]["data"]> & { body?: string }): ListedArticle & { entry: { body?: string } } => ({
    id: "app-install",
    shownLocale: "en",
    isFallback: false,
    entry: { body: data.body ?? "Body.", data: { title: "Install the app", answer: "Where to get it.", category: "app", audiences: ["all"], ...data } },
  });

  test("a list's key ignores an article's body and follows its title, answer, category and audiences", () => {
    const key = cacheKey(listedFields(article({})));
    expect(cacheKey(listedFields(article({ body: "Body. One more sentence from an editor." })))).toBe(key);
    expect(cacheKey(listedFields(article({ title: "Get the app" })))).not.toBe(key);
    expect(cacheKey(listedFields(article({ answer: "Where to get the app." })))).not.toBe(key);
    expect(cacheKey(listedFields(article({ category: "account" })))).not.toBe(key);
    expect(cacheKey(listedFields(article({ audiences: ["companies"] })))).not.toBe(key);
  });

  test("a list's key follows whether the reader sees a fallback, and in which language", () => {
    const key = cacheKey(listedFields(article({})));
    expect(cacheKey(listedFields({ ...article({}), isFallback: true }))).not.toBe(key);
    expect(cacheKey(listedFields({ ...article({}), shownLocale: "ja" }))).not.toBe(key);
  });

  test("an article page is keyed by the digest of its file", () => {
    const entry = { id: "en/app-install", filePath: "content/articles/en/app-install.mdx", digest: "abc" };
    expect(cacheKey(entryIdentity(entry))).not.toBe(cacheKey(entryIdentity({ ...entry, digest: "abd" })));
    expect(cacheKey(entryIdentity(entry))).not.toBe(cacheKey(entryIdentity({ ...entry, filePath: "/tmp/copy/articles/en/app-install.mdx" })));
  });

  test("an entry without a digest stops the build instead of being cached forever", () => {
    expect(() => entryIdentity({ id: "en/app-install", filePath: "content/articles/en/app-install.mdx" })).toThrow(/content\/articles\/en\/app-install\.mdx: .*no digest/);
  });
});
