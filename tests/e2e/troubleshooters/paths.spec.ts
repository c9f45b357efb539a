/**
 * Model-based: paths from XState's graph that together give every answer of every step and reach every
 * end (`coveringPaths`; Vitest replays every path on the machine) are walked in the browser, in each
 * sample locale, on the built page with its real island, and must end on their end step's text. The
 * clicks run inside the page (a button is found by its visible text, the time field is typed into, Start
 * over begins each path); each path's result is then checked in its own `test.step`, named by the path's
 * description. A path added by an editor is covered automatically.
 */
import { expect, test } from "@playwright/test";
import { paths } from "../../../src/lib/urls.ts";
import { useTranslations, type Locale } from "../../../src/lib/i18n/index.ts";
import type { CompiledTroubleshooter } from "../../../src/troubleshooters/compile.ts";
import { coveringPaths, type FlowPath } from "../../../src/troubleshooters/paths.ts";
import { answerLabel, inputValue, pathsOf, troubleshooters } from "./flows.ts";
import { sampleLocales } from "../helpers.ts";

interface BrowserStep {
  label: string;
  /** Set on an input check: the value typed before pressing the label's button. */
  typed: string | null;
}

function browserSteps(troubleshooter: CompiledTroubleshooter, locale: Locale, path: FlowPath): BrowserStep[] {
  const t = useTranslations(locale);
  return path.steps.map((step) => {
    const typed = inputValue(troubleshooter, step);
    return { label: typed === null ? answerLabel(troubleshooter, locale, step) : t("troubleshooter.submitInput"), typed };
  });
}

for (const locale of sampleLocales) {
  for (const troubleshooter of troubleshooters) {
    const walked = coveringPaths(pathsOf(troubleshooter));
    test(`${troubleshooter.flow.slug} (${locale}): ${walked.length} paths that give every answer and reach every end`, async ({ page }) => {
      const t = useTranslations(locale);
      await page.goto(paths.troubleshooter(locale, troubleshooter.flow.slug));
      await expect(page.locator("[data-troubleshooter]")).toBeVisible();
      const reached = await page.evaluate(
        async ({ walks, restart }) => {
          const plain = (value: string) => value.replace(/\s+/g, "");
          // What a person reads: the base text, without ruby readings or the "earlier answer" note.
          const textOf = (element: Element) => {
            const copy = element.cloneNode(true) as Element;
            copy.querySelectorAll("rt, rp, .troubleshooter__earlier").forEach((node) => node.remove());
            return plain(copy.textContent ?? "");
          };
          const root = document.querySelector("[data-troubleshooter]")!;
          // Preact renders on a microtask after a click; wait for that, falling back to a task if needed.
          const stepShown = () => root.querySelector("[data-step-id]")?.id;
          const settle = async (before?: string) => {
            for (let turn = 0; turn < 4; turn += 1) await Promise.resolve();
            while (before !== undefined && stepShown() === before) await new Promise((resolve) => setTimeout(resolve, 0));
          };
          const press = async (label: string) => {
            const button = [...root.querySelectorAll("button")].find((b) => textOf(b) === plain(label));
            if (!button || button.disabled) throw new Error(`No enabled button "${label}" at step ${root.querySelector("[data-step-id]")?.id}`);
            const before = stepShown();
            button.click();
            await settle(before);
          };
          const results: { step: string; heading: string }[] = [];
          for (const walk of walks) {
            const again = [...root.querySelectorAll("button")].find((b) => textOf(b) === plain(restart));
            if (again && !again.disabled) {
              again.click();
              await settle();
            }
            for (const step of walk) {
              if (step.typed !== null) {
                const field = root.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
                field.value = step.typed;
                field.dispatchEvent(new Event("input", { bubbles: true }));
                await settle();
              }
              await press(step.label);
            }
            const shown = root.querySelector("[data-step-id]")!;
            results.push({ step: shown.id, heading: textOf(shown.querySelector("h2")!) });
          }
          return results;
        },
        { walks: walked.map((path) => browserSteps(troubleshooter, locale, path)), restart: t("troubleshooter.restart") },
      );
      for (const [index, path] of walked.entries()) {
        await test.step(path.description, async () => {
          expect(reached[index]).toEqual({ step: path.end, heading: troubleshooter.texts[locale].steps[path.end]!.title.replace(/\s+/g, "") });
        });
      }
    });
  }
}
