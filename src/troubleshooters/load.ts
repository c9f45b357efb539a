/**
 * The loader: reads `content/troubleshooters/<slug>/` from disk and compiles every flow (build time,
 * scripts and tests). Problems in all flows are reported together.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { localeKeys, type Locale } from "../lib/i18n/locales.ts";
import { configValues } from "../lib/policies/values.ts";
import { loadGlossary } from "../lib/glossary/load.ts";
import { screenPlaceholders } from "../lib/glossary/schema.ts";
import { compileTroubleshooter, TroubleshooterCompileError, type CompiledTroubleshooter, type TroubleshooterSource } from "./compile.ts";

export const troubleshootersRoot = "content/troubleshooters";

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

/** Compiles one folder (the slug is the folder name). */
export function loadTroubleshooter(dir: string): CompiledTroubleshooter {
  const slug = dir.split(/[\\/]/).filter(Boolean).at(-1)!;
  const glossary = loadGlossary();
  return compileTroubleshooter(readTroubleshooterSource(dir, slug), (locale) => ({ ...configValues, ...screenPlaceholders(glossary, locale) }));
}

/** Every troubleshooter under `root`, in their `order`. */
export function loadTroubleshooters(root: string = troubleshootersRoot): CompiledTroubleshooter[] {
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
