import { expect, it } from "vitest";
import type { FeedbackPayload } from "../../../src/lib/feedback.ts";
import { stepReport } from "../../../src/lib/step-report.ts";

const visit = (events: Extract<FeedbackPayload, { kind: "steps" }>["events"]): FeedbackPayload => ({ kind: "steps", troubleshooter: "sns", locale: "en", events });

it("counts per step how often it was reached, answered and left unanswered", () => {
  const report = stepReport([
    visit([{ type: "start", step: "a" }, { type: "answer", step: "a", answer: "x", next: "b" }, { type: "answer", step: "b", answer: "no", next: "fix" }, { type: "outcome", step: "fix" }]),
    visit([{ type: "answer", step: "fix", answer: "no", next: "handoff" }, { type: "solved", step: "fix", answer: "no" }, { type: "outcome", step: "handoff" }]),
    visit([{ type: "start", step: "a" }, { type: "answer", step: "a", answer: "x", next: "b" }]),
    visit([{ type: "start", step: "a" }, { type: "restart", step: "a" }]),
    { kind: "vote", page: "article:x", locale: "en", answer: "no" },
  ]);
  expect(report).toEqual([
    {
      troubleshooter: "sns",
      started: 3,
      restarted: 1,
      solved: { yes: 0, no: 1 },
      steps: [
        { step: "a", reached: 3, answered: 2, gaveUp: 1, outcome: false },
        { step: "b", reached: 2, answered: 1, gaveUp: 1, outcome: false },
        { step: "fix", reached: 1, answered: 1, gaveUp: 0, outcome: true },
        { step: "handoff", reached: 1, answered: 0, gaveUp: 0, outcome: true },
      ],
    },
  ]);
});
