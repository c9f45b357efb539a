/**
 * Every route from the first step to an end (fix confirmed, hand-off or result) of a compiled flow, from
 * XState's own graph traversal. Tests in Node and in the browser replay these, so a path an editor adds
 * is tested without new test code.
 */
import { getSimplePaths } from "xstate/graph";
import { editorGuards, isEditorGuard } from "./implementations.ts";
import { createTroubleshooterMachine } from "./machine.ts";
import { currentStepId, eventForAnswer } from "./replay.ts";
import type { CompiledFlow, CompiledStep, TroubleshooterContext, TroubleshooterEvent, TroubleshooterInput } from "./types.ts";

export interface PathStep {
  /** The step answered. */
  step: string;
  /** The button's value, or (on an input check) the guard whose example value was typed. */
  answer: { value: string } | { guard: string };
}

export interface FlowPath {
  /** e.g. `link-sent-at[isResetLinkExpired] → new-link-fix[yes] → solved-result` */
  description: string;
  steps: PathStep[];
  end: string;
}

/** The event for one answer of a step; an input check types its guard's example value. */
export function eventForPathStep(step: CompiledStep, answer: PathStep["answer"], context: Pick<TroubleshooterContext, "now" | "rules">): TroubleshooterEvent {
  if ("guard" in answer) {
    if (!isEditorGuard(answer.guard)) throw new Error(`Unknown guard "${answer.guard}"`);
    return { type: "answer.choose", value: editorGuards[answer.guard].example({ ...context, answers: {}, history: [] }) };
  }
  return eventForAnswer(step, answer.value);
}

/**
 * One answer per step it leads to: an answer that goes where an earlier one goes ("I'm not sure" next to
 * "No") adds no route, and each such answer doubles the paths of every step after it.
 */
function answersOf(step: CompiledStep): PathStep["answer"][] {
  const routes = step.answers.filter((answer, index) => step.answers.findIndex((other) => other.next === answer.next) === index);
  return routes.map((answer) => (answer.guard !== null ? { guard: answer.guard } : { value: answer.value! }));
}

function describePath(steps: PathStep[], end: string): string {
  return [...steps.map(({ step, answer }) => `${step}[${"guard" in answer ? answer.guard : answer.value}]`), end].join(" → ");
}

/**
 * Graph traversal options for a flow: states are told apart by step id (Back and Start over are left out,
 * so the graph has no cycles), and each step offers one event per step its answers lead to. `onEvent` sees which answer
 * each event stands for.
 */
export function traversalOptions(flow: CompiledFlow, input: TroubleshooterInput, onEvent: (step: string, event: TroubleshooterEvent, answer: PathStep["answer"]) => void = () => {}) {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  return {
    input,
    serializeState: (snapshot: { value: unknown }) => currentStepId(snapshot),
    events: (snapshot: { value: unknown; context: TroubleshooterContext }) => {
      const step = byId.get(currentStepId(snapshot))!;
      return answersOf(step).map((answer) => {
        const event = eventForPathStep(step, answer, snapshot.context);
        onEvent(step.id, event, answer);
        return event;
      });
    },
  };
}

export function enumeratePaths(flow: CompiledFlow, input: TroubleshooterInput): FlowPath[] {
  const machine = createTroubleshooterMachine(flow.config);
  const chosen = new Map<string, PathStep["answer"]>();
  const paths = getSimplePaths(machine, traversalOptions(flow, input, (step, event, answer) => chosen.set(`${step} ${JSON.stringify(event)}`, answer)));
  return paths
    .filter((path) => path.state.hasTag("end"))
    .map((path) => {
      const steps: PathStep[] = [];
      let from = flow.start;
      for (const { event, state } of path.steps) {
        const answer = chosen.get(`${from} ${JSON.stringify(event)}`);
        if (answer) steps.push({ step: from, answer });
        from = currentStepId(state);
      }
      const end = currentStepId(path.state);
      return { description: describePath(steps, end), steps, end };
    })
    .sort((a, b) => a.description.localeCompare(b.description));
}

const answerKey = ({ step, answer }: PathStep) => `${step} ${"guard" in answer ? `[${answer.guard}]` : answer.value}`;
/** What a path covers: each answer it gives, and its end. */
const coverageKeys = (path: FlowPath) => [...path.steps.map(answerKey), `end ${path.end}`];

/**
 * A few of `paths` that together give every answer of every step and reach every end (greedy: each time
 * the path that adds the most not yet covered). The browser checks that the island follows the machine
 * on these; Node replays every path on the machine itself.
 */
export function coveringPaths(paths: readonly FlowPath[]): FlowPath[] {
  const uncovered = new Set(paths.flatMap(coverageKeys));
  const gainOf = (path: FlowPath) => new Set(coverageKeys(path).filter((key) => uncovered.has(key))).size;
  const chosen: FlowPath[] = [];
  while (uncovered.size > 0) {
    const best = paths.reduce((a, b) => (gainOf(b) > gainOf(a) ? b : a));
    chosen.push(best);
    for (const key of coverageKeys(best)) uncovered.delete(key);
  }
  return chosen;
}
