/**
 * The one replay of answers, over XState's pure `transition`: from a snapshot, each kept answer is given
 * again until a step has none. Restoring a URL state replays from the first step; after a changed answer,
 * the same replay from the new step finds which later answers still apply. No actor, no DOM.
 */
import { initialTransition, transition, type SnapshotFrom } from "xstate";
import { decodeStepState, type StepState } from "../lib/url-state.ts";
import type { TroubleshooterMachine } from "./machine.ts";
import type { CompiledFlow, CompiledStep, TroubleshooterEvent, TroubleshooterInput } from "./types.ts";

type TroubleshooterSnapshot = SnapshotFrom<TroubleshooterMachine>;

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

/**
 * Gives each answer in `answers` again from `from`, step by step, until the step `until`, a step without an
 * answer, or an answer the step no longer takes. Returns where it stopped and the steps it answered.
 */
function replayAnswers(
  machine: TroubleshooterMachine,
  flow: CompiledFlow,
  from: TroubleshooterSnapshot,
  answers: Readonly<Record<string, string>>,
  until?: string,
): { snapshot: TroubleshooterSnapshot; answered: string[] } {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const answered: string[] = [];
  let snapshot = from;
  for (let here = currentStepId(snapshot); here !== until && !answered.includes(here); here = currentStepId(snapshot)) {
    const value = answers[here];
    const step = byId.get(here);
    if (value === undefined || !step) break;
    const event = eventForAnswer(step, value);
    if (!snapshot.can(event)) break;
    answered.push(here);
    [snapshot] = transition(machine, snapshot, event);
  }
  return { snapshot, answered };
}

/** The first step, with no answers. */
export function startSnapshot(machine: TroubleshooterMachine, input: TroubleshooterInput): TroubleshooterSnapshot {
  return initialTransition(machine, input)[0];
}

/** The snapshot at `state.step` with every answer of `state` kept; `null` when the answers do not lead there. */
export function restoreSnapshot(machine: TroubleshooterMachine, flow: CompiledFlow, state: StepState, input: TroubleshooterInput): TroubleshooterSnapshot | null {
  const start = startSnapshot(machine, { ...input, answers: state.answers });
  const { snapshot } = replayAnswers(machine, flow, start, state.answers, state.step);
  return currentStepId(snapshot) === state.step ? snapshot : null;
}

/**
 * The answers that still apply at `snapshot`: those on the way here (its history) and those that the path
 * ahead still passes through when each kept answer is given again. An answer to a step the new path no
 * longer reaches is dropped.
 */
function answersStillApplying(machine: TroubleshooterMachine, flow: CompiledFlow, snapshot: TroubleshooterSnapshot): Record<string, string> {
  const { answers, history } = snapshot.context;
  const onPath = new Set([...history, ...replayAnswers(machine, flow, snapshot, answers).answered]);
  return Object.fromEntries(Object.entries(answers).filter(([stepId]) => onPath.has(stepId)));
}

/** The snapshot after `event`: an answer also drops the later answers that no longer apply (so the URL does not keep them). */
export function nextSnapshot(machine: TroubleshooterMachine, flow: CompiledFlow, snapshot: TroubleshooterSnapshot, event: TroubleshooterEvent): TroubleshooterSnapshot {
  const [next] = transition(machine, snapshot, event);
  if (!event.type.startsWith("answer.")) return next;
  const answers = answersStillApplying(machine, flow, next);
  if (Object.keys(answers).length === Object.keys(next.context.answers).length) return next;
  return machine.resolveState({ value: next.value, context: { ...next.context, answers } });
}

/**
 * Where a query string puts the reader: at the start, at a state its answers prove, or (something that is
 * not a state of this flow) at the start with a notice.
 */
export function snapshotFromQuery(
  machine: TroubleshooterMachine,
  flow: CompiledFlow,
  search: string,
  input: TroubleshooterInput,
): { snapshot: TroubleshooterSnapshot; opened: "start" | "state" | "invalid" } {
  const decoded = decodeStepState(flow, search);
  const restored = decoded.kind === "state" ? restoreSnapshot(machine, flow, decoded.state, input) : null;
  if (restored) return { snapshot: restored, opened: "state" };
  return { snapshot: startSnapshot(machine, input), opened: decoded.kind === "start" ? "start" : "invalid" };
}
