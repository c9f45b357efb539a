/**
 * Model-based: XState's graph enumerates every path of every real troubleshooter. Each path must end in a
 * hand-off or result, pass the steps its result requires, be replayable on a fresh actor, and survive the
 * URL: encoding its end state and restoring it lands on the same step with the same answers.
 */
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { decodeStepState, encodeStepState } from "../../../src/lib/url-state.ts";
import { loadTroubleshooters, readTroubleshooterSource } from "../../../src/troubleshooters/load.ts";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { coveringPaths, enumeratePaths, eventForPathStep, traversalOptions } from "../../../src/troubleshooters/paths.ts";
import { currentStepId, restoreSnapshot } from "../../../src/troubleshooters/replay.ts";
import { fixedNow, testRules } from "./helpers.ts";

const input = { rules: testRules, now: fixedNow };
/** Replaying every path of the largest flow (hundreds) takes seconds on a shared machine. */
const replayTimeout = 30_000;

for (const { flow } of loadTroubleshooters()) {
  describe(flow.slug, () => {
    const machine = createTroubleshooterMachine(flow.config);
    const paths = enumeratePaths(flow, input);
    const ends = flow.steps.filter((step) => step.type === "handoff" || step.type === "result").map((step) => step.id);

    it("has paths, each ending in a hand-off or a result, and reaching every end", () => {
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(ends).toContain(path.end);
      expect(new Set(paths.map((path) => path.end))).toEqual(new Set(ends));
    });

    it("passes, on every path to a result, the steps that result requires", () => {
      const { nodes } = readTroubleshooterSource(`content/troubleshooters/${flow.slug}`, flow.slug).flow as { nodes: Record<string, { requires?: string[] }> };
      for (const path of paths) {
        const passed = path.steps.map((step) => step.step);
        for (const required of nodes[path.end]?.requires ?? []) expect(passed, path.description).toContain(required);
      }
    });

    it("passes through every step on some path (shortest paths reach every state too)", () => {
      const visited = new Set(paths.flatMap((path) => [...path.steps.map((step) => step.step), path.end]));
      expect(visited).toEqual(new Set(flow.steps.map((step) => step.id)));
      const shortest = getShortestPaths(machine, traversalOptions(flow, input));
      expect(new Set(shortest.map((path) => currentStepId(path.state)))).toEqual(new Set(flow.steps.map((step) => step.id)));
    });

    it("replays every path on a fresh actor, with Back and Start over enabled where they should be", () => {
      for (const path of paths) {
        const actor = createActor(machine, { input }).start();
        expect(actor.getSnapshot().can({ type: "step.back" })).toBe(false);
        for (const { step, answer } of path.steps) {
          expect(currentStepId(actor.getSnapshot()), path.description).toBe(step);
          actor.send(eventForPathStep(flow.steps.find((s) => s.id === step)!, answer, { now: fixedNow, rules: testRules }));
        }
        const end = actor.getSnapshot();
        expect(currentStepId(end), path.description).toBe(path.end);
        expect(end.hasTag("end")).toBe(true);
        expect(end.can({ type: "step.back" })).toBe(true);
        expect(end.can({ type: "flow.restart" })).toBe(true);
        actor.stop();
      }
    }, replayTimeout);

    it("has a few paths that give every answer of every step and reach every end, for the browser to click through", () => {
      const answersOf = (list: typeof paths) => new Set(list.flatMap((path) => [...path.steps.map((step) => `${step.step} ${JSON.stringify(step.answer)}`), path.end]));
      const covering = coveringPaths(paths);
      expect(answersOf(covering)).toEqual(answersOf(paths));
      expect(covering.length).toBeLessThanOrEqual(paths.length);
    });

    it("restores every path's end from its URL", () => {
      for (const path of paths) {
        const actor = createActor(machine, { input }).start();
        for (const { step, answer } of path.steps) actor.send(eventForPathStep(flow.steps.find((s) => s.id === step)!, answer, { now: fixedNow, rules: testRules }));
        const { context } = actor.getSnapshot();
        const query = encodeStepState(flow, { step: path.end, answers: context.answers });
        const decoded = decodeStepState(flow, query);
        expect(decoded.kind, path.description).toBe("state");
        if (decoded.kind !== "state") continue;
        const restored = restoreSnapshot(machine, flow, decoded.state, input);
        expect(restored, path.description).not.toBeNull();
        expect(currentStepId(restored!)).toBe(path.end);
        expect(restored!.context.history).toEqual(context.history);
      }
    }, replayTimeout);
  });
}
