import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { restoreActor } from "../../../src/troubleshooters/replay.ts";
import { answerKeyForEvent, answerLabel, answersStillApplying, checkerPolicy, givenAnswers, isOutcome } from "../../../src/troubleshooters/view.ts";
import { realTroubleshooter } from "./helpers.ts";

const words = { yes: "Yes", no: "No", fixYes: "Solved", fixNo: "Still broken" };
const rules = { resetLinkLifetimeHours: 24 };

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
  const machine = createTroubleshooterMachine(flow.config);

  it("lists the answered questions in order, each with a link back to that question keeping every answer", () => {
    const answers = { "first-signup": "email", "ever-linked-sns": "no" };
    expect(givenAnswers(flow, ["first-signup", "ever-linked-sns"], answers)).toEqual([
      { stepId: "first-signup", value: "email", changeQuery: "step=first-signup&first-signup=email&ever-linked-sns=no" },
      { stepId: "ever-linked-sns", value: "no", changeQuery: "step=ever-linked-sns&first-signup=email&ever-linked-sns=no" },
    ]);
  });

  it("keeps a later answer while the changed path still passes its step", () => {
    const actor = restoreActor(machine, flow, { step: "first-signup", answers: { "first-signup": "email", "ever-linked-sns": "no" } }, { rules })!;
    actor.send({ type: "answer.choose", value: "not-sure" });
    expect(answersStillApplying(machine, flow, actor.getSnapshot())).toEqual({ "first-signup": "not-sure", "ever-linked-sns": "no" });
  });

  it("drops a later answer whose step the changed path no longer reaches", () => {
    const actor = restoreActor(machine, flow, { step: "first-signup", answers: { "first-signup": "email", "ever-linked-sns": "no" } }, { rules })!;
    actor.send({ type: "answer.choose", value: "sns" });
    expect(answersStillApplying(machine, flow, actor.getSnapshot())).toEqual({ "first-signup": "sns" });
  });

  it("keeps nothing extra on a fresh path", () => {
    const actor = createActor(machine, { input: { rules } }).start();
    expect(answersStillApplying(machine, flow, actor.getSnapshot())).toEqual({});
  });
});

it("answerKeyForEvent reports an input check by the route its value took, never the value", () => {
  const { flow } = realTroubleshooter("login-after-reset");
  const linkSentAt = flow.steps.find((step) => step.id === "link-sent-at")!;
  expect(answerKeyForEvent(linkSentAt, "2026-12-01T10:00", "spaces-or-capitals")).toBe("isResetLinkStillValid");
  const spaces = flow.steps.find((step) => step.id === "spaces-or-capitals")!;
  expect(answerKeyForEvent(spaces, "no", "password-length")).toBe("no");
});
