/**
 * The articles' content loader: Astro's glob loader over `<locale>/<id>.mdx`, in two halves. Files that
 * use components go through the MDX compiler as usual (one module each, bundled by every build). Files
 * that are plain Markdown (src/lib/mdx/plain-markdown.ts) are rendered by the content layer with the same
 * Markdown processor and settings, only when their digest changed. Their HTML goes to a file of its own
 * (article-html.ts) and their body stays out of the store: every build bundles the whole store into its
 * server code, and at 1,000 articles per language the HTML and bodies were nine tenths of it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { articleSources } from "../lib/content-files.ts";
import { isPlainMarkdown } from "../lib/mdx/plain-markdown.ts";
import { articleHtmlDir, articleHtmlFile } from "./article-html.ts";

/**
 * Astro hands every loader the entry types by file extension; its own glob loader reads them from the
 * context, though the public LoaderContext type leaves them out. Giving the plain half a context whose
 * `.mdx` is the Markdown entry type is what makes the glob loader render those files itself.
 */
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, unknown> };

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

/**
 * The store as one half of the files sees it: the other half's entries are neither listed nor removed.
 * `set` may change an entry on its way in (the plain half moves its HTML out).
 */
function storeOf(store: Store, ids: ReadonlySet<string>, setEntry: Store["set"] = (entry) => store.set(entry)): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "keys") return () => target.keys().filter((id) => ids.has(id));
      if (property === "set") return setEntry;
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
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
  // An entry the other half stored (or a plain one whose HTML file is gone) is made again: the glob
  // loader keeps any entry whose digest is unchanged.
  for (const id of mdx.map(entryId)) if (store.get(id)?.deferredRender !== true) store.delete(id);
  for (const id of plain.map(entryId)) {
    const entry = store.get(id);
    if (entry && (entry.deferredRender || entry.digest === undefined || !existsSync(articleHtmlFile(entry.digest)))) store.delete(id);
  }
  mkdirSync(articleHtmlDir(), { recursive: true });
  const storePlain: Store["set"] = ({ rendered, ...entry }) => {
    if (entry.digest === undefined) throw new Error(`${entry.filePath ?? entry.id}: the content layer gave no digest to keep its HTML under`);
    writeFileSync(articleHtmlFile(entry.digest), rendered?.html ?? "");
    return store.set(entry);
  };
  // The halves do not watch: a change is synced here, as a file may have to change halves.
  const { watcher: _unwatched, ...unwatched } = context;
  const half = (list: string[], entryTypes = context.entryTypes, setEntry?: Store["set"]): ContextWithEntryTypes => ({
    ...unwatched,
    store: storeOf(store, new Set(list.map(entryId)), setEntry),
    entryTypes,
  });
  if (mdx.length > 0) await glob({ base, pattern: patternsFor(mdx), generateId }).load(half(mdx));
  if (plain.length > 0) {
    await glob({ base, pattern: patternsFor(plain), generateId, retainBody: false }).load(half(plain, new Map([[".mdx", markdown]]), storePlain));
  }
  // An entry whose file is gone belongs to neither half; neither does an HTML file no plain entry names.
  const ids = new Set(files.map(entryId));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  const htmlFiles = new Set(plain.map((file) => articleHtmlFile(store.get(entryId(file))?.digest ?? "")));
  for (const name of readdirSync(articleHtmlDir())) if (!htmlFiles.has(join(articleHtmlDir(), name))) rmSync(join(articleHtmlDir(), name));
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
