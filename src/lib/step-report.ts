/**
 * Where readers give up, from the step events the feedback endpoint received (`kind: "steps"` payloads, see
 * `src/lib/feedback.ts`). No event identifies a reader, so the report counts, per step: how often it was reached
 * (the troubleshooter opened at its first step, or an answer led there), answered, and left without an answer.
 */
import type { FeedbackPayload, StepEvent } from "./feedback.ts";

export interface StepCounts {
  step: string;
  reached: number;
  answered: number;
  /** Reached but not answered: the reader stopped here (or is still reading). Outcomes are not questions. */
  gaveUp: number;
  outcome: boolean;
}

export interface TroubleshooterReport {
  troubleshooter: string;
  started: number;
  restarted: number;
  solved: { yes: number; no: number };
  steps: StepCounts[];
}

/** Counts per troubleshooter (sorted by slug) and per step (in the order steps were first seen). */
export function stepReport(payloads: readonly FeedbackPayload[]): TroubleshooterReport[] {
  const reports = new Map<string, TroubleshooterReport & { byStep: Map<string, StepCounts> }>();
  for (const payload of payloads) {
    if (payload.kind !== "steps") continue;
    let report = reports.get(payload.troubleshooter);
    if (!report) {
      report = { troubleshooter: payload.troubleshooter, started: 0, restarted: 0, solved: { yes: 0, no: 0 }, steps: [], byStep: new Map() };
      reports.set(payload.troubleshooter, report);
    }
    const counts = (step: string) => {
      let found = report!.byStep.get(step);
      if (!found) {
        found = { step, reached: 0, answered: 0, gaveUp: 0, outcome: false };
        report!.byStep.set(step, found);
        report!.steps.push(found);
      }
      return found;
    };
    for (const event of payload.events as StepEvent[]) {
      if (event.type === "start") {
        report.started += 1;
        counts(event.step).reached += 1;
      } else if (event.type === "answer") {
        counts(event.step).answered += 1;
        counts(event.next).reached += 1;
      } else if (event.type === "outcome") counts(event.step).outcome = true;
      else if (event.type === "restart") report.restarted += 1;
      else report.solved[event.answer] += 1;
    }
  }
  return [...reports.values()]
    .sort((a, b) => a.troubleshooter.localeCompare(b.troubleshooter))
    .map(({ byStep: _byStep, ...report }) => ({
      ...report,
      steps: report.steps.map((step) => ({ ...step, gaveUp: step.outcome ? 0 : Math.max(0, step.reached - step.answered) })),
    }));
}
