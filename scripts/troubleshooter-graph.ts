/**
 * Prints a troubleshooter as a Mermaid flowchart (default) or as plain text, straight from its flow file,
 * with the path count from XState's graph. `npm run graph:troubleshooter -- <slug> [--text]`
 */
import { siteConfig } from "../src/config.ts";
import { loadTroubleshooter } from "../src/troubleshooters/load.ts";
import { troubleshooterPath } from "../src/lib/content-paths.ts";
import { enumeratePaths } from "../src/troubleshooters/paths.ts";
import { TroubleshooterCompileError } from "../src/troubleshooters/compile.ts";

const slug = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const asText = process.argv.includes("--text");
if (!slug) {
  console.error("usage: npm run graph:troubleshooter -- <slug> [--text]");
  process.exit(1);
}

let compiled;
try {
  compiled = loadTroubleshooter(troubleshooterPath(slug));
} catch (error) {
  console.error(error instanceof TroubleshooterCompileError ? error.message : `${troubleshooterPath(slug)}: ${(error as Error).message}`);
  process.exit(1);
}
const { flow, texts } = compiled;
const title = (id: string) => texts.en.steps[id]!.title.replace(/"/g, "'");
const edgeLabel = (answer: { value: string | null; guard: string | null }) => answer.guard ?? answer.value ?? "";

if (asText) {
  console.log(`${flow.slug} (start: ${flow.start})`);
  for (const step of flow.steps) {
    const progress = step.progress ? ` [check ${step.progress.number}/${step.progress.total}]` : "";
    console.log(`${step.id} (${step.type})${progress}: ${texts.en.steps[step.id]!.title}`);
    for (const answer of step.answers) console.log(`  ${edgeLabel(answer)} → ${answer.next}`);
  }
} else {
  const shape = (type: string, id: string) =>
    type === "question" || type === "check" ? `${id}{"${title(id)}"}` : type === "fix" ? `${id}["${title(id)}"]` : `${id}(["${title(id)}"])`;
  console.log("flowchart TD");
  for (const step of flow.steps) console.log(`  ${shape(step.type, step.id)}`);
  for (const step of flow.steps) for (const answer of step.answers) console.log(`  ${step.id} -->|${edgeLabel(answer)}| ${answer.next}`);
}
const paths = enumeratePaths(flow, { rules: { resetLinkLifetimeHours: siteConfig.rules.resetLinkLifetimeHours } });
console.error(`${flow.slug}: ${flow.steps.length} steps, ${paths.length} paths from start to an end`);
