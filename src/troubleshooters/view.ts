/**
 * View rules shared by the island, the no-JavaScript checklist and the tests: how an answer is worded,
 * which password policy a checker step tests, the "your answers" list with its Change links, the URL of a
 * snapshot, and what an event reports as step events. Pure: no DOM, no Astro. The island runs the effects.
 */
import type { StepEvent } from "../lib/feedback.ts";
import { encodeStepState } from "../lib/url-state.ts";
import type { PasswordPolicyName } from "../config.ts";
import { currentStepId } from "./replay.ts";
import type { CompiledFlow, CompiledStep, TroubleshooterEvent } from "./types.ts";

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

/** The query string (without `?`) that reopens `snapshot`: its step and its answers, in canonical order. */
export function stepQuery(flow: CompiledFlow, snapshot: { value: unknown; context: { answers: Readonly<Record<string, string>> } }): string {
  return encodeStepState(flow, { step: currentStepId(snapshot), answers: snapshot.context.answers });
}

function answerValueOf(event: TroubleshooterEvent): string | null {
  if (event.type === "answer.choose") return event.value;
  if (event.type === "answer.yes") return "yes";
  if (event.type === "answer.no") return "no";
  return null;
}

/**
 * The step events (`src/lib/feedback.ts`) that `event` at step `from`, leading to step `next`, reports, and
 * whether the batch goes now (an outcome was reached, and the reader may leave).
 */
export function stepEventsFor(flow: CompiledFlow, from: CompiledStep, event: TroubleshooterEvent, next: string): { events: StepEvent[]; flushNow: boolean } {
  if (event.type === "flow.restart") return { events: [{ type: "restart", step: from.id }], flushNow: false };
  const value = answerValueOf(event);
  if (value === null) return { events: [], flushNow: false };
  const events: StepEvent[] = [{ type: "answer", step: from.id, answer: answerKeyForEvent(from, value, next), next }];
  if (from.type === "fix") events.push({ type: "solved", step: from.id, answer: value === "yes" ? "yes" : "no" });
  const reached = flow.steps.find((step) => step.id === next);
  const flushNow = reached !== undefined && isOutcome(reached);
  if (flushNow) events.push({ type: "outcome", step: next });
  return { events, flushNow };
}

/** The fix to ask "what was the problem?" about after `event`: one the reader just said did not work. */
export function fixToAskAbout(from: CompiledStep, event: TroubleshooterEvent): string | null {
  return from.type === "fix" && event.type === "answer.no" ? from.id : null;
}
