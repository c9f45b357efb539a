/**
 * View rules shared by the island, the no-JavaScript checklist and the tests: how an answer is worded,
 * which password policy a checker step tests, the "your answers" list with its Change links, and which
 * kept answers still apply after a change. Pure: no DOM, no Astro.
 */
import { transition, type SnapshotFrom } from "xstate";
import { encodeStepState } from "../lib/url-state.ts";
import type { PasswordPolicyName } from "../config.ts";
import { currentStepId, eventForAnswer } from "./replay.ts";
import type { TroubleshooterMachine } from "./machine.ts";
import type { CompiledFlow, CompiledStep } from "./types.ts";

/** The generic answer words, used where a step's text names no answer of its own. */
export interface AnswerWords {
  yes: string;
  no: string;
  fixYes: string;
  fixNo: string;
}

/** The words of an answer as its button shows them; a typed value (an input check) is shown as typed. */
export function answerLabel(step: Pick<CompiledStep, "type" | "input">, value: string, stepAnswers: Readonly<Record<string, string>>, words: AnswerWords): string {
  if (step.input !== null) return value;
  if (step.type === "fix") return value === "yes" ? words.fixYes : words.fixNo;
  return stepAnswers[value] ?? (value === "yes" ? words.yes : words.no);
}

/** The password policy a checker step tests. */
export function checkerPolicy(checker: NonNullable<CompiledStep["checker"]>): PasswordPolicyName {
  return checker === "password-app" ? "app" : "web";
}

export interface GivenAnswer {
  stepId: string;
  /** The answer value as stored in the URL. */
  value: string;
  /** Query string (without `?`) that reopens this question with every answer kept. */
  changeQuery: string;
}

/** The questions answered on the way to the current step, oldest first, each with the link that changes it. */
export function givenAnswers(flow: CompiledFlow, history: readonly string[], answers: Readonly<Record<string, string>>): GivenAnswer[] {
  return history
    .filter((stepId) => answers[stepId] !== undefined)
    .map((stepId) => ({ stepId, value: answers[stepId]!, changeQuery: encodeStepState(flow, { step: stepId, answers }) }));
}

type Snapshot = SnapshotFrom<TroubleshooterMachine>;

/**
 * The answers that still apply from `snapshot`: those on the way here (its history) and those that the path ahead still
 * passes through when each kept answer is given again. An answer to a step the new path no longer reaches is dropped.
 */
export function answersStillApplying(machine: TroubleshooterMachine, flow: CompiledFlow, snapshot: Snapshot): Record<string, string> {
  const { answers, history } = snapshot.context;
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const onPath = new Set(history);
  let ahead = snapshot;
  for (let taken = 0; taken < flow.steps.length; taken += 1) {
    const here = currentStepId(ahead);
    const value = answers[here];
    const step = byId.get(here);
    if (value === undefined || !step || onPath.has(here)) break;
    const event = eventForAnswer(step, value);
    if (!ahead.can(event)) break;
    onPath.add(here);
    [ahead] = transition(machine, ahead, event);
  }
  return Object.fromEntries(Object.entries(answers).filter(([stepId]) => onPath.has(stepId)));
}

/** Fixes, hand-offs and results end a path: they are what gets printed and counted as an outcome. */
export function isOutcome(step: Pick<CompiledStep, "type">): boolean {
  return step.type === "fix" || step.type === "handoff" || step.type === "result";
}

/**
 * The answer as step events report it: the button's value, or on an input check the route the typed value took
 * (its guard name), so what the reader typed never leaves the page.
 */
export function answerKeyForEvent(step: CompiledStep, value: string, next: string): string {
  if (step.input === null) return value;
  return step.answers.find((answer) => answer.next === next)?.guard ?? "input";
}
