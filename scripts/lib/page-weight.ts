/**
 * What a built page makes the browser download before it is usable, measured in gzip bytes:
 * the JavaScript it runs at load (inline scripts, `<script src>`, island components and renderers,
 * modulepreloads, and every module those import statically) and its CSS (inline `<style>` and
 * stylesheets, with their `@import`s). Lazy `import()` is not counted: it is fetched on demand.
 * Used by the budget test (`tests/e2e/quality/budgets.spec.ts`) against `budgets.json`.
 */
import { gzipSync } from "node:zlib";
import { posix } from "node:path";

/** Reads a built file by its URL path (`/_astro/x.js`); null when it does not exist. */
export type ReadAsset = (urlPath: string) => string | null;

export interface Weight {
  /** gzip bytes, each file compressed on its own (as a static host serves it). */
  gzipBytes: number;
  /** The files counted, by URL path; inline code appears as `inline:<n>`. */
  files: string[];
}

export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, "utf8"), { level: 9 }).length;
}

const nonCodeScriptTypes = /^(application\/(ld\+)?json|speculationrules|importmap|text\/template)$/i;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function resolveUrl(from: string, specifier: string): string | null {
  if (/^(https?:)?\/\//i.test(specifier) || specifier.startsWith("data:")) return null;
  const path = specifier.split(/[?#]/)[0]!;
  return path.startsWith("/") ? posix.normalize(path) : posix.normalize(posix.join(posix.dirname(from), path));
}

const staticImportPattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;

/** Specifiers of the static `import`/`export … from` statements in a module (not `import()`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(staticImportPattern)].map((match) => match[1]!);
}

function addModuleGraph(entry: string, readAsset: ReadAsset, seen: Set<string>): void {
  if (seen.has(entry)) return;
  const code = readAsset(entry);
  if (code === null) throw new Error(`Page references ${entry}, which is not in the build`);
  seen.add(entry);
  for (const specifier of staticImports(code)) {
    const target = resolveUrl(entry, specifier);
    if (target) addModuleGraph(target, readAsset, seen);
  }
}

/** The JavaScript a page runs at load. `pagePath` resolves relative URLs. */
export function pageScriptWeight(html: string, pagePath: string, readAsset: ReadAsset): Weight {
  const inline: string[] = [];
  const modules = new Set<string>();
  const entries: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${match[1]}>`;
    const type = attribute(tag, "type") ?? "";
    if (nonCodeScriptTypes.test(type)) continue;
    const src = attribute(tag, "src");
    if (src) {
      const url = resolveUrl(pagePath, src);
      if (url) entries.push(url);
    } else if (match[2]!.trim() !== "") {
      inline.push(match[2]!);
      for (const specifier of staticImports(match[2]!)) {
        const url = resolveUrl(pagePath, specifier);
        if (url) entries.push(url);
      }
    }
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ["component-url", "renderer-url", "before-hydration-url"]) {
      const value = attribute(match[0], name);
      const url = value ? resolveUrl(pagePath, value) : null;
      if (url) entries.push(url);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/^modulepreload$/i.test(attribute(match[0], "rel") ?? "")) {
      const url = resolveUrl(pagePath, attribute(match[0], "href") ?? "");
      if (url) entries.push(url);
    }
  }
  for (const entry of entries) addModuleGraph(entry, readAsset, modules);
  const files = [...inline.map((_, index) => `inline:${index}`), ...modules];
  const bytes = inline.reduce((sum, code) => sum + gzipBytes(code), 0) + [...modules].reduce((sum, url) => sum + gzipBytes(readAsset(url)!), 0);
  return { gzipBytes: bytes, files };
}

function addStylesheet(url: string, readAsset: ReadAsset, seen: Set<string>): void {
  if (seen.has(url)) return;
  const css = readAsset(url);
  if (css === null) throw new Error(`Page references ${url}, which is not in the build`);
  seen.add(url);
  for (const match of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) {
    const target = resolveUrl(url, match[1]!);
    if (target) addStylesheet(target, readAsset, seen);
  }
}

/** The CSS a page loads: inline `<style>` elements and stylesheets. */
export function pageStyleWeight(html: string, pagePath: string, readAsset: ReadAsset): Weight {
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]!);
  const sheets = new Set<string>();
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/(^|\s)stylesheet(\s|$)/i.test(attribute(match[0], "rel") ?? "")) {
      const url = resolveUrl(pagePath, attribute(match[0], "href") ?? "");
      if (url) addStylesheet(url, readAsset, sheets);
    }
  }
  const files = [...inline.map((_, index) => `inline:${index}`), ...sheets];
  const bytes = inline.reduce((sum, css) => sum + gzipBytes(css), 0) + [...sheets].reduce((sum, url) => sum + gzipBytes(readAsset(url)!), 0);
  return { gzipBytes: bytes, files };
}

/** Web-font use in a stylesheet or page: `@font-face` rules and links to font files. */
export function webFontReferences(text: string): string[] {
  const found = [...text.matchAll(/@font-face/gi)].map(() => "@font-face");
  for (const match of text.matchAll(/[\w./-]+\.(?:woff2?|ttf|otf|eot)\b/gi)) found.push(match[0]);
  return found;
}

export const fontFilePattern = /\.(woff2?|ttf|otf|eot)$/i;

/** A message when `measured` exceeds `limit`, else null. */
export function budgetExcess(what: string, measured: Weight, limit: number): string | null {
  if (measured.gzipBytes <= limit) return null;
  return `${what}: ${measured.gzipBytes} B gzip > budget ${limit} B (${measured.files.join(", ")})`;
}
