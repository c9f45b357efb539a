import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { currentStepId, restoreActor } from "../../../src/troubleshooters/replay.ts";
import { compileFixture, fixedNow, testRules } from "./helpers.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";

const { flow } = compileFixture("every-step-type");
const machine = createTroubleshooterMachine(flow.config);
const input = { rules: testRules, now: fixedNow };
const anHourAgo = formatDateTimeInput(new Date(fixedNow - 3_600_000));
const sixHoursAgo = formatDateTimeInput(new Date(fixedNow - 6 * 3_600_000));

describe("restoreActor", () => {
  it("replays the answers up to the step", () => {
    const actor = restoreActor(machine, flow, { step: "which-device", answers: { "when-sent": anHourAgo, "password-ok": "yes" } }, input);
    expect(currentStepId(actor!.getSnapshot())).toBe("which-device");
    expect(actor!.getSnapshot().context.history).toEqual(["when-sent", "password-ok"]);
  });

  it("keeps answers given after the step (an earlier Back), without replaying them", () => {
    const actor = restoreActor(machine, flow, { step: "password-ok", answers: { "when-sent": anHourAgo, "password-ok": "yes", "which-device": "phone" } }, input);
    expect(currentStepId(actor!.getSnapshot())).toBe("password-ok");
    expect(actor!.getSnapshot().context.answers["which-device"]).toBe("phone");
  });

  it("rejects a step the answers do not lead to", () => {
    expect(restoreActor(machine, flow, { step: "which-device", answers: { "when-sent": sixHoursAgo, "password-ok": "yes" } }, input)).toBeNull();
    expect(restoreActor(machine, flow, { step: "which-device", answers: {} }, input)).toBeNull();
    expect(restoreActor(machine, flow, { step: "done-result", answers: { "when-sent": "not a date" } }, input)).toBeNull();
  });
});

describe("the machine", () => {
  it("goes back to where the person came from, keeping the answer, and Start over forgets everything", () => {
    const actor = createActor(machine, { input }).start();
    actor.send({ type: "answer.choose", value: sixHoursAgo });
    actor.send({ type: "answer.no" });
    expect(currentStepId(actor.getSnapshot())).toBe("password-ok");
    actor.send({ type: "step.back" });
    expect(currentStepId(actor.getSnapshot())).toBe("new-link-fix");
    expect(actor.getSnapshot().context.answers["new-link-fix"]).toBe("no");
    actor.send({ type: "flow.restart" });
    expect(currentStepId(actor.getSnapshot())).toBe("when-sent");
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, history: [] });
    expect(actor.getSnapshot().can({ type: "flow.restart" })).toBe(false);
  });

  it("accepts only a real date and time on the input check", () => {
    const snapshot = createActor(machine, { input }).start().getSnapshot();
    expect(snapshot.can({ type: "answer.choose", value: anHourAgo })).toBe(true);
    expect(snapshot.can({ type: "answer.choose", value: "2026-02-30T10:00" })).toBe(false);
    expect(snapshot.can({ type: "answer.yes" })).toBe(false);
  });

  it("runs an editor's action named on an answer", () => {
    const actor = createActor(machine, { input }).start();
    actor.send({ type: "answer.choose", value: anHourAgo });
    actor.send({ type: "answer.no" });
    expect(currentStepId(actor.getSnapshot())).toBe("done-result");
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});
