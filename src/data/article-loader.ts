/**
 * The articles' content loader over `<locale>/<id>.mdx`, in two halves. Files that use components go
 * through Astro's glob loader and the MDX compiler as usual (one module each, bundled by every build).
 * Files that are plain Markdown (src/lib/mdx/plain-markdown.ts) are rendered here with the Markdown
 * entry type, only when their digest changed. Their HTML goes to a file of its own (article-html.ts)
 * and their body stays out of the store: every build bundles the whole store into its server code, and
 * at 1,000 articles per language the HTML and bodies were nine tenths of it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import type { ContentEntryRenderFunction, ContentEntryType } from "astro";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { articleSources, type ArticleSource } from "../lib/content-files.ts";
import { isPlainMarkdown } from "../lib/mdx/plain-markdown.ts";
import { articleHtmlDir, articleHtmlFile } from "./article-html.ts";

/**
 * Astro hands every loader the entry types by file extension; its own glob loader reads them from the
 * context, though the public LoaderContext type leaves them out. The plain half renders with the
 * Markdown entry type's own functions, as the glob loader would for a `.md` file.
 */
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

const entryId = (file: string) => file.replace(/\.mdx$/, "");

const escapeGlob = (name: string) => name.replace(/[[\]{}()*?!+@,\\]/g, "\\$&");

/**
 * The glob patterns for a list of `<locale>/<id>.mdx` files: one per locale, naming its files in braces.
 * (One pattern per file makes the glob test every file against every pattern.)
 */
function patternsFor(files: readonly string[]): string[] {
  const byLocale = new Map<string, string[]>();
  for (const file of files) {
    const [locale = "", name = ""] = file.split("/");
    const names = byLocale.get(locale) ?? [];
    names.push(escapeGlob(name.replace(/\.mdx$/, "")));
    byLocale.set(locale, names);
  }
  return [...byLocale].map(([locale, names]) => `${escapeGlob(locale)}/${names.length === 1 ? names[0] : `{${names.join(",")}}`}.mdx`);
}

type Store = LoaderContext["store"];

/** The store as the MDX half of the files sees it: the plain half's entries are neither listed nor removed. */
function storeOf(store: Store, ids: ReadonlySet<string>): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "keys") return () => target.keys().filter((id) => ids.has(id));
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The plain files, each read once (by articleSources): a file whose digest the store holds is left as
 * it is; any other is parsed, checked and rendered with the Markdown entry type's own functions, as
 * the glob loader does, and stored with its HTML in a file of its own and without its body.
 */
async function syncPlain(sources: readonly ArticleSource[], markdown: ContentEntryType, context: ContextWithEntryTypes): Promise<void> {
  const { store, generateDigest, parseData, config, logger } = context;
  mkdirSync(articleHtmlDir(), { recursive: true });
  const root = fileURLToPath(config.root);
  let render: ContentEntryRenderFunction | undefined;
  for (const { path, locale, fileId, source } of sources) {
    const id = `${locale}/${fileId}`;
    const digest = generateDigest(source);
    if (store.get(id)?.digest === digest) continue;
    const filePath = resolve(path);
    const { body, data } = await markdown.getEntryInfo({ contents: source, fileUrl: pathToFileURL(filePath) });
    const parsed = await parseData({ id, data, filePath });
    render ??= await markdown.getRenderFunction!(config);
    let html = "";
    try {
      html = (await render({ id, data, body, filePath, digest })).html ?? "";
    } catch (error) {
      logger.error(`Error rendering ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    writeFileSync(articleHtmlFile(digest), html);
    store.set({ id, data: parsed, filePath: relative(root, filePath).split(sep).join("/"), digest });
  }
}

/** Both halves, from the files as they are now: a file moves between halves when a component is added or removed. */
async function syncArticles(base: string, context: ContextWithEntryTypes): Promise<void> {
  const sources = articleSources(base);
  const files = sources.map(({ locale, fileId }) => `${locale}/${fileId}.mdx`);
  const plain = files.filter((_, index) => isPlainMarkdown(sources[index]!.source));
  const plainSet = new Set(plain);
  const mdx = files.filter((file) => !plainSet.has(file));
  const markdown = context.entryTypes.get(".md");
  if (!markdown) throw new Error("Astro gave no Markdown entry type to render plain articles with");
  const generateId = ({ entry }: { entry: string }) => entryId(entry);
  const { store } = context;
  // An entry the other half stored (or a plain one whose HTML file is gone) is made again: both halves
  // keep any entry whose digest is unchanged.
  for (const id of mdx.map(entryId)) if (store.get(id)?.deferredRender !== true) store.delete(id);
  for (const id of plain.map(entryId)) {
    const entry = store.get(id);
    if (entry && (entry.deferredRender || entry.digest === undefined || !existsSync(articleHtmlFile(entry.digest)))) store.delete(id);
  }
  // The halves do not watch: a change is synced here, as a file may have to change halves.
  const { watcher: _unwatched, ...unwatched } = context;
  if (mdx.length > 0) await glob({ base, pattern: patternsFor(mdx), generateId }).load({ ...unwatched, store: storeOf(store, new Set(mdx.map(entryId))) });
  await syncPlain(sources.filter((_, index) => plainSet.has(files[index]!)), markdown, context);
  // An entry whose file is gone belongs to neither half; neither does an HTML file no plain entry names.
  const ids = new Set(files.map(entryId));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  const named = new Set(plain.map((file) => articleHtmlFile(store.get(entryId(file))?.digest ?? "")));
  for (const name of readdirSync(articleHtmlDir())) {
    const path = join(articleHtmlDir(), name);
    if (!named.has(path)) rmSync(path);
  }
}

export function articleLoader(base: string): Loader {
  return {
    name: "article-loader",
    async load(loaderContext) {
      const context = loaderContext as ContextWithEntryTypes;
      await syncArticles(base, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      // `astro dev`: sync again after each change, one at a time (unchanged files keep their entries by digest).
      const folder = resolve(base);
      let queue = Promise.resolve();
      const onChange = (path: string) => {
        if (!resolve(path).startsWith(folder) || !path.endsWith(".mdx")) return;
        queue = queue.then(() => syncArticles(base, context)).catch((error: unknown) => logger.error(`Could not reload the articles: ${String(error)}`));
      };
      watcher.add(folder);
      for (const event of ["add", "change", "unlink"] as const) watcher.on(event, onChange);
    },
  };
}
