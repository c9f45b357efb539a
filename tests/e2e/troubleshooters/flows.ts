/** The troubleshooters as the tests see them: compiled from content/, with every path from the graph. */
import type { Page } from "@playwright/test";
import { siteConfig } from "../../../src/config.ts";
import { loadTroubleshooters } from "../../../src/troubleshooters/load.ts";
import { enumeratePaths, eventForPathStep, type FlowPath, type PathStep } from "../../../src/troubleshooters/paths.ts";
import { useTranslations, type Locale } from "../../../src/lib/i18n/index.ts";
import type { CompiledTroubleshooter } from "../../../src/troubleshooters/compile.ts";
import { answerLabel as viewAnswerLabel, type AnswerWords } from "../../../src/troubleshooters/view.ts";

/** The generic answer words of a language, as the island and the checklist get them. */
export function answerWords(locale: Locale): AnswerWords {
  const t = useTranslations(locale);
  return { yes: t("troubleshooter.yes"), no: t("troubleshooter.no"), fixYes: t("troubleshooter.fixYes"), fixNo: t("troubleshooter.fixNo") };
}

export const rules = { resetLinkLifetimeHours: siteConfig.rules.resetLinkLifetimeHours };
export const troubleshooters = loadTroubleshooters();

export function pathsOf(troubleshooter: CompiledTroubleshooter): FlowPath[] {
  return enumeratePaths(troubleshooter.flow, { rules });
}

export function byslug(slug: string): CompiledTroubleshooter {
  return troubleshooters.find((t) => t.flow.slug === slug)!;
}

/**
 * Matches an accessible name exactly (plus an optional "(note)" such as "your earlier answer"), whatever spaces the browser puts around `<ruby>` runs
 * (readings are aria-hidden, so only the base text counts).
 */
export function accessibleName(text: string, optionalNote?: string): RegExp {
  const spaced = (value: string) => [...value.replace(/\s+/g, "")].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  const note = optionalNote ? `(\\s*\\(${spaced(optionalNote)}\\))?` : "";
  return new RegExp(`^\\s*${spaced(text)}${note}\\s*$`);
}

/** The visible step's heading. */
export function stepHeading(page: Page, title: string) {
  return page.getByRole("heading", { level: 2, name: accessibleName(title) });
}

/** The visible label of the button that gives this answer. */
export function answerLabel(troubleshooter: CompiledTroubleshooter, locale: Locale, { step: stepId, answer }: PathStep): string {
  const t = useTranslations(locale);
  if ("guard" in answer) return t("troubleshooter.submitInput");
  const step = troubleshooter.flow.steps.find((s) => s.id === stepId)!;
  return viewAnswerLabel(step, answer.value, troubleshooter.texts[locale].steps[stepId]!.answers, answerWords(locale));
}

/** On an input check, the value a person types for this answer (relative to the real clock); otherwise null. */
export function inputValue(troubleshooter: CompiledTroubleshooter, { step: stepId, answer }: PathStep): string | null {
  if (!("guard" in answer)) return null;
  const step = troubleshooter.flow.steps.find((s) => s.id === stepId)!;
  const event = eventForPathStep(step, answer, { now: Date.now(), rules });
  return event.type === "answer.choose" ? event.value : null;
}

/** Gives one answer the way a person does: a button, or typing into the time field and pressing Check. */
export async function answerStep(page: Page, troubleshooter: CompiledTroubleshooter, locale: Locale, step: PathStep) {
  const typed = inputValue(troubleshooter, step);
  if (typed !== null) await page.getByLabel(accessibleName(troubleshooter.texts[locale].steps[step.step]!.input!)).fill(typed);
  const t = useTranslations(locale);
  await page.getByRole("button", { name: accessibleName(answerLabel(troubleshooter, locale, step), t("troubleshooter.earlierAnswer")) }).click();
}
