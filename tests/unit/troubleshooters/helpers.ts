/** Test helpers: fixture flows (other locales reuse English unless the fixture has its own file). */
import { join } from "node:path";
import { localeKeys } from "../../../src/lib/i18n/locales.ts";
import { configValues } from "../../../src/lib/policies/values.ts";
import { compileTroubleshooter, type CompiledTroubleshooter } from "../../../src/troubleshooters/compile.ts";
import { loadTroubleshooters, readTroubleshooterSource } from "../../../src/troubleshooters/load.ts";

export const fixturesDir = join("tests", "unit", "troubleshooters", "fixtures");

export function compileFixture(name: string): CompiledTroubleshooter {
  const source = readTroubleshooterSource(join(fixturesDir, name), name);
  const english = source.texts.en;
  for (const locale of localeKeys) if (!source.texts[locale] && english) source.texts[locale] = english;
  return compileTroubleshooter({ ...source, languages: localeKeys }, configValues);
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
