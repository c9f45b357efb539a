/**
 * A link that opens a given step of a troubleshooter. The page replays the answers in the query string
 * (`replay.ts`), so a step id alone is not a state it accepts: the link carries the fewest button answers
 * that lead from the first step there.
 */
import { encodeStepState, type UrlFlowShape } from "../lib/url-state.ts";

/** The little the walk needs to know about a flow (a compiled flow fits it). */
export interface LinkFlowShape extends UrlFlowShape {
  steps: ReadonlyArray<UrlFlowShape["steps"][number] & { answers: ReadonlyArray<{ value: string | null; next: string }> }>;
}

/**
 * The query string (without `?`) that opens `stepId`, "" for the first step, or null when only a typed
 * answer (a date and time) leads there: such a step has no link of its own.
 */
export function queryForStep(flow: LinkFlowShape, stepId: string): string | null {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const queue: [string, Record<string, string>][] = [[flow.start, {}]];
  const seen = new Set([flow.start]);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [id, answers] = next;
    if (id === stepId) return encodeStepState(flow, { step: id, answers });
    for (const answer of byId.get(id)?.answers ?? []) {
      if (answer.value === null || seen.has(answer.next)) continue;
      seen.add(answer.next);
      queue.push([answer.next, { ...answers, [id]: answer.value }]);
    }
  }
  return null;
}
