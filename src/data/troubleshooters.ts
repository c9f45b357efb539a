/**
 * Troubleshooters for pages: compiled once per build from `content/troubleshooters/`.
 * Japanese texts get their ruby segments here (build time), so the island ships them ready to render.
 */
import { loadTroubleshooters } from "../troubleshooters/load.ts";
import { contentPath } from "../lib/content-paths.ts";
import { TroubleshooterCompileError, type CompileProblem, type CompiledTroubleshooter, type FlowTexts } from "../troubleshooters/compile.ts";
import type { CompiledFlow } from "../troubleshooters/types.ts";
import { locales, type Locale } from "../lib/i18n/locales.ts";
import { toRubySegments } from "../lib/furigana/reader.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import { getArticleIndex } from "./content.ts";
import { articleBody } from "./article-html.ts";
import { queryForStep } from "../troubleshooters/step-link.ts";

let loaded: CompiledTroubleshooter[] | undefined;
let checked: Promise<CompiledTroubleshooter[]> | undefined;

function load(): CompiledTroubleshooter[] {
  loaded ??= loadTroubleshooters();
  return loaded;
}

/**
 * Every troubleshooter, compiled once per build, with its article links checked against the articles:
 * a link to a missing article or section stops the build with the flow file and the step.
 */
function all(): Promise<CompiledTroubleshooter[]> {
  checked ??= (async () => {
    const troubleshooters = load();
    const articles = await getArticleIndex();
    const problems: CompileProblem[] = [];
    for (const { flowFile: file, flow } of troubleshooters) {
      const links = [{ where: "article: ", node: undefined, link: flow.article }, ...flow.steps.map((step) => ({ where: "", node: step.id, link: step.article }))];
      for (const { where, node, link } of links) {
        if (!link) continue;
        const english = articles.get(link.id)?.en;
        if (!english) problems.push({ file, node, message: `${where}links to article "${link.id}", which does not exist` });
        else if (link.anchor && !articleBody(english).includes(`id="${link.anchor}"`))
          problems.push({ file, node, message: `${where}article "${link.id}" has no section id="${link.anchor}"` });
      }
    }
    if (problems.length > 0) throw new TroubleshooterCompileError(problems);
    return troubleshooters;
  })();
  return checked;
}

export interface TroubleshooterSummary {
  slug: string;
  title: string;
  summary: string;
  steps: { id: string; label: string }[];
}

/** Every troubleshooter with its title, summary and step labels in `locale` (for lists, search, agents). */
export async function listTroubleshooters(locale: Locale): Promise<TroubleshooterSummary[]> {
  return (await all()).map(({ flow, texts }) => ({
    slug: flow.slug,
    title: texts[locale].title,
    summary: texts[locale].summary,
    steps: flow.steps.map((step) => ({ id: step.id, label: texts[locale].steps[step.id]!.title })),
  }));
}

/** The query string that opens a step of a troubleshooter, or null when no link can (`step-link.ts`). */
export function stepQuery(slug: string, stepId: string): string | null {
  const found = load().find(({ flow }) => flow.slug === slug);
  return found ? queryForStep(found.flow, stepId) : null;
}

export function troubleshooterSlugs(): string[] {
  return load().map(({ flow }) => flow.slug);
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
  const found = (await all()).find(({ flow }) => flow.slug === slug);
  if (!found) throw new Error(`No troubleshooter "${slug}" in ${contentPath("troubleshooters")}`);
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
