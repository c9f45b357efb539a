// <hc-feedback data-page data-locale>: "Did this answer your question?" (FeedbackQuestion.astro).
// Without JavaScript the buttons stay hidden and the next steps stay visible, so nobody meets a dead
// end; with it, "No" reveals the next steps and moves focus to them. Each page votes once.
import { sendFromPage } from "./feedback.ts";

class FeedbackQuestion extends HTMLElement {
  connectedCallback(): void {
    const answers = this.querySelector<HTMLElement>("[data-feedback-answers]");
    const next = this.querySelector<HTMLElement>("[data-feedback-next]");
    const status = this.querySelector<HTMLElement>("[data-feedback-status]");
    if (!answers || !next || !status) return;
    answers.hidden = false;
    next.hidden = true;
    let voted = false;
    answers.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-answer]");
      const answer = button?.dataset["answer"];
      if (!button || (answer !== "yes" && answer !== "no")) return;
      // Buttons stay enabled (focus must not vanish); only the first answer is sent.
      if (!voted) sendFromPage({ kind: "vote", page: this.dataset["page"] ?? "", locale: this.dataset["locale"] ?? "", answer });
      voted = true;
      for (const choice of answers.querySelectorAll("button")) choice.setAttribute("aria-pressed", String(choice === button));
      status.textContent = status.dataset["thanks"] ?? "";
      if (answer === "no") {
        next.hidden = false;
        next.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
      }
    });
  }
}

if (!customElements.get("hc-feedback")) customElements.define("hc-feedback", FeedbackQuestion);
