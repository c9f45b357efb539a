/**
 * Reads what the checks need from one MDX file, keeping line numbers: the front matter (with the
 * line of every key), the links, the anchors it defines and its images. A line-oriented scan is
 * enough here because editors only use the documented components and plain Markdown; code blocks
 * and MDX comments are blanked first so examples inside them are not checked.
 */
import GithubSlugger from "github-slugger";
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
}

export interface ImageRef {
  line: number;
  src: string;
  alt: string | undefined;
  via: "markdown" | "Figure";
}

export interface ParsedArticle {
  /** Front matter as YAML data (`undefined` when there is none). */
  data: Record<string, unknown> | undefined;
  /** Line of a front-matter key, or of an item of a list value (`audiences.1`). */
  lineOf: (path: readonly PropertyKey[]) => number;
  yamlError: { line: number; message: string } | undefined;
  links: LinkRef[];
  /** Anchor id → the line it is defined on and its visible title (for the agents' index). */
  anchors: Map<string, { line: number; title: string }>;
  images: ImageRef[];
}

const attributePattern = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})/g;

/** The literal string attributes of a JSX tag's attribute text. */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(attributePattern)) {
    attributes[match[1]!] = match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
  }
  return attributes;
}

/** Replaces every character except newlines, so offsets and line numbers stay the same. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function withoutCodeAndComments(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
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

  const bodyStart = source.length - frontMatter.body.length;
  const body = blank(source.slice(0, bodyStart)) + withoutCodeAndComments(source.slice(bodyStart));
  const lineStarts = [0];
  for (let index = 0; index < body.length; index++) if (body[index] === "\n") lineStarts.push(index + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };

  const links: LinkRef[] = [];
  const images: ImageRef[] = [];
  const anchors = new Map<string, { line: number; title: string }>();

  for (const match of body.matchAll(/(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const line = lineAt(match.index);
    if (match[1] === "!") images.push({ line, src: match[3]!, alt: match[2]!, via: "markdown" });
    else links.push({ line, href: match[3]!, via: "markdown" });
  }

  for (const match of body.matchAll(/<([A-Za-z][\w.]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g)) {
    const name = match[1]!;
    const attributes = parseAttributes(match[2]!);
    const line = lineAt(match.index);
    // <ArticleLink id> names the article it links to; every other tag's id is an anchor on this page.
    if (attributes["id"] && name !== "ArticleLink") {
      const title = [name === "Step" ? attributes["number"] : undefined, attributes["title"]].filter(Boolean).join(" ");
      anchors.set(attributes["id"], { line, title });
    }
    if (attributes["href"] !== undefined) links.push({ line, href: attributes["href"], via: "href" });
    if (name === "TroubleshooterLink") {
      const slug = attributes["slug"] ?? "";
      const step = attributes["step"];
      links.push({ line, href: `/troubleshooters/${slug}/${step ? `?step=${step}` : ""}`, via: "TroubleshooterLink" });
    }
    if (name === "ArticleLink") {
      const section = attributes["section"];
      links.push({ line, href: `../${attributes["id"] ?? ""}/${section ? `#${section}` : ""}`, via: "ArticleLink" });
    }
    if (name === "Figure" || name === "img") {
      images.push({ line, src: attributes["src"] ?? "", alt: attributes["alt"], via: "Figure" });
    }
  }

  // Heading ids as Astro's Markdown pipeline makes them (GitHub-style slugs, de-duplicated per page).
  const slugger = new GithubSlugger();
  for (const match of body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const title = match[1]!.replace(/[*_`]/g, "");
    anchors.set(slugger.slug(title), { line: lineAt(match.index), title });
  }

  return { data, lineOf, yamlError, links, anchors, images };
}
