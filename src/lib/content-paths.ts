/**
 * Where the editors' files live. The only module that reads `HC_CONTENT_DIR` (a build, check or
 * test from another content folder) and the only one that knows a content file's path: every reader
 * of content asks here, so a copied folder is honoured for all of it, not only for the articles.
 * A new content file is one entry in `contentFiles`.
 */
import { join } from "node:path";

/** Each content file or folder, relative to the content root. */
const contentFiles = {
  articles: "articles",
  categories: "categories.yaml",
  audiences: "audiences.yaml",
  troubleshooters: "troubleshooters",
  furiganaRules: "furigana",
  furiganaLedger: "furigana/readings.yaml",
  easyJapaneseRules: "easy-japanese-rules.yaml",
  searchSynonyms: "search/synonyms.yaml",
  searchProblems: "search/problems.yaml",
  glossary: "glossary.yaml",
  notices: "notices.yaml",
} as const;

export type ContentFile = keyof typeof contentFiles;

/** The content folder: `HC_CONTENT_DIR`, else `content/` of the project. Read on each call, so a test may set it. */
export function contentRoot(): string {
  return process.env["HC_CONTENT_DIR"] ?? "content";
}

/** Whether the build reads the project's own `content/` (not a fixture or benchmark folder). */
export function isProjectContent(): boolean {
  return process.env["HC_CONTENT_DIR"] === undefined;
}

/** Path of a content file or folder under `root` (by default the content root). */
export function contentPath(name: ContentFile, root: string = contentRoot()): string {
  return join(root, contentFiles[name]);
}

/** The file names inside a troubleshooter's folder: its structure, and its words in one language. */
export const troubleshooterFiles = {
  flow: "flow.yaml",
  texts: (locale: string) => `${locale}.yaml`,
} as const;

/** The folder of one troubleshooter, and a file in it (see `troubleshooterFiles`). */
export function troubleshooterPath(slug: string, file?: string, root: string = contentRoot()): string {
  return file === undefined ? join(contentPath("troubleshooters", root), slug) : join(contentPath("troubleshooters", root), slug, file);
}
