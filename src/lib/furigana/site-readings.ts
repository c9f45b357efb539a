/**
 * What a reader sees on a built page with furigana on: every (word, reading) pair in a `<ruby>`, with the
 * sentence around it, and every kanji run left without a reading. Pure hast, so the build check, the
 * report command and the tests read pages the same way.
 */
import type { Element, Root, RootContent } from "hast";
import { isKanjiLike } from "./kana.ts";

export interface PagePair {
  word: string;
  reading: string;
  /** The text of the block the word sits in (readings left out), for messages an editor can act on. */
  sentence: string;
}

export interface UnannotatedRun {
  run: string;
  sentence: string;
}

/**
 * Elements whose text a reader never sees as page text: the tab title, code that runs, styles, inert
 * templates and the readings themselves. The one list for every reader of built pages (the page pass too).
 */
export const invisibleElements: ReadonlySet<string> = new Set(["head", "title", "script", "style", "template", "noscript", "rt", "rp"]);
const blocks = new Set([
  "p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "summary", "label",
  "blockquote", "caption", "button", "a", "option", "legend", "div", "section", "article", "nav", "header", "footer", "main",
]);

/** Visible text of a node, readings left out. */
export function readerText(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element" && invisibleElements.has(node.tagName)) return "";
  return node.children.map((child) => readerText(child)).join("");
}

// One page has thousands of readings in a few hundred blocks: each block's text is made once.
const sentences = new WeakMap<Element, string>();

function sentenceOf(ancestors: readonly Element[]): string {
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const element = ancestors[index];
    if (!element || !blocks.has(element.tagName)) continue;
    let sentence = sentences.get(element);
    if (sentence === undefined) {
      sentence = readerText(element).replace(/\s+/gu, " ").trim().slice(0, 200);
      sentences.set(element, sentence);
    }
    return sentence;
  }
  return "";
}

function kanjiRuns(text: string): string[] {
  const runs: string[] = [];
  let current = "";
  for (const char of text) {
    if (isKanjiLike(char)) current += char;
    else if (current) {
      runs.push(current);
      current = "";
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Pairs and unannotated kanji runs of one page's tree (`hidden` subtrees count: scripts show them). */
export function pageReadings(tree: Root): { pairs: PagePair[]; unannotated: UnannotatedRun[] } {
  const pairs: PagePair[] = [];
  const unannotated: UnannotatedRun[] = [];
  const walk = (node: Root | RootContent, ancestors: Element[]): void => {
    if (node.type === "text") {
      for (const run of kanjiRuns(node.value)) unannotated.push({ run, sentence: sentenceOf(ancestors) });
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      if (invisibleElements.has(node.tagName)) return;
      if (node.tagName === "ruby") {
        const word = node.children.filter((child) => child.type === "text").map((child) => child.value).join("");
        const rt = node.children.find((child): child is Element => child.type === "element" && child.tagName === "rt");
        pairs.push({ word, reading: rt ? readerText({ ...rt, tagName: "span" }) : "", sentence: sentenceOf([...ancestors, node]) });
        return;
      }
    }
    const next = node.type === "element" ? [...ancestors, node] : ancestors;
    for (const child of node.children) walk(child, next);
  };
  walk(tree, []);
  return { pairs, unannotated };
}
