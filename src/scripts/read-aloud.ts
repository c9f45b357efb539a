/**
 * The read-aloud bar (`ReadAloud.astro`): reads the page's main text with the browser's own speech
 * synthesis, one sentence at a time, and highlights the sentence being read. A word with ruby is
 * spoken by its `<rt>` reading, which the build wrote from the reviewed ledger and rules, so names and
 * terms sound as the furigana say. The bar stays hidden when the browser has no voice for the page's
 * language. Nothing is fetched from elsewhere: the sentence walker is a module of this site, loaded
 * when the reader first presses the button.
 */
import { voiceFor } from "../lib/speech-voice.ts";
import type { PlacedSentence } from "./page-sentences.ts";

const highlightName = "read-aloud";

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
    this.querySelector("[data-read-aloud-main]")?.addEventListener("click", () => void this.#toggle());
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

  async #toggle(): Promise<void> {
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
      const run = (this.#run += 1);
      speechSynthesis.cancel();
      this.#setState("speaking");
      const { sentencesIn } = await import("./page-sentences.ts");
      this.#speak(sentencesIn(main), 0, run);
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
