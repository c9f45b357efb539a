// "Show this in Japanese" (ShowInJapanese.astro). Without JavaScript the element holds a plain link to the
// Japanese page. This script swaps it for a disclosure button; the panel's code and the QR encoder load
// only when a reader opens it, because article pages have a JavaScript budget.
class HelperView extends HTMLElement {
  #close: (() => void) | null = null;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>("[data-helper-link]");
    const toggle = this.querySelector<HTMLButtonElement>(".helper-view__toggle");
    const panel = this.querySelector<HTMLElement>(".helper-view__panel");
    if (!link || !toggle || !panel) return;
    toggle.addEventListener("click", () => void this.#toggle(toggle, panel));
    link.hidden = true;
    toggle.hidden = false;
  }

  disconnectedCallback(): void {
    this.#close?.();
  }

  async #toggle(toggle: HTMLButtonElement, panel: HTMLElement): Promise<void> {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    this.toggleAttribute("data-open", open);
    this.#close?.();
    this.#close = null;
    if (!open) return;
    const { followReader } = await import("./helper-view-panel.ts");
    // Closed again while the panel's code was loading: nothing to follow.
    if (toggle.getAttribute("aria-expanded") === "true" && !this.#close) this.#close = followReader(this);
  }
}

customElements.define("helper-view", HelperView);
