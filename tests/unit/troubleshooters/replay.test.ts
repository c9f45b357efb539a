import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { currentStepId, nextSnapshot, restoreSnapshot, snapshotFromQuery, startSnapshot } from "../../../src/troubleshooters/replay.ts";
import { compileFixture, fixedNow, testRules } from "./helpers.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";

const { flow } = compileFixture("every-step-type");
const machine = createTroubleshooterMachine(flow.config);
const input = { rules: testRules, now: fixedNow };
const anHourAgo = formatDateTimeInput(new Date(fixedNow - 3_600_000));
const sixHoursAgo = formatDateTimeInput(new Date(fixedNow - 6 * 3_600_000));

describe("restoreSnapshot", () => {
  it("replays the answers up to the step", () => {
    const snapshot = restoreSnapshot(machine, flow, { step: "which-device", answers: { "when-sent": anHourAgo, "password-ok": "yes" } }, input);
    expect(currentStepId(snapshot!)).toBe("which-device");
    expect(snapshot!.context.history).toEqual(["when-sent", "password-ok"]);
  });

  it("keeps answers given after the step (an earlier Back), without replaying them", () => {
    const snapshot = restoreSnapshot(machine, flow, { step: "password-ok", answers: { "when-sent": anHourAgo, "password-ok": "yes", "which-device": "phone" } }, input);
    expect(currentStepId(snapshot!)).toBe("password-ok");
    expect(snapshot!.context.answers["which-device"]).toBe("phone");
  });

  it("rejects a step the answers do not lead to", () => {
    expect(restoreSnapshot(machine, flow, { step: "which-device", answers: { "when-sent": sixHoursAgo, "password-ok": "yes" } }, input)).toBeNull();
    expect(restoreSnapshot(machine, flow, { step: "which-device", answers: {} }, input)).toBeNull();
    expect(restoreSnapshot(machine, flow, { step: "done-result", answers: { "when-sent": "not a date" } }, input)).toBeNull();
  });
});

describe("snapshotFromQuery", () => {
  it("opens a proven state, starts on an empty query, and starts with a notice on one that is not a state", () => {
    const opened = snapshotFromQuery(machine, flow, `?step=password-ok&when-sent=${encodeURIComponent(anHourAgo)}`, input);
    expect([opened.opened, currentStepId(opened.snapshot)]).toEqual(["state", "password-ok"]);
    expect(snapshotFromQuery(machine, flow, "", input).opened).toBe("start");
    const invalid = snapshotFromQuery(machine, flow, "?step=which-device", input);
    expect([invalid.opened, currentStepId(invalid.snapshot)]).toEqual(["invalid", "when-sent"]);
  });
});

describe("nextSnapshot after a changed answer", () => {
  const answeredEarlier = { "when-sent": sixHoursAgo, "new-link-fix": "no", "password-ok": "yes", "which-device": "phone" };
  const atStart = () => restoreSnapshot(machine, flow, { step: "when-sent", answers: answeredEarlier }, input)!;

  it("keeps a later answer while the new path still passes its step", () => {
    const sevenHoursAgo = formatDateTimeInput(new Date(fixedNow - 7 * 3_600_000));
    const next = nextSnapshot(machine, flow, atStart(), { type: "answer.choose", value: sevenHoursAgo });
    expect(currentStepId(next)).toBe("new-link-fix");
    expect(next.context.answers).toEqual({ ...answeredEarlier, "when-sent": sevenHoursAgo });
  });

  it("drops a later answer whose step the new path no longer reaches", () => {
    const next = nextSnapshot(machine, flow, atStart(), { type: "answer.choose", value: anHourAgo });
    expect(currentStepId(next)).toBe("password-ok");
    expect(next.context.answers).toEqual({ "when-sent": anHourAgo, "password-ok": "yes", "which-device": "phone" });
    expect(next.can({ type: "answer.yes" })).toBe(true);
  });

  it("keeps every answer on Back", () => {
    const atDevice = restoreSnapshot(machine, flow, { step: "which-device", answers: { "when-sent": anHourAgo, "password-ok": "yes", "which-device": "phone" } }, input)!;
    const back = nextSnapshot(machine, flow, atDevice, { type: "step.back" });
    expect(currentStepId(back)).toBe("password-ok");
    expect(back.context.answers["which-device"]).toBe("phone");
  });

  it("starts with no answers", () => {
    expect(startSnapshot(machine, input).context.answers).toEqual({});
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
