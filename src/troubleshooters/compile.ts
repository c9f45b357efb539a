/**
 * flow.yaml + <locale>.yaml → a checked, compiled troubleshooter (JSON machine config + texts).
 * Every problem names the file and the step, and all problems are reported at once.
 */
import type { z } from "zod";
import { flowSchema, flowNodeSchema, stepIdSchema, stepTextSchema, textsSchema, type FlowNode, type StepText } from "../lib/schemas/troubleshooter.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import { fillPlaceholders } from "../lib/i18n/placeholders.ts";
import { editorGuards, isEditorAction, isEditorGuard } from "./implementations.ts";
import type { CompiledAnswer, CompiledFlow, CompiledStep, MachineConfigJson } from "./types.ts";

export interface TroubleshooterSource {
  slug: string;
  flowFile: string;
  /** Parsed YAML of flow.yaml. */
  flow: unknown;
  /** Parsed YAML per locale; a missing locale is `undefined`. */
  texts: Partial<Record<Locale, { file: string; data: unknown }>>;
  /** Where each locale's file is expected (for "file missing" messages). */
  textFile: (locale: Locale) => string;
  /** The languages every step needs a text in: those the content root's troubleshooters are written in. */
  languages: readonly Locale[];
}

export interface StepTexts {
  title: string;
  body: string[];
  steps: string[];
  answers: Record<string, string>;
  input: string | null;
}

export interface FlowTexts {
  title: string;
  summary: string;
  steps: Record<string, StepTexts>;
}

export interface CompiledTroubleshooter {
  /** The flow file it was compiled from (for messages about its steps). */
  flowFile: string;
  flow: CompiledFlow;
  texts: Record<Locale, FlowTexts>;
}

/** One mistake in a troubleshooter's files: the file, the step it is about (if any) and what is wrong. */
export interface CompileProblem {
  file: string;
  node?: string | undefined;
  /** 1-based line, when the reader knows it (a YAML syntax error). */
  line?: number | undefined;
  message: string;
}

/** `file: node "id": message`, the form the build prints. */
export function formatCompileProblem({ file, node, message }: CompileProblem): string {
  return node === undefined ? `${file}: ${message}` : `${file}: node "${node}": ${message}`;
}

