/**
 * Reads what the checks and the agents' index need from one MDX file, with line numbers: the front
 * matter (with the line of every key), the links with their visible text, the anchors it defines, its
 * images and its components. The body is read by Sätteri's MDX parser, the one the build uses
 * (astro.config.mjs), so code, comments and expressions are what the build sees them to be.
 */
import GithubSlugger from "github-slugger";
import { mdxToMdast } from "satteri";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { splitFrontMatter } from "../front-matter.ts";

export interface LinkRef {
  line: number;
  /**
   * The URL as written (for `<TroubleshooterLink>`: the equivalent path with `?step=`; for `<ArticleLink>`:
   * the equivalent relative link, `../<id>/#<section>`).
   */
  href: string;
  /** How it was written, for messages. */
  via: "markdown" | "href" | "TroubleshooterLink" | "ArticleLink";
  /** The words an editor typed as the link's text; `undefined` when the component shows the target's title. */
  text: string | undefined;
  /** Whether the text stands between quotation marks (「…」, “…”, "…") in the sentence around it. */
  quoted: boolean;
}

export interface ImageRef {
  line: number;
  src: string;
  alt: string | undefined;
  via: "markdown" | "Figure";
}

/** A capitalised JSX tag (an editor's component) with its literal string props. */
export interface ComponentRef {
  line: number;
  name: string;
  /** Every prop written, with its value when it is a plain string. */
  props: Record<string, string | undefined>;
  hasChildren: boolean;
}

export interface ParsedArticle {
  /** Front matter as YAML data (`undefined` when there is none). */
  data: Record<string, unknown> | undefined;
  /** Line of a front-matter key, or of an item of a list value (`audiences.1`). */
  lineOf: (path: readonly PropertyKey[]) => number;
  yamlError: { line: number; message: string } | undefined;
  /** Why the body is not valid MDX (then links, anchors, images and components are empty). */
  mdxError: { line: number; message: string } | undefined;
  links: LinkRef[];
  /** Anchor id → the line it is defined on and its visible title (for the agents' index). */
  anchors: Map<string, { line: number; title: string }>;
  images: ImageRef[];
  components: ComponentRef[];
}

const attributePattern = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})/g;

/** The literal string attributes of a JSX tag's attribute text (for examples outside an article, as in CONTRIBUTING.md). */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(attributePattern)) {
    attributes[match[1]!] = match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
  }
  return attributes;
}

/** The parts of an mdast node the reader looks at (Sätteri's trees follow mdast and mdast-util-mdx). */
interface MdNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdNode[];
  value?: unknown;
  url?: string;
  alt?: string | null;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Quotation marks that open and close a quoted title in the languages of the site. */
const quotePairs: Record<string, string> = { "「": "」", "『": "』", "“": "”", '"': '"', "«": "»" };

/** The visible text of a node, as a heading's id or a link's name is made from it. */
function textOf(node: MdNode): string {
  if (node.type === "text" || node.type === "inlineCode") return String(node.value ?? "");
  return (node.children ?? []).map(textOf).join("");
}

function literalProps(node: MdNode): Record<string, string | undefined> {
  const props: Record<string, string | undefined> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name) props[attribute.name] = typeof attribute.value === "string" ? attribute.value : undefined;
  }
  return props;
}

/** Whether the siblings around `index` put the node between a pair of quotation marks. */
function isQuoted(siblings: readonly MdNode[], index: number): boolean {
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  if (before?.type !== "text" || after?.type !== "text") return false;
  const open = String(before.value).trimEnd().slice(-1);
  const close = quotePairs[open];
  return close !== undefined && String(after.value).trimStart().startsWith(close);
}

export function parseArticle(source: string): ParsedArticle {
  const frontMatter = splitFrontMatter(source);
  const yamlText = frontMatter.yaml ?? "";
  // The YAML starts on line 2 (line 1 is the opening ---).
  const yamlFirstLine = 2;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const firstError = document.errors[0];
  const yamlError = firstError
    ? { line: yamlFirstLine - 1 + (firstError.linePos?.[0].line ?? 1), message: firstError.message.split("\n")[0]! }
    : undefined;
  const raw: unknown = frontMatter.yaml !== null && !yamlError ? document.toJS() : undefined;
  const data = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = document.contents;
    let line = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineCounter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return yamlFirstLine - 1 + line;
  };

  const links: LinkRef[] = [];
  const images: ImageRef[] = [];
  const components: ComponentRef[] = [];
  const anchors = new Map<string, { line: number; title: string }>();
  // Heading ids as Astro's Markdown pipeline makes them (GitHub-style slugs, de-duplicated per page).
  const slugger = new GithubSlugger();

  // The body keeps its lines: the front matter is blanked, not cut, so positions are lines of the file.
  const body = source.slice(0, source.length - frontMatter.body.length).replace(/[^\n]/g, " ") + frontMatter.body;
  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { position: true }) as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+: /.exec(message);
    return { data, lineOf, yamlError, mdxError: { line: at ? Number(at[1]) : 1, message: at ? message.slice(at[0].length) : message }, links, anchors, images, components };
  }

  const visit = (node: MdNode, siblings: readonly MdNode[], index: number) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "link" && node.url !== undefined) {
      links.push({ line, href: node.url, via: "markdown", text: textOf(node), quoted: isQuoted(siblings, index) });
    } else if (node.type === "image" && node.url !== undefined) {
      images.push({ line, src: node.url, alt: node.alt ?? "", via: "markdown" });
    } else if (node.type === "heading") {
      const title = textOf(node);
      anchors.set(slugger.slug(title), { line, title });
    } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const name = node.name;
      const props = literalProps(node);
      const hasChildren = (node.children ?? []).length > 0;
      if (/^[A-Z]/.test(name)) components.push({ line, name, props, hasChildren });
      // <ArticleLink id> names the article it links to; every other tag's id is an anchor on this page.
      if (props["id"] && name !== "ArticleLink") {
        const title = [name === "Step" ? props["number"] : undefined, props["title"]].filter(Boolean).join(" ");
        anchors.set(props["id"], { line, title });
      }
      const text = hasChildren ? textOf(node) : undefined;
      const quoted = isQuoted(siblings, index);
      if (props["href"] !== undefined) links.push({ line, href: props["href"], via: "href", text, quoted });
      if (name === "TroubleshooterLink") {
        const step = props["step"];
        links.push({ line, href: `/troubleshooters/${props["slug"] ?? ""}/${step ? `?step=${step}` : ""}`, via: "TroubleshooterLink", text, quoted });
      }
      if (name === "ArticleLink") {
        const section = props["section"];
        links.push({ line, href: `../${props["id"] ?? ""}/${section ? `#${section}` : ""}`, via: "ArticleLink", text: undefined, quoted });
      }
      if (name === "Figure" || name === "img") images.push({ line, src: props["src"] ?? "", alt: props["alt"], via: "Figure" });
    }
    (node.children ?? []).forEach((child, childIndex, all) => visit(child, all, childIndex));
  };
  visit(tree, [], 0);

  return { data, lineOf, yamlError, mdxError: undefined, links, anchors, images, components };
}
