/**
 * Turns a decoded URL state into a running actor by replaying the answers from the first step.
 * A state is valid only if the answers really lead to its step; otherwise the caller starts over.
 */
import { createActor } from "xstate";
import type { StepState } from "../lib/url-state.ts";
import type { TroubleshooterMachine } from "./machine.ts";
import type { CompiledFlow, CompiledStep, TroubleshooterEvent, TroubleshooterInput } from "./types.ts";

/** The event that gives `value` as the answer at `step`. */
export function eventForAnswer(step: CompiledStep, value: string): TroubleshooterEvent {
  if (step.input !== null) return { type: "answer.choose", value };
  const answer = step.answers.find((a) => a.value === value);
  if (answer?.eventType === "answer.yes") return { type: "answer.yes" };
  if (answer?.eventType === "answer.no") return { type: "answer.no" };
  return { type: "answer.choose", value };
}

/** The current step id of a troubleshooter snapshot (its machines are flat). */
export function currentStepId(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}

/** A started actor at `state.step`, with every answer of `state` kept; `null` when the answers do not lead there. */
export function restoreActor(machine: TroubleshooterMachine, flow: CompiledFlow, state: StepState, input: TroubleshooterInput) {
  const actor = createActor(machine, { input: { ...input, answers: state.answers } }).start();
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  for (let taken = 0; taken <= flow.steps.length; taken += 1) {
    const snapshot = actor.getSnapshot();
    const here = currentStepId(snapshot);
    if (here === state.step) return actor;
    const value = state.answers[here];
    const step = byId.get(here);
    if (value === undefined || !step) break;
    const event = eventForAnswer(step, value);
    if (!snapshot.can(event)) break;
    actor.send(event);
  }
  actor.stop();
  return null;
}
