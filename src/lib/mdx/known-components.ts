/**
 * Build-time guard for the articles' MDX: every capitalised tag must be one of the editors'
 * components (src/components/content/) and every prop one it takes. Without it MDX only fails at
 * render time with "Expected component `X` to be defined", naming neither the file nor the line.
 * `knownComponentsPlugin` is an mdast plugin for Astro's Markdown processor (Sätteri).
 */
import { z } from "zod";
import { mdxComponentNames, mdxComponentSchemas, type MdxComponentName } from "../schemas/mdx-components.ts";

/** Components whose text is their target's title, so an editor writes no text inside them. */
const titledComponents: ReadonlySet<MdxComponentName> = new Set(["ArticleLink"]);

function isComponentName(name: string): name is MdxComponentName {
  return (mdxComponentNames as string[]).includes(name);
}

/**
 * What is wrong with one JSX tag, or undefined. Lower-case names are HTML; fragments have no name.
 * `literalProps` are the props written as plain strings (name="…"); a prop that takes one of a list
 * of values (a config value, a screen text, a policy) is checked here, so the error has the line.
 * `hasChildren`: the tag holds text or tags (an <ArticleLink> may not: its text is the target's title).
 */
export function componentProblem(
  name: string | null,
  propNames: readonly string[],
  literalProps: Readonly<Record<string, string>> = {},
  hasChildren = false,
): string | undefined {
  if (!name || /^[a-z]/.test(name)) return undefined;
  if (!isComponentName(name)) {
    return `unknown component <${name}>; use one of ${mdxComponentNames.map((known) => `<${known}>`).join(", ")} (see CONTRIBUTING.md)`;
  }
  const allowed = Object.keys(mdxComponentSchemas[name].shape);
  const unknown = propNames.filter((prop) => !allowed.includes(prop));
  if (unknown.length > 0) return `<${name}> has no prop ${unknown.map((prop) => `"${prop}"`).join(", ")}; it takes ${allowed.join(", ") || "no props"} (see CONTRIBUTING.md)`;
  if (hasChildren && titledComponents.has(name)) return `<${name}> shows the title of the page it links to; write it without text inside, as <${name} … />`;
  const shape = mdxComponentSchemas[name].shape as Record<string, z.ZodType>;
  for (const [prop, value] of Object.entries(literalProps)) {
    const schema = shape[prop];
    if (!(schema instanceof z.ZodEnum)) continue;
    const result = schema.safeParse(value);
    if (!result.success) return `<${name} ${prop}="${value}">: ${result.error.issues[0]?.message ?? "not an allowed value"}`;
  }
  return undefined;
}

interface JsxNode {
  name: string | null;
  children?: readonly unknown[];
  attributes: readonly { type: string; name?: string; value?: unknown }[];
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
  const literals = Object.fromEntries(
    node.attributes.flatMap((attribute) => (attribute.type === "mdxJsxAttribute" && attribute.name && typeof attribute.value === "string" ? [[attribute.name, attribute.value]] : [])),
  );
  const problem = componentProblem(node.name, props, literals, (node.children?.length ?? 0) > 0);
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
