/**
 * Build-time guard for the articles' MDX: every capitalised tag must be one of the editors'
 * components (src/components/content/) and every prop one it takes. Without it MDX only fails at
 * render time with "Expected component `X` to be defined", naming neither the file nor the line.
 * `knownComponentsPlugin` is an mdast plugin for Astro's Markdown processor (Sätteri).
 */
import { mdxComponentNames, mdxComponentSchemas, type MdxComponentName } from "../schemas/mdx-components.ts";

function isComponentName(name: string): name is MdxComponentName {
  return (mdxComponentNames as string[]).includes(name);
}

/** What is wrong with one JSX tag, or undefined. Lower-case names are HTML; fragments have no name. */
export function componentProblem(name: string | null, propNames: readonly string[]): string | undefined {
  if (!name || /^[a-z]/.test(name)) return undefined;
  if (!isComponentName(name)) {
    return `unknown component <${name}>; use one of ${mdxComponentNames.map((known) => `<${known}>`).join(", ")} (see CONTRIBUTING.md)`;
  }
  const allowed = Object.keys(mdxComponentSchemas[name].shape);
  const unknown = propNames.filter((prop) => !allowed.includes(prop));
  if (unknown.length === 0) return undefined;
  return `<${name}> has no prop ${unknown.map((prop) => `"${prop}"`).join(", ")}; it takes ${allowed.join(", ") || "no props"} (see CONTRIBUTING.md)`;
}

interface JsxNode {
  name: string | null;
  attributes: readonly { type: string; name?: string }[];
  position?: { start: { line: number } } | undefined;
}

interface PluginContext {
  fileURL: URL | undefined;
}

/** Shown path of the file being compiled: relative to the working directory when inside it. */
function shownPath(fileURL: URL | undefined, cwd: string): string {
  if (!fileURL) return "an MDX file";
  const path = decodeURIComponent(fileURL.pathname);
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

function check(node: JsxNode, context: PluginContext): undefined {
  const props = node.attributes.flatMap((attribute) => (attribute.type === "mdxJsxAttribute" && attribute.name ? [attribute.name] : []));
  const problem = componentProblem(node.name, props);
  if (problem) {
    const cwd = typeof process !== "undefined" ? process.cwd() : "";
    throw new Error(`${shownPath(context.fileURL, cwd)}:${node.position?.start.line ?? 1}: ${problem}`);
  }
  return undefined;
}

export const knownComponentsPlugin = {
  name: "known-components",
  options: { position: true },
  mdxJsxFlowElement: check,
  mdxJsxTextElement: check,
};
