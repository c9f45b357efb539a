import { describe, expect, it } from "vitest";
import { answerKeyForEvent, answerLabel, checkerPolicy, fixToAskAbout, givenAnswers, isOutcome, stepEventsFor, stepQuery } from "../../../src/troubleshooters/view.ts";
import { compileFixture, realTroubleshooter } from "./helpers.ts";

const words = { yes: "Yes", no: "No", fixYes: "Solved", fixNo: "Still broken" };

describe("answerLabel", () => {
  it("uses the step's own words, then the generic yes/no, fix words on a fix, and a typed value as typed", () => {
    expect(answerLabel({ type: "question", input: null }, "email", { email: "By e-mail" }, words)).toBe("By e-mail");
    expect(answerLabel({ type: "question", input: null }, "no", {}, words)).toBe("No");
    expect(answerLabel({ type: "fix", input: null }, "yes", { yes: "ignored" }, words)).toBe("Solved");
    expect(answerLabel({ type: "check", input: "datetime" }, "2026-12-01T10:00", {}, words)).toBe("2026-12-01T10:00");
  });
});

it("checkerPolicy maps a checker step to its password policy", () => {
  expect(checkerPolicy("password-app")).toBe("app");
  expect(checkerPolicy("password-web")).toBe("web");
});

it("isOutcome is true for fixes, hand-offs and results only", () => {
  expect(["question", "check", "fix", "handoff", "result"].map((type) => isOutcome({ type: type as never }))).toEqual([false, false, true, true, true]);
});

describe("your answers", () => {
  const { flow } = realTroubleshooter("sns-already-registered");

  it("lists the answered questions in order, each with a link back to that question keeping every answer", () => {
    const answers = { "first-signup": "email", "ever-linked-sns": "no" };
    expect(givenAnswers(flow, ["first-signup", "ever-linked-sns"], answers)).toEqual([
      { stepId: "first-signup", value: "email", changeQuery: "step=first-signup&first-signup=email&ever-linked-sns=no" },
      { stepId: "ever-linked-sns", value: "no", changeQuery: "step=ever-linked-sns&first-signup=email&ever-linked-sns=no" },
    ]);
  });
});

it("answerKeyForEvent reports an input check by the route its value took, never the value", () => {
  const { flow } = realTroubleshooter("login-after-reset");
  const linkSentAt = flow.steps.find((step) => step.id === "link-sent-at")!;
  expect(answerKeyForEvent(linkSentAt, "2026-12-01T10:00", "spaces-or-capitals")).toBe("isResetLinkStillValid");
  const spaces = flow.steps.find((step) => step.id === "spaces-or-capitals")!;
  expect(answerKeyForEvent(spaces, "no", "password-length")).toBe("no");
});

describe("stepEventsFor", () => {
  const { flow } = compileFixture("every-step-type");
  const stepOf = (id: string) => flow.steps.find((step) => step.id === id)!;

  it("reports an answer, and a fix's answer as solved or not, sending at once when an outcome is reached", () => {
    expect(stepEventsFor(flow, stepOf("password-ok"), { type: "answer.yes" }, "which-device")).toEqual({
      events: [{ type: "answer", step: "password-ok", answer: "yes", next: "which-device" }],
      flushNow: false,
    });
    expect(stepEventsFor(flow, stepOf("new-link-fix"), { type: "answer.yes" }, "done-result")).toEqual({
      events: [
        { type: "answer", step: "new-link-fix", answer: "yes", next: "done-result" },
        { type: "solved", step: "new-link-fix", answer: "yes" },
        { type: "outcome", step: "done-result" },
      ],
      flushNow: true,
    });
  });

  it("reports Start over, and nothing for Back", () => {
    expect(stepEventsFor(flow, stepOf("which-device"), { type: "flow.restart" }, "when-sent").events).toEqual([{ type: "restart", step: "which-device" }]);
    expect(stepEventsFor(flow, stepOf("which-device"), { type: "step.back" }, "password-ok").events).toEqual([]);
  });
});

it("fixToAskAbout names a fix the reader said did not work, and nothing else", () => {
  const { flow } = compileFixture("every-step-type");
  const fix = flow.steps.find((step) => step.id === "new-link-fix")!;
  expect(fixToAskAbout(fix, { type: "answer.no" })).toBe("new-link-fix");
  expect(fixToAskAbout(fix, { type: "answer.yes" })).toBeNull();
  expect(fixToAskAbout(flow.steps.find((step) => step.id === "password-ok")!, { type: "answer.no" })).toBeNull();
});

it("stepQuery writes the step and its answers in the flow's order", () => {
  const { flow } = compileFixture("every-step-type");
  expect(stepQuery(flow, { value: "which-device", context: { answers: { "password-ok": "yes", "when-sent": "2026-12-01T10:00" } } })).toBe(
    "step=which-device&when-sent=2026-12-01T10%3A00&password-ok=yes",
  );
});
