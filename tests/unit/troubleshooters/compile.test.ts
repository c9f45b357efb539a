import { describe, expect, it } from "vitest";
import { compileFixture, problemsOf } from "./helpers.ts";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { compileTroubleshooter, TroubleshooterCompileError } from "../../../src/troubleshooters/compile.ts";
import { loadTroubleshooter, readTroubleshooterSource, troubleshooterPlaceholders } from "../../../src/troubleshooters/load.ts";

const file = (fixture: string, name = "flow.yaml") => `tests/unit/troubleshooters/fixtures/${fixture}/${name}`;

describe("compileTroubleshooter, good flow", () => {
  const { flow, texts } = compileFixture("every-step-type");

  it("keeps the steps in the editor's order with their types", () => {
    expect(flow.steps.map((step) => [step.id, step.type])).toEqual([
      ["when-sent", "check"],
      ["new-link-fix", "fix"],
      ["password-ok", "check"],
      ["which-device", "question"],
      ["done-result", "result"],
      ["support-handoff", "handoff"],
    ]);
  });

  it("numbers the checks, and gives a fix reached from one check that check's number", () => {
    const progress = Object.fromEntries(flow.steps.map((step) => [step.id, step.progress]));
    expect(progress["when-sent"]).toEqual({ number: 1, total: 2 });
    expect(progress["new-link-fix"]).toEqual({ number: 1, total: 2 });
    expect(progress["password-ok"]).toEqual({ number: 2, total: 2 });
    expect(progress["which-device"]).toBeNull();
  });

  it("maps yes/no to their own events and other options to answer.choose", () => {
    const question = flow.steps.find((step) => step.id === "which-device")!;
    expect(question.answers.map((a) => [a.value, a.eventType])).toEqual([
      ["phone", "answer.choose"],
      ["computer", "answer.choose"],
    ]);
    const check = flow.steps.find((step) => step.id === "password-ok")!;
    expect(check.answers.map((a) => a.eventType)).toEqual(["answer.yes", "answer.no"]);
    expect(check.checker).toBe("password-web");
  });

  it("writes a JSON config that names only registry guards and actions", () => {
    const transitions = [flow.config.on, ...Object.values(flow.config.states).map((state) => state.on)].flatMap((on) => Object.values(on).flat());
    const json = JSON.stringify(transitions);
    const named = [...json.matchAll(/"type":"([A-Za-z]+)"/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set(["isResetLinkExpired", "isResetLinkStillValid", "recordAnswer", "isPreviousStep", "forgetLastStep", "isChosen", "clearAnswers", "hasStarted", "resetProgress"]));
    expect(() => createTroubleshooterMachine(flow.config)).not.toThrow();
  });

  it("tags hand-offs and results as ends, nothing else", () => {
    const ends = Object.entries(flow.config.states).filter(([, state]) => state.tags.includes("end")).map(([id]) => id);
    expect(ends).toEqual(["done-result", "support-handoff"]);
  });

  it("fills placeholders from the config and keeps option labels", () => {
    expect(texts.en.steps["new-link-fix"]!.body).toEqual(["It lasts 4 hours."]);
    expect(texts.ja.steps["which-device"]!.answers).toEqual({ phone: "A phone", computer: "A computer" });
    expect(texts.en.steps["when-sent"]!.input).toBe("Date and time");
  });
});

describe("compileTroubleshooter, one fixture per failure kind (message names file and step)", () => {
  it("a missing reference", () => {
    expect(problemsOf("missing-reference")).toContain(`${file("missing-reference")}: node "ask": leads to "nowhere", which is not a step in this flow`);
  });

  it("an unreachable step", () => {
    expect(problemsOf("unreachable")).toContain(`${file("unreachable")}: node "orphan-fix": is unreachable from the start step "ask"`);
  });

  it("a path that loops instead of ending", () => {
    expect(problemsOf("never-ends")).toContain(
      `${file("never-ends")}: node "ask": a path never ends in a fix, hand-off or result: it loops (ask → again → ask)`,
    );
  });

  it("a step with no way on", () => {
    expect(problemsOf("dead-end")).toContain(`${file("dead-end")}: node "stuck": a path never ends in a fix, hand-off or result: this question has no answers`);
  });

  it("a language without a step's text", () => {
    expect(problemsOf("missing-text")).toContain(`${file("missing-text", "ja.yaml")}: node "done-result": no text in ja`);
  });

  it("an unknown guard", () => {
    expect(problemsOf("unknown-guard")).toContain(
      `${file("unknown-guard")}: node "when-sent": unknown guard "isMoonFull" (known: isResetLinkExpired, isResetLinkStillValid)`,
    );
  });

  it("an unknown action", () => {
    expect(problemsOf("unknown-action")).toContain(`${file("unknown-action")}: node "ask": unknown action "sendEmail"`);
  });

  it("a result reached on a path that skips a step its text assumes, or that requires no step of the flow", () => {
    expect(problemsOf("unmet-requires")).toEqual([
      `${file("unmet-requires")}: node "done-result": requires "password-set", but a path reaches it without passing that step: email-arrived → send-again-fix → done-result`,
      `${file("unmet-requires")}: node "done-result": requires "no-such-step", which is not a step in this flow`,
    ]);
  });

  it("a language file missing beside the other troubleshooters' stops the loader with the expected path", () => {
    // every-step-type has ja-easy.yaml, so every troubleshooter beside it needs one.
    expect(() => loadTroubleshooter("tests/unit/troubleshooters/fixtures/missing-text")).toThrow(TroubleshooterCompileError);
    expect(() => loadTroubleshooter("tests/unit/troubleshooters/fixtures/missing-text")).toThrow(/missing-text\/ja-easy\.yaml: missing/);
  });
});

describe("the app's password reset", () => {
  it("reaches its result only after the reset is completed, also when the e-mail was sent again", () => {
    const source = readTroubleshooterSource("content/troubleshooters/app-password-reset", "app-password-reset");
    const nodes = (source.flow as { nodes: Record<string, { requires?: string[] }> }).nodes;
    expect(nodes["solved-result"]?.requires).toEqual(["reset-completed"]);
    expect(() => compileTroubleshooter(source, troubleshooterPlaceholders())).not.toThrow();
  });
});
