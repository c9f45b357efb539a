/**
 * One language's Pagefind index, made in a thread of its own (search-worker.ts) beside the page pass
 * and the other languages. This module imports only Pagefind, so a worker is ready soon after it starts.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";

/** One language's index to make: its search copies, where its index goes, and what it is made of. */
export interface LanguageJob {
  lang: string;
  /** The language's search copies: `<searchDir>/<lang>/<page path>`. */
  searchDir: string;
  /** Where the language's index is kept between builds. */
  folder: string;
  /** Names exactly the pages (and their versions) the index is made of. */
  digest: string;
  /** Index into an emptied folder: the last post-build did not finish, so a file in it may be cut short. */
  fresh: boolean;
}

/** What Pagefind wrote for one language: its part of `pagefind-entry.json`, and the folder of its files. */
export interface LanguageIndex {
  lang: string;
  entry: Record<string, unknown>;
  version: string;
  includeCharacters: string[];
  folder: string;
  pages: number;
  /** The index of the last build was still right. */
  reused: boolean;
}

export interface EntryFile {
  version: string;
  languages: Record<string, Record<string, unknown>>;
  include_characters?: string[];
}

/** A CBOR text string as Pagefind's metadata holds it (a length of fewer than 256 bytes, as hashes have). */
function cborText(text: string): Buffer {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([bytes.length < 24 ? Buffer.from([0x60 + bytes.length]) : Buffer.from([0x78, bytes.length]), bytes]);
}

/**
 * Removes the hashed files of `folder` that its index for `lang` no longer names: the fragments of
 * pages that changed or went away, and the word, filter and metadata files they were in. The current
 * metadata file (named in `pagefind-entry.json`) names every other hashed file.
 */
async function removeUnnamed(folder: string, lang: string): Promise<void> {
  const entry = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8")) as EntryFile;
  const hash = entry.languages[lang]?.["hash"];
  if (typeof hash !== "string") throw new Error(`${folder}: no index for "${lang}" in pagefind-entry.json`);
  const metaFile = `pagefind.${hash}.pf_meta`;
  const meta = gunzipSync(await readFile(join(folder, metaFile)));
  for (const name of await readdir(folder)) if (name.endsWith(".pf_meta") && name !== metaFile) await rm(join(folder, name));
  for (const [subfolder, extension] of [["fragment", ".pf_fragment"], ["index", ".pf_index"], ["filter", ".pf_filter"]] as const) {
    for (const name of await readdir(join(folder, subfolder)).catch(() => [])) {
      if (!name.endsWith(extension) || !meta.includes(cborText(name.slice(0, -extension.length)))) await rm(join(folder, subfolder, name));
    }
  }
}

/**
 * Indexes one language's search copies into `folder`, or keeps `folder` when it holds the index of
 * exactly these copies (`digest`). Closes its Pagefind process: run it in a thread of its own.
 *
 * Pagefind writes a file named by its content's hash only when the folder lacks it, and compressing
 * those files is most of its work: it writes into the last build's folder, and what the new index no
 * longer names is removed after (at 1,000 articles per language, 1.8 s became 1.1 s).
 */
export async function indexLanguage({ lang, searchDir, folder, digest, fresh }: LanguageJob): Promise<LanguageIndex> {
  const digestFile = join(folder, ".digest");
  const read = async (reused: boolean): Promise<LanguageIndex> => {
    const written = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8")) as EntryFile;
    const entry = written.languages[lang];
    if (!entry) throw new Error(`${folder}: Pagefind wrote no index for "${lang}"`);
    return { lang, entry, version: written.version, includeCharacters: written.include_characters ?? [], folder, pages: Number(entry["page_count"] ?? 0), reused };
  };
  const lastDigest = await readFile(digestFile, "utf8").catch(() => null);
  if (lastDigest === digest) return read(true);
  // Without a digest the folder is not a finished index.
  if (fresh || lastDigest === null) await rm(folder, { recursive: true, force: true });
  await rm(digestFile, { force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["rt", "rp"] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: join(searchDir, lang) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${join(searchDir, lang)}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  await removeUnnamed(folder, lang);
  await writeFile(digestFile, digest);
  return read(false);
}

