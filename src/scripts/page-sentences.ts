/**
 * The sentences of a page's text for read-aloud (`read-aloud-player.ts`): walks the DOM into blocks of text
 * pieces (a text node, or a whole <ruby> spoken by its <rt>), cuts them with `src/lib/read-aloud.ts`
 * and gives each sentence the range to highlight. Loaded only when reading starts.
 */
import { sentencesOf, type Sentence, type TextPiece } from "../lib/read-aloud.ts";

/** Elements that end one block of text and start another. */
const blockTags = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "LEGEND", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL"]);
/** Text a listener should not hear: controls, code that runs, hidden text, text for screen readers only. */
const silent = "script, style, noscript, template, svg, button, input, select, textarea, rt, rp, [hidden], [aria-hidden='true'], .visually-hidden, [data-read-aloud-skip]";

export interface PlacedSentence extends Sentence {
  range: Range;
  block: Element;
}

/** One block's pieces and the DOM node each stands for (a text node, or a `<ruby>` as a whole). */
interface Block {
  element: Element;
  pieces: TextPiece[];
  nodes: Node[];
}

function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const visit = (node: Node, block: Element): void => {
    if (node instanceof Text) {
      if (node.data === "") return;
      current ??= { element: block, pieces: [], nodes: [] };
      current.pieces.push({ shown: node.data, spoken: node.data, breakable: true });
      current.nodes.push(node);
      return;
    }
    if (!(node instanceof Element) || node.matches(silent) || node.checkVisibility?.() === false) return;
    if (node.tagName === "RUBY") {
      const shown = [...node.childNodes].filter((child): child is Text => child instanceof Text).map((child) => child.data).join("");
      const reading = node.querySelector("rt")?.textContent ?? shown;
      current ??= { element: block, pieces: [], nodes: [] };
      current.pieces.push({ shown, spoken: reading, breakable: false });
      current.nodes.push(node);
      return;
    }
    const isBlock = blockTags.has(node.tagName);
    if (isBlock && current) blocks.push(current);
    if (isBlock) current = null;
    for (const child of node.childNodes) visit(child, isBlock ? node : block);
    if (isBlock && current) blocks.push(current);
    if (isBlock) current = null;
  };
  visit(root, root);
  return blocks;
}

/** The sentences of the text under `root` that a reader sees, in order, each with its range and block. */
export function sentencesIn(root: Element): PlacedSentence[] {
  return blocksOf(root).flatMap((block) =>
    sentencesOf(block.pieces).map((sentence) => {
      const range = document.createRange();
      const start = block.nodes[sentence.start.piece]!;
      const end = block.nodes[sentence.end.piece]!;
      if (start instanceof Text) range.setStart(start, sentence.start.offset);
      else range.setStartBefore(start);
      if (end instanceof Text) range.setEnd(end, sentence.end.offset);
      else range.setEndAfter(end);
      return { ...sentence, range, block: block.element };
    }),
  );
}
