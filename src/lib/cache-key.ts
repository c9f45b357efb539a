/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is rendered again only
 * when its key changes, so a key must hash everything the page shows that does not come from code
 * (Astro hashes the code itself, and the lockfile). Keys are made from content, never from mtimes,
 * so a fresh checkout or a copied content folder reuses nothing it should not and everything it may.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentPath, contentRoot, type ContentFile } from "./content-paths.ts";

/**
 * One JSON text per value, whatever the order of object keys: dates as ISO strings, Maps and Sets as
 * sorted pairs and lists, `undefined` kept apart from a missing key so an optional field that appears
 * changes the key.
 */
function stableJson(value: unknown): string {
  if (value === undefined) return '"\u0000undefined"';
  if (value === null || typeof value === "number" || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(`\u0000date:${value.toISOString()}`);
  if (value instanceof Map) return stableJson({ "\u0000map": [...value.entries()].map(([key, item]) => [stableJson(key), stableJson(item)]).sort() });
  if (value instanceof Set) return stableJson({ "\u0000set": [...value].map(stableJson).sort() });
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object") {
    const fields = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${fields.join(",")}}`;
  }
  throw new TypeError(`cacheKey: cannot hash a ${typeof value}`);
}

let sourceDigest: string | undefined;

/**
 * A digest of the site's source files (`src/`, from the project folder the build runs in). Astro's key
 * covers a page's server code but not the names of the browser scripts it links: a changed script gets a
 * new file name, and a page kept from the last build would still link the old, deleted one. The
 * post-build's cache key starts from it too.
 */
export function siteSourceDigest(): string {
  if (sourceDigest !== undefined) return sourceDigest;
  const hash = createHash("sha256");
  const root = join(process.cwd(), "src");
  for (const file of filesUnder(root)) hash.update(`${relative(root, file)}\u0000`).update(readFileSync(file)).update("\u0000");
  sourceDigest = hash.digest("base64url");
  return sourceDigest;
}

/** The key of a page from the data it renders and the site's code: equal data and code, equal key. */
export function cacheKey(...inputs: unknown[]): string {
  return createHash("sha256").update(siteSourceDigest()).update(stableJson(inputs)).digest("base64url");
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((item) => filesUnder(join(path, item.name)))
    .sort();
}

/**
 * A digest of the bytes of content files or folders (relative names and contents, so a renamed or
 * deleted file counts), for data a page reads straight from disk deep inside a component.
 */
export function contentDigest(names: readonly ContentFile[], root: string = contentRoot()): string {
  const hash = createHash("sha256");
  for (const name of names) {
    hash.update(`\u0000${name}\u0000`);
    for (const file of filesUnder(contentPath(name, root))) {
      hash.update(`${relative(root, file).split(sep).join("/")}\u0000`);
      hash.update(readFileSync(file));
      hash.update("\u0000");
    }
  }
  return hash.digest("base64url");
}

/** What a list of articles (category, audience, related, search fallbacks) shows of one article. */
export interface ListedArticle {
  id: string;
  shownLocale: string;
  isFallback: boolean;
  entry: { data: { title: string; answer: string; category: string; audiences: readonly string[] } };
}

/** The fields of an article that other pages render: a body edit leaves them, and so the lists, alone. */
export function listedFields(article: ListedArticle) {
  const { title, answer, category, audiences } = article.entry.data;
  return { id: article.id, shownLocale: article.shownLocale, isFallback: article.isFallback, title, answer, category, audiences };
}

/** An article file as the page that renders it sees it: the digest covers its front matter and body. */
export interface RenderedEntry {
  id: string;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/** Who an article file is: its path and the digest of its bytes (front matter and body). */
export function entryIdentity(entry: RenderedEntry) {
  if (entry.digest === undefined) throw new Error(`${entry.filePath ?? entry.id}: the content layer gave no digest, so the page cannot be cached safely`);
  return { id: entry.id, filePath: entry.filePath, digest: entry.digest };
}
