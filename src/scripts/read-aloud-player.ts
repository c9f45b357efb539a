/**
 * Reading aloud, for the read-aloud bar (`read-aloud.ts`, which loads this module when the reader first
 * presses a button): speaks the page's main text with the browser's own speech synthesis, one sentence
 * at a time, and highlights the sentence being read. A word with ruby is spoken by its `<rt>` reading,
 * which the build wrote from the reviewed ledger and rules, so names and terms sound as the furigana say.
 */
import { sentencesIn, type PlacedSentence } from "./page-sentences.ts";

const highlightName = "read-aloud";

export class ReadAloudPlayer {
  readonly #bar: HTMLElement;
  readonly #voice: SpeechSynthesisVoice;
  /** Bumped by every start and stop, so the end of a sentence from an earlier reading starts nothing. */
  #run = 0;
  #marked: Element | null = null;

  constructor(bar: HTMLElement, voice: SpeechSynthesisVoice) {
    this.#bar = bar;
    this.#voice = voice;
  }

  #setState(state: "idle" | "speaking" | "paused"): void {
    this.#bar.dataset["state"] = state;
    for (const label of this.#bar.querySelectorAll<HTMLElement>("[data-label]")) label.hidden = label.dataset["label"] !== state;
    const stop = this.#bar.querySelector<HTMLButtonElement>("[data-read-aloud-stop]");
    if (stop) stop.disabled = state === "idle";
  }

  /** The main button: start, pause or resume. */
  toggle(): void {
    const state = this.#bar.dataset["state"] ?? "idle";
    if (state === "speaking") {
      speechSynthesis.pause();
      this.#setState("paused");
    } else if (state === "paused") {
      speechSynthesis.resume();
      this.#setState("speaking");
    } else {
      const main = document.querySelector("main");
      if (!main) return;
      this.#run += 1;
      speechSynthesis.cancel();
      this.#setState("speaking");
      this.#speak(sentencesIn(main), 0, this.#run);
    }
  }

  #speak(sentences: PlacedSentence[], index: number, run: number): void {
    if (run !== this.#run) return;
    const sentence = sentences[index];
    if (!sentence) {
      this.stop();
      return;
    }
    this.#highlight(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.spoken);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.addEventListener("end", () => this.#speak(sentences, index + 1, run));
    utterance.addEventListener("error", () => {
      if (run === this.#run) this.stop();
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

  /** Stop: ends the reading and its highlight. */
  stop(): void {
    this.#run += 1;
    if (this.#bar.dataset["state"] !== undefined && this.#bar.dataset["state"] !== "idle") speechSynthesis.cancel();
    if ("highlights" in CSS) CSS.highlights.delete(highlightName);
    this.#marked?.removeAttribute("data-read-aloud-current");
    this.#marked = null;
    this.#setState("idle");
  }
}

