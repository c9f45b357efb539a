/**
 * rehype plugin: puts furigana over each kanji run of Japanese text (`<ruby>` with `<rp>`/`<rt>`).
 * Leaves alone what readers copy or what is not prose: code, keyboard keys, scripts, form fields,
 * existing ruby, URLs, attributes, text in another language, and anything marked `data-furigana-skip`
 * (islands that render their own ruby). The caller chooses which pages are Japanese.
 */
import type { Element, Root, RootContent } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { hasKanji } from "./kana.ts";
import { segmentsToHast } from "./ruby-markup.ts";
import { createFuriganaReader, type FuriganaReader } from "./reader.ts";
import type { RubySegment } from "./ruby-segment.ts";
import type { ReadingRules } from "./rules.ts";

export interface Options {
  /** The editors' reading rules; they win over the analyzer (ignored when `reader` is given). */
  rules?: ReadingRules;
  /** Tag names to leave alone, on top of the built-in list. */
  skip?: readonly string[];
  /** A reader shared across pages (one cache, summed stats); by default one per plugin use. */
  reader?: FuriganaReader;
}

/**
 * Elements whose text is code, raw text, or cannot hold `<ruby>` (title, option), or is already annotated.
 */
export const defaultSkippedElements: readonly string[] = [
  "code", "kbd", "samp", "pre", "script", "style", "textarea", "ruby", "rt", "rp",
  "title", "option", "optgroup", "select", "datalist", "template", "svg", "math", "noscript",
];

const emptyOptions: Options = {};

function isSkipped(element: Element, skipped: ReadonlySet<string>): boolean {
  if (skipped.has(element.tagName) || element.properties["dataFuriganaSkip"] !== undefined) return true;
  const lang = element.properties["lang"];
  return typeof lang === "string" && lang !== "" && !/^ja\b/i.test(lang);
}

export default function rehypeFurigana(options: Options = emptyOptions) {
  const skipped = new Set([...defaultSkippedElements, ...(options.skip ?? [])]);
  const reader = options.reader ?? createFuriganaReader(options.rules ? { rules: options.rules } : {});

  return async function transform(tree: Root): Promise<void> {
    const segmentsByNode = new Map<RootContent, RubySegment[]>();
    const pending: RootContent[] = [];
    visit(tree, (node) => {
      if (node.type === "element" && isSkipped(node, skipped)) return SKIP;
      if (node.type === "text" && hasKanji(node.value)) pending.push(node);
      return undefined;
    });
    for (const node of pending) {
      if (node.type === "text") segmentsByNode.set(node, await reader.segment(node.value));
    }

    visit(tree, "text", (node, index, parent) => {
      const segments = segmentsByNode.get(node);
      if (!segments || !parent || index === undefined) return undefined;
      const replacement = segmentsToHast(segments);
      parent.children.splice(index, 1, ...replacement);
      // Continue after the inserted nodes: the new <ruby> elements are never visited again.
      return [SKIP, index + replacement.length];
    });
  };
}
