/**
 * Troubleshooters for pages: compiled once per build from `content/troubleshooters/`.
 * Japanese texts get their ruby segments here (build time), so the island ships them ready to render.
 */
import { loadTroubleshooters } from "../troubleshooters/load.ts";
import type { CompiledTroubleshooter, FlowTexts } from "../troubleshooters/compile.ts";
import type { CompiledFlow } from "../troubleshooters/types.ts";
import { locales, type Locale } from "../lib/i18n/locales.ts";
import { toRubySegments, type RubySegment } from "../lib/furigana/segments.ts";

let compiled: CompiledTroubleshooter[] | undefined;

function all(): CompiledTroubleshooter[] {
  compiled ??= loadTroubleshooters();
  return compiled;
}

export interface TroubleshooterSummary {
  slug: string;
  title: string;
  summary: string;
  steps: { id: string; label: string }[];
}

/** Every troubleshooter with its title, summary and step labels in `locale` (for lists, search, agents). */
export async function listTroubleshooters(locale: Locale): Promise<TroubleshooterSummary[]> {
  return all().map(({ flow, texts }) => ({
    slug: flow.slug,
    title: texts[locale].title,
    summary: texts[locale].summary,
    steps: flow.steps.map((step) => ({ id: step.id, label: texts[locale].steps[step.id]!.title })),
  }));
}

export function troubleshooterSlugs(): string[] {
  return all().map(({ flow }) => flow.slug);
}

/** A text ready for `<RubyText>`: one plain segment, or kanji runs with readings on Japanese pages. */
export type RubyTextValue = RubySegment[];

export interface StepRubyTexts {
  title: RubyTextValue;
  body: RubyTextValue[];
  steps: RubyTextValue[];
  answers: Record<string, RubyTextValue>;
  input: RubyTextValue | null;
}

export interface TroubleshooterPageData {
  flow: CompiledFlow;
  texts: FlowTexts;
  /** The same texts as ruby segments (furigana on Japanese pages). */
  ruby: Record<string, StepRubyTexts>;
}

export async function getTroubleshooter(slug: string, locale: Locale): Promise<TroubleshooterPageData> {
  const found = all().find(({ flow }) => flow.slug === slug);
  if (!found) throw new Error(`No troubleshooter "${slug}" in content/troubleshooters/`);
  const texts = found.texts[locale];
  const segment = locales[locale].furigana ? toRubySegments : async (text: string) => [{ text }];
  const ruby: Record<string, StepRubyTexts> = {};
  for (const [id, step] of Object.entries(texts.steps)) {
    ruby[id] = {
      title: await segment(step.title),
      body: await Promise.all(step.body.map(segment)),
      steps: await Promise.all(step.steps.map(segment)),
      answers: Object.fromEntries(await Promise.all(Object.entries(step.answers).map(async ([value, label]) => [value, await segment(label)] as const))),
      input: step.input === null ? null : await segment(step.input),
    };
  }
  return { flow: found.flow, texts, ruby };
}
