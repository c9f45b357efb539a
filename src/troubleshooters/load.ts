/**
 * The loader: reads `<content root>/troubleshooters/<slug>/` from disk and compiles every flow (build time,
 * scripts and tests). Problems in all flows are reported together.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { configValues } from "../lib/policies/values.ts";
import { contentPath } from "../lib/content-paths.ts";
import { compileTroubleshooter, TroubleshooterCompileError, type CompiledTroubleshooter, type TroubleshooterSource } from "./compile.ts";

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    throw new TroubleshooterCompileError([`${file}: not valid YAML: ${(error as Error).message}`]);
  }
}

/** Reads one troubleshooter folder into a compiler source. */
export function readTroubleshooterSource(dir: string, slug: string): TroubleshooterSource {
  const flowFile = join(dir, "flow.yaml");
  const textFile = (locale: Locale) => join(dir, `${locale}.yaml`);
  const texts: TroubleshooterSource["texts"] = {};
  for (const locale of localeKeys) {
    if (existsSync(textFile(locale))) texts[locale] = { file: textFile(locale), data: readYaml(textFile(locale)) };
  }
  return { slug, flowFile, flow: existsSync(flowFile) ? readYaml(flowFile) : {}, texts, textFile };
}

/** Step ids a flow declares (the keys of its `nodes`, the one shape the flow schema allows), before it is compiled. */
export function declaredStepIds(flow: unknown): string[] {
  const nodes = flow && typeof flow === "object" ? (flow as { nodes?: unknown }).nodes : undefined;
  return nodes && typeof nodes === "object" && !Array.isArray(nodes) ? Object.keys(nodes) : [];
}

/** Compiles one folder (the slug is the folder name). */
export function loadTroubleshooter(dir: string): CompiledTroubleshooter {
  const slug = dir.split(/[\\/]/).filter(Boolean).at(-1)!;
  return compileTroubleshooter(readTroubleshooterSource(dir, slug), configValues);
}

/** Every troubleshooter under `root`, in their `order`. */
export function loadTroubleshooters(root: string = contentPath("troubleshooters")): CompiledTroubleshooter[] {
  const problems: string[] = [];
  const compiled: CompiledTroubleshooter[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      compiled.push(loadTroubleshooter(join(root, entry.name)));
    } catch (error) {
      if (error instanceof TroubleshooterCompileError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new TroubleshooterCompileError(problems);
  return compiled.sort((a, b) => a.flow.order - b.flow.order || a.flow.slug.localeCompare(b.flow.slug));
}