export class TroubleshooterCompileError extends Error {
  readonly issues: CompileProblem[];
  /** The issues as printed lines. */
  readonly problems: string[];
  constructor(issues: CompileProblem[]) {
    const problems = issues.map(formatCompileProblem);
    super(`Troubleshooter content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "TroubleshooterCompileError";
    this.issues = issues;
    this.problems = problems;
  }
}

const terminalTypes = new Set(["handoff", "result"]);

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** Where each answer of a step leads (in button order). */
function nextSteps(node: FlowNode): string[] {
  switch (node.type) {
    case "question":
    case "check":
      return node.answers.map((answer) => answer.next);
    case "fix":
      return [node.solved, node.unsolved];
    case "handoff":
    case "result":
      return [];
  }
}

function compileAnswers(node: FlowNode): CompiledAnswer[] {
  switch (node.type) {
    case "question":
    case "check":
      if ("input" in node) return node.answers.map((a) => ({ value: null, eventType: "answer.choose", next: a.next, guard: a.guard }));
      return node.answers.map((a) => ({
        value: a.value,
        eventType: a.value === "yes" ? "answer.yes" : a.value === "no" ? "answer.no" : "answer.choose",
        next: a.next,
        guard: null,
      }));
    case "fix":
      return [
        { value: "yes", eventType: "answer.yes", next: node.solved, guard: null },
        { value: "no", eventType: "answer.no", next: node.unsolved, guard: null },
      ];
    case "handoff":
    case "result":
      return [];
  }
}

/** Values for `{name}` placeholders: config values, and per language the quoted screen texts (`{screen.x}`). */
export type PlaceholderValues = Readonly<Record<string, string | number>> | ((locale: Locale) => Readonly<Record<string, string | number>>);

export function compileTroubleshooter(source: TroubleshooterSource, placeholderValues: PlaceholderValues): CompiledTroubleshooter {
  const problems: CompileProblem[] = [];
  const file = source.flowFile;
  const report = (file: string, node: string | undefined, message: string) => problems.push({ file, node, message });
  const at = (id: string, message: string) => report(file, id, message);

  const { nodes: rawNodes, ...head } = (typeof source.flow === "object" && source.flow !== null ? source.flow : {}) as Record<string, unknown>;
  const parsedFlow = flowSchema.omit({ nodes: true }).safeParse(head);
  if (!parsedFlow.success) report(file, undefined, issuesText(parsedFlow.error));
  if (typeof rawNodes !== "object" || rawNodes === null || Array.isArray(rawNodes)) {
    report(file, undefined, `"nodes" must map step ids to steps`);
    throw new TroubleshooterCompileError(problems);
  }

  // Each node is parsed on its own, so a mistake is reported against its step id.
  const nodes = new Map<string, FlowNode>();
  for (const [id, raw] of Object.entries(rawNodes)) {
    const idCheck = stepIdSchema.safeParse(id);
    if (!idCheck.success) at(id, `bad step id: ${issuesText(idCheck.error)}`);
    const parsed = flowNodeSchema.safeParse(raw);
    if (!parsed.success) {
      const type = (raw as { type?: unknown } | null)?.type;
      const known = ["question", "check", "fix", "handoff", "result"];
      at(id, typeof type === "string" && known.includes(type) ? `invalid ${type}: ${issuesText(parsed.error)}` : `"type" must be one of ${known.join(", ")}`);
      continue;
    }
    nodes.set(id, parsed.data);
  }
  if (!parsedFlow.success) throw new TroubleshooterCompileError(problems);
  const { start, checks, order, product, article } = parsedFlow.data;

  // References.
  if (!nodes.has(start) && !problems.some((p) => p.node === start)) at(start, `"start" points to a step that does not exist`);
  for (const [id, node] of nodes) {
    for (const target of nextSteps(node)) if (!nodes.has(target) && !(target in rawNodes)) at(id, `leads to "${target}", which is not a step in this flow`);
    if (node.type === "question" || node.type === "check") {
      const seen = new Set<string>();
      for (const answer of node.answers) {
        if ("value" in answer) {
          if (seen.has(answer.value)) at(id, `answer "${answer.value}" appears twice`);
          seen.add(answer.value);
        }
        if ("guard" in answer) {
          if (!isEditorGuard(answer.guard)) at(id, `unknown guard "${answer.guard}" (known: ${Object.keys(editorGuards).join(", ")})`);
          else if ("input" in node && editorGuards[answer.guard].input !== node.input) at(id, `guard "${answer.guard}" does not read a ${node.input} input`);
        }
        for (const action of answer.actions) if (!isEditorAction(action)) at(id, `unknown action "${action}"`);
      }
    }
  }
  for (const id of checks) {
    const node = nodes.get(id);
    if (!node) at(id, `listed in "checks" but not a step in this flow`);
    else if (node.type !== "check") at(id, `listed in "checks" but its type is "${node.type}"`);
  }
  for (const [id, node] of nodes) if (node.type === "check" && !checks.includes(id)) at(id, `is a check but is missing from "checks" (needed for "Check N of M")`);

  // Reachability from the start.
  const reached = new Set<string>();
  const queue = nodes.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const next of nextSteps(nodes.get(id)!)) if (nodes.has(next)) queue.push(next);
  }
  if (nodes.has(start)) for (const id of nodes.keys()) if (!reached.has(id)) at(id, `is unreachable from the start step "${start}"`);

  // Every path must end in a hand-off or a result: no dead ends, no loops.
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      at(id, `a path never ends in a fix, hand-off or result: it loops (${[...trail.slice(trail.indexOf(id)), id].join(" → ")})`);
      return;
    }
    state.set(id, "visiting");
    const node = nodes.get(id)!;
    const next = nextSteps(node).filter((target) => nodes.has(target));
    if (next.length === 0 && !terminalTypes.has(node.type)) at(id, `a path never ends in a fix, hand-off or result: this ${node.type} has no answers`);
    for (const target of next) visit(target, [...trail, id]);
    state.set(id, "done");
  };
  if (nodes.has(start)) visit(start, []);

  // A result's text may assume steps ("log in with your new password" assumes the password was set):
  // every path from the start must pass them. The flow has no loops here, so a step is passed on every
  // path to a node when it is the node itself or passed on every path to each of the node's predecessors.
  const loops = problems.some((problem) => problem.message.includes("it loops"));
  if (nodes.has(start) && !loops) {
    const passed = passedOnEveryPath(start, nodes);
    for (const [id, node] of nodes) {
      if (node.type !== "result") continue;
      for (const required of node.requires) {
        if (!nodes.has(required)) at(id, `requires "${required}", which is not a step in this flow`);
        else if (reached.has(id) && !passed.get(id)!.has(required)) {
          at(id, `requires "${required}", but a path reaches it without passing that step: ${pathAvoiding(start, id, required, nodes).join(" → ")}`);
        }
      }
    }
  }

  // Progress: checks count in the listed order; a fix reached only from one check shows that check's number.
  const predecessors = new Map<string, Set<string>>();
  for (const [id, node] of nodes) for (const next of nextSteps(node)) predecessors.set(next, (predecessors.get(next) ?? new Set()).add(id));
  const progressOf = (id: string): CompiledStep["progress"] => {
    const node = nodes.get(id)!;
    const index = checks.indexOf(id);
    if (index >= 0) return { number: index + 1, total: checks.length };
    const from = [...(predecessors.get(id) ?? [])];
    if (node.type === "fix" && from.length === 1 && checks.includes(from[0]!)) return { number: checks.indexOf(from[0]!) + 1, total: checks.length };
    return null;
  };

  // Texts, per locale.
  const texts = {} as Record<Locale, FlowTexts>;
  for (const locale of source.languages) {
    const entry = source.texts[locale];
    if (!entry) {
      report(source.textFile(locale), undefined, `missing (every step needs a text in ${locale})`);
      continue;
    }
    const textFile = entry.file;
    const { nodes: textNodes, ...textHead } = (typeof entry.data === "object" && entry.data !== null ? entry.data : {}) as Record<string, unknown>;
    const parsed = textsSchema.omit({ nodes: true }).safeParse(textHead);
    if (!parsed.success) report(textFile, undefined, issuesText(parsed.error));
    const rawTexts = (typeof textNodes === "object" && textNodes !== null ? textNodes : {}) as Record<string, unknown>;
    const values = typeof placeholderValues === "function" ? placeholderValues(locale) : placeholderValues;
    // `field` names the flow-wide text ("title: "); a step's text is reported against its node.
    const fill = (text: string, node: string | undefined, field = "") =>
      fillPlaceholders(text, values, (name) => report(textFile, node, `${field}unknown placeholder {${name}} (known: ${Object.keys(values).join(", ")})`));
    const steps: Record<string, StepTexts> = {};
    for (const id of Object.keys(rawTexts)) if (!nodes.has(id) && !(id in rawNodes)) report(textFile, id, "text for a step that is not in flow.yaml");
    for (const [id, node] of nodes) {
      const raw = rawTexts[id];
      if (raw === undefined) {
        report(textFile, id, `no text in ${locale}`);
        continue;
      }
      const result = stepTextSchema.safeParse(raw);
      if (!result.success) {
        report(textFile, id, issuesText(result.error));
        continue;
      }
      const text: StepText = result.data;
      const answers: Record<string, string> = {};
      for (const answer of compileAnswers(node)) {
        if (answer.value === null || node.type === "fix") continue;
        const label = text.answers?.[answer.value];
        if (label) answers[answer.value] = fill(label, id);
        else if (answer.value !== "yes" && answer.value !== "no") report(textFile, id, `no label for answer "${answer.value}" in ${locale}`);
      }
      if ("input" in node && !text.input) report(textFile, id, `no label for the ${node.input} input in ${locale}`);
      steps[id] = {
        title: fill(text.title, id),
        body: (text.body ?? []).map((p) => fill(p, id)),
        steps: (text.steps ?? []).map((s) => fill(s, id)),
        answers,
        input: text.input ? fill(text.input, id) : null,
      };
    }
    if (parsed.success) texts[locale] = { title: fill(parsed.data.title, undefined, "title: "), summary: fill(parsed.data.summary, undefined, "summary: "), steps };
  }

  if (problems.length > 0) throw new TroubleshooterCompileError(problems);

  const steps: CompiledStep[] = [...nodes].map(([id, node]) => ({
    id,
    type: node.type,
    progress: progressOf(id),
    article: node.article ?? null,
    checker: "checker" in node ? (node.checker ?? null) : null,
    input: "input" in node ? node.input : null,
    answers: compileAnswers(node),
  }));
  return { flowFile: source.flowFile, flow: { slug: source.slug, order, product, start, article: article ?? null, steps, config: machineConfig(source.slug, start, steps, nodes, predecessors) }, texts };
}

/** For every step reachable from `start`: the steps that every path from `start` to it passes (itself included). */
function passedOnEveryPath(start: string, nodes: ReadonlyMap<string, FlowNode>): Map<string, Set<string>> {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !nodes.has(id)) return;
    seen.add(id);
    for (const next of nextSteps(nodes.get(id)!)) visit(next);
    order.push(id);
  };
  visit(start);
  order.reverse();
  const passed = new Map<string, Set<string>>();
  for (const id of order) {
    const from = order.filter((candidate) => passed.has(candidate) && nextSteps(nodes.get(candidate)!).includes(id));
    const common = from.length === 0 ? new Set<string>() : new Set([...passed.get(from[0]!)!].filter((step) => from.every((other) => passed.get(other)!.has(step))));
    passed.set(id, common.add(id));
  }
  return passed;
}

/** One path from `start` to `end` that does not pass `avoided`, for the error message. */
function pathAvoiding(start: string, end: string, avoided: string, nodes: ReadonlyMap<string, FlowNode>): string[] {
  const walk = (id: string, trail: string[]): string[] | undefined => {
    if (id === avoided || !nodes.has(id) || trail.includes(id)) return undefined;
    if (id === end) return [...trail, id];
    for (const next of nextSteps(nodes.get(id)!)) {
      const found = walk(next, [...trail, id]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, []) ?? [];
}

function machineConfig(
  slug: string,
  start: string,
  steps: CompiledStep[],
  nodes: Map<string, FlowNode>,
  predecessors: Map<string, Set<string>>,
): MachineConfigJson {
  const states: MachineConfigJson["states"] = {};
  for (const step of steps) {
    const node = nodes.get(step.id)!;
    const extraActions = node.type === "question" || node.type === "check" ? node.answers.map((a) => a.actions) : [];
    const on: Record<string, unknown[]> = {};
    step.answers.forEach((answer, index) => {
      const guard = answer.guard ? { type: answer.guard } : answer.eventType === "answer.choose" ? { type: "isChosen", params: { value: answer.value } } : undefined;
      const transition = {
        target: answer.next,
        ...(guard ? { guard } : {}),
        actions: [{ type: "recordAnswer", params: { step: step.id } }, ...(extraActions[index] ?? []).map((type) => ({ type }))],
      };
      (on[answer.eventType] ??= []).push(transition);
    });
    const back = [...(predecessors.get(step.id) ?? [])].map((from) => ({
      target: from,
      guard: { type: "isPreviousStep", params: { step: from } },
      actions: [{ type: "forgetLastStep" }],
    }));
    if (back.length > 0) on["step.back"] = back;
    states[step.id] = { tags: [step.type, ...(terminalTypes.has(step.type) ? ["end"] : [])], meta: step, on };
  }
  return {
    id: slug,
    initial: start,
    on: { "flow.restart": { target: `.${start}`, guard: { type: "hasStarted" }, actions: [{ type: "resetProgress" }] } },
    states,
  };
}
