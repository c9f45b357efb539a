/**
 * The read-aloud bar (`ReadAloud.astro`): reads the page's main text with the browser's own speech
 * synthesis, one sentence at a time, and highlights the sentence being read. A word with ruby is
 * spoken by its `<rt>` reading, which the build wrote from the reviewed ledger and rules, so names and
 * terms sound as the furigana say. The bar stays hidden when the browser has no voice for the page's
 * language. Nothing is fetched.
 */
import { sentencesOf, voiceFor, type Sentence, type TextPiece } from "../lib/read-aloud.ts";

/** Elements that end one block of text and start another. */
const blockTags = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "LEGEND", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL"]);
/** Text a listener should not hear: controls, code that runs, hidden text, text for screen readers only. */
const silent = "script, style, noscript, template, svg, button, input, select, textarea, rt, rp, [hidden], [aria-hidden='true'], .visually-hidden, [data-read-aloud-skip]";
const highlightName = "read-aloud";

interface PlacedSentence extends Sentence {
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

function sentencesIn(root: Element): PlacedSentence[] {
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

class ReadAloud extends HTMLElement {
  #run = 0;
  #voice: SpeechSynthesisVoice | null = null;
  #marked: Element | null = null;

  connectedCallback(): void {
    if (!("speechSynthesis" in window)) return;
    const offer = (): void => {
      this.#voice = voiceFor(speechSynthesis.getVoices(), this.dataset["lang"] ?? document.documentElement.lang);
      this.hidden = this.#voice === null;
    };
    offer();
    speechSynthesis.addEventListener("voiceschanged", offer);
    this.querySelector("[data-read-aloud-main]")?.addEventListener("click", () => this.#toggle());
    this.querySelector("[data-read-aloud-stop]")?.addEventListener("click", () => this.#stop());
    // Leaving the page must not leave the voice talking.
    window.addEventListener("pagehide", () => this.#stop());
  }

  #setState(state: "idle" | "speaking" | "paused"): void {
    this.dataset["state"] = state;
    for (const label of this.querySelectorAll<HTMLElement>("[data-label]")) label.hidden = label.dataset["label"] !== state;
    const stop = this.querySelector<HTMLButtonElement>("[data-read-aloud-stop]");
    if (stop) stop.disabled = state === "idle";
  }

  #toggle(): void {
    const state = this.dataset["state"] ?? "idle";
    if (state === "speaking") {
      speechSynthesis.pause();
      this.#setState("paused");
    } else if (state === "paused") {
      speechSynthesis.resume();
      this.#setState("speaking");
    } else {
      const main = document.querySelector("main");
      if (!main || !this.#voice) return;
      this.#run += 1;
      speechSynthesis.cancel();
      this.#setState("speaking");
      this.#speak(sentencesIn(main), 0, this.#run);
    }
  }

  #speak(sentences: PlacedSentence[], index: number, run: number): void {
    if (run !== this.#run) return;
    const sentence = sentences[index];
    if (!sentence || !this.#voice) {
      this.#stop();
      return;
    }
    this.#highlight(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.spoken);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.addEventListener("end", () => this.#speak(sentences, index + 1, run));
    utterance.addEventListener("error", () => {
      if (run === this.#run) this.#stop();
    });
    speechSynthesis.speak(utterance);
  }

  #highlight(sentence: PlacedSentence): void {
    this.#marked?.removeAttribute("data-read-aloud-current");
    // Browsers without the Custom Highlight API mark the whole block instead.
    if ("highlights" in CSS) CSS.highlights.set(highlightName, new Highlight(sentence.range));
    else sentence.block.setAttribute("data-read-aloud-current", "");
    this.#marked = sentence.block;
    const box = sentence.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) sentence.block.scrollIntoView({ block: "center" });
  }

  #stop(): void {
    this.#run += 1;
    if (this.dataset["state"] !== undefined && this.dataset["state"] !== "idle") speechSynthesis.cancel();
    if ("highlights" in CSS) CSS.highlights.delete(highlightName);
    this.#marked?.removeAttribute("data-read-aloud-current");
    this.#marked = null;
    this.#setState("idle");
  }
}

customElements.define("read-aloud", ReadAloud);
