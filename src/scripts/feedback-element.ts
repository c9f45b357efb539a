// <hc-feedback data-page data-locale>: "Did this answer your question?" (FeedbackQuestion.astro).
// Without JavaScript the buttons stay hidden and the next steps stay visible, so nobody meets a dead
// end; with it, "No" reveals the next steps and moves focus to them. Each page votes once.
// After "No", where the build sets an endpoint, the reader may say why (one reason, an optional comment that is
// stripped of e-mail addresses and phone numbers before it is sent).
import { isFeedbackReason, redactComment } from "../lib/feedback.ts";
import { isLocale } from "../lib/i18n/locales.ts";
import { followContactLinks, sendFromPage } from "./feedback.ts";

class FeedbackQuestion extends HTMLElement {
  /** A copy of a thank-you line the page carries, with the readings the build gave it. */
  #thanks(kind: "vote" | "reason"): Node[] {
    const line = this.querySelector(`[data-feedback-thanks="${kind}"]`);
    return line ? [...line.cloneNode(true).childNodes] : [];
  }

  connectedCallback(): void {
    const answers = this.querySelector<HTMLElement>("[data-feedback-answers]");
    const next = this.querySelector<HTMLElement>("[data-feedback-next]");
    const status = this.querySelector<HTMLElement>("[data-feedback-status]");
    const reasons = this.querySelector<HTMLFormElement>("form[data-feedback-reasons]");
    const page = this.dataset["page"] ?? "";
    const locale = this.dataset["locale"];
    if (!answers || !next || !status || !isLocale(locale)) return;
    answers.hidden = false;
    next.hidden = true;
    if (reasons) {
      reasons.hidden = true;
      const comment = reasons.querySelector<HTMLElement>("[data-feedback-comment]");
      if (comment) comment.hidden = false;
      reasons.addEventListener("submit", (event) => {
        event.preventDefault();
        const data = new FormData(reasons);
        const reason = data.get("reason");
        if (!isFeedbackReason(reason)) return;
        const typed = reasons.querySelector<HTMLTextAreaElement>("[data-comment]")?.value ?? "";
        sendFromPage({ kind: "reason", page, locale, reason, comment: redactComment(typed) });
        const thanks = document.createElement("p");
        thanks.setAttribute("role", "status");
        thanks.append(...this.#thanks("reason"));
        reasons.replaceWith(thanks);
      });
    }
    let voted = false;
    answers.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-answer]");
      const answer = button?.dataset["answer"];
      if (!button || (answer !== "yes" && answer !== "no")) return;
      // Buttons stay enabled (focus must not vanish); only the first answer is sent.
      if (!voted) sendFromPage({ kind: "vote", page, locale, answer });
      voted = true;
      for (const choice of answers.querySelectorAll("button")) choice.setAttribute("aria-pressed", String(choice === button));
      status.replaceChildren(...this.#thanks("vote"));
      if (answer === "no") {
        next.hidden = false;
        if (reasons) reasons.hidden = false;
        next.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
      }
    });
  }
}

if (!customElements.get("hc-feedback")) {
  customElements.define("hc-feedback", FeedbackQuestion);
  const locale = document.documentElement.dataset["locale"];
  if (isLocale(locale)) followContactLinks(locale);
}
