/**
 * A troubleshooter's state in the query string, as GOV.UK Smart Answers keeps it:
 * `?step=<step-id>&<step-id>=<answer>…`. Keys are written in the flow's step order so one state has
 * one URL; unknown keys and values a step cannot take are dropped. Decoding only checks the shape
 * against the flow; `src/troubleshooters/replay.ts` then proves the state by replaying the answers.
 * Nothing decoded here is ever HTML: values are matched against step ids and allowed answers.
 */
import { parseDateTimeInput } from "./datetime-input.ts";

/** The little a codec needs to know about a flow (a compiled flow's `steps` fit this shape). */
export interface UrlFlowShape {
  start: string;
  steps: ReadonlyArray<{ id: string; input: "datetime" | null; answers: ReadonlyArray<{ value: string | null }> }>;
}

export interface StepState {
  step: string;
  /** Answers by step id, including ones kept after going back. */
  answers: Readonly<Record<string, string>>;
}

export type DecodedState =
  /** No state in the URL (nothing, or only keys that are not ours): start at the first step, no notice. */
  | { kind: "start" }
  | { kind: "state"; state: StepState }
  /** Something was there but it is not a state of this flow: start again with a notice. */
  | { kind: "invalid" };

/** Longer query strings are not ours (about 80 answers fit in 2,000 characters). */
export const maxQueryLength = 2000;

function accepts(step: UrlFlowShape["steps"][number], value: string): boolean {
  if (step.input === "datetime") return parseDateTimeInput(value) !== null;
  return step.answers.some((answer) => answer.value === value);
}

/** The canonical query string (without `?`); the start with no answers is the empty string. */
export function encodeStepState(flow: UrlFlowShape, state: StepState): string {
  const params = new URLSearchParams();
  for (const step of flow.steps) {
    const value = state.answers[step.id];
    if (value !== undefined && accepts(step, value)) params.append(step.id, value);
  }
  if (state.step === flow.start && params.size === 0) return "";
  return `step=${encodeURIComponent(state.step)}${params.size > 0 ? `&${params.toString()}` : ""}`;
}

/** Reads `location.search` (with or without `?`) into a state of `flow`, or says why not. */
export function decodeStepState(flow: UrlFlowShape, search: string): DecodedState {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return { kind: "start" };
  if (query.length > maxQueryLength) return { kind: "invalid" };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { kind: "invalid" };
  }
  const stepId = params.get("step");
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  // Keys that are not ours (a campaign tag, the furigana switch) alone are no state: start, no notice.
  if (stepId === null) return [...params.keys()].some((key) => byId.has(key)) ? { kind: "invalid" } : { kind: "start" };
  if (!byId.has(stepId)) return { kind: "invalid" };
  const answers: Record<string, string> = {};
  for (const step of flow.steps) {
    const value = params.get(step.id);
    if (value !== null && accepts(step, value)) answers[step.id] = value;
  }
  return { kind: "state", state: { step: stepId, answers } };
}
