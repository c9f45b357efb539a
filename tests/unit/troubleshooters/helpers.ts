/** Test helpers: fixture flows (other locales reuse English unless the fixture has its own file). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { localeKeys } from "../../../src/lib/i18n/locales.ts";
import { configValues } from "../../../src/lib/policies/values.ts";
import { compileTroubleshooter, type CompiledTroubleshooter } from "../../../src/troubleshooters/compile.ts";
import { loadTroubleshooters, readTroubleshooterSource } from "../../../src/troubleshooters/load.ts";
import { createTroubleshooterMachine } from "../../../src/troubleshooters/machine.ts";
import { isEditorGuard } from "../../../src/troubleshooters/implementations.ts";
import { eventForPathStep } from "../../../src/troubleshooters/paths.ts";
import { eventForAnswer } from "../../../src/troubleshooters/replay.ts";

export const fixturesDir = join("tests", "unit", "troubleshooters", "fixtures");

export function compileFixture(name: string): CompiledTroubleshooter {
  const source = readTroubleshooterSource(join(fixturesDir, name), name);
  const english = source.texts.en;
  for (const locale of localeKeys) if (!source.texts[locale] && english) source.texts[locale] = english;
  return compileTroubleshooter(source, configValues);
}

/** The problems a fixture's compilation reports (empty when it compiles). */
export function problemsOf(name: string): string[] {
  try {
    compileFixture(name);
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
}

/** The real troubleshooters, compiled once for the transition tests. */
let real: CompiledTroubleshooter[] | undefined;
export function realTroubleshooter(slug: string): CompiledTroubleshooter {
  real ??= loadTroubleshooters();
  const found = real.find((t) => t.flow.slug === slug);
  if (!found) throw new Error(`no troubleshooter ${slug}`);
  return found;
}

export const testRules = { resetLinkLifetimeHours: 4 };
export const fixedNow = new Date(2026, 4, 8, 12, 0).getTime();

/** `answer` is a button value (`yes`, `no`, an option) or, on an input check, the guard whose example is typed. */
export function nextStep(slug: string, from: string, answer: string): string {
  const { flow } = realTroubleshooter(slug);
  const machine = createTroubleshooterMachine(flow.config);
  const context = { answers: {}, history: [], now: fixedNow, rules: testRules };
  const snapshot = machine.resolveState({ value: from, context });
  const step = flow.steps.find((s) => s.id === from)!;
  const event = isEditorGuard(answer) ? eventForPathStep(step, { guard: answer }, context) : eventForAnswer(step, answer);
  const [next] = transition(machine, snapshot, event);
  return String(next.value);
}

/**
 * One `describe` per step, one `it` per answer: the answer leads to the expected step id (never copy).
 * Also checks the table covers every answer of every step, so a new answer needs a line here.
 */
export function describeTransitions(slug: string, table: Record<string, Record<string, string>>) {
  describe(`${slug}: every answer leads to the expected step`, () => {
    for (const [from, answers] of Object.entries(table)) {
      describe(from, () => {
        for (const [answer, to] of Object.entries(answers)) {
          it(`${answer} → ${to}`, () => expect(nextStep(slug, from, answer)).toBe(to));
        }
      });
    }
    it("covers every answer of every step", () => {
      const { flow } = realTroubleshooter(slug);
      const expected = Object.fromEntries(
        flow.steps.filter((s) => s.answers.length > 0).map((s) => [s.id, s.answers.map((a) => a.guard ?? a.value).sort()]),
      );
      const covered = Object.fromEntries(Object.entries(table).map(([id, answers]) => [id, Object.keys(answers).sort()]));
      expect(covered).toEqual(expected);
    });
  });
}
