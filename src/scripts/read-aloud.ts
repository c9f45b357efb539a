/**
 * The read-aloud bar (`ReadAloud.astro`): shown only when the browser has a voice for the page's
 * language. The reading itself (`read-aloud-player.ts`) is a module of this site loaded when the reader
 * first presses a button, so pages carry only this much until then; nothing comes from elsewhere.
 */
import { voiceFor } from "../lib/speech-voice.ts";
import type { ReadAloudPlayer } from "./read-aloud-player.ts";

class ReadAloud extends HTMLElement {
  #voice: SpeechSynthesisVoice | null = null;
  #player: Promise<ReadAloudPlayer> | null = null;

  connectedCallback(): void {
    if (!("speechSynthesis" in window)) return;
    const offer = (): void => {
      this.#voice = voiceFor(speechSynthesis.getVoices(), this.dataset["lang"] ?? document.documentElement.lang);
      this.hidden = this.#voice === null;
    };
    offer();
    speechSynthesis.addEventListener("voiceschanged", offer);
    this.querySelector("[data-read-aloud-main]")?.addEventListener("click", () => void this.#use((player) => player.toggle()));
    this.querySelector("[data-read-aloud-stop]")?.addEventListener("click", () => void this.#use((player) => player.stop()));
    // Leaving the page must not leave the voice talking.
    window.addEventListener("pagehide", () => void this.#player?.then((player) => player.stop()));
  }

  async #use(action: (player: ReadAloudPlayer) => void): Promise<void> {
    const voice = this.#voice;
    if (!voice) return;
    this.#player ??= import("./read-aloud-player.ts").then(({ ReadAloudPlayer }) => new ReadAloudPlayer(this, voice));
    action(await this.#player);
  }
}

customElements.define("read-aloud", ReadAloud);
