/**
 * The two files an editor writes for a troubleshooter (`content/troubleshooters/<slug>/`):
 * `flow.yaml` (structure: steps, answers, where they lead; no words) and `<locale>.yaml`
 * (words per step id; translators never touch the structure). No expressions: a condition is the
 * name of a guard from `src/troubleshooters/implementations.ts`.
 */
import { z } from "zod";
import { productNames } from "../products.ts";

/** Step ids are kebab-case, unique in a flow, and never change once shipped (agents share them). */
export const stepIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "use lower-case kebab-case, e.g. link-sent-at")
  .refine((id) => id !== "step", { message: '"step" is reserved for the URL (?step=…)' });

/** An answer value in the URL: `yes`, `no`, or an editor's option key. */
const answerValueSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, "use lower-case kebab-case");

/** A link from a step to the section of an article that explains it. */
const articleLinkSchema = z.object({ id: z.string().min(1), anchor: z.string().min(1).optional() }).strict();

const choiceAnswerSchema = z
  .object({
    /** `yes` and `no` become the buttons' standard events; any other key is an `answer.choose` option. */
    value: answerValueSchema,
    next: stepIdSchema,
    /** Extra named actions (from the registry) run when this answer is given. */
    actions: z.array(z.string()).default([]),
  })
  .strict();

const inputAnswerSchema = z
  .object({
    /** Named guard (from the registry) that decides whether the typed value leads here. */
    guard: z.string().min(1),
    next: stepIdSchema,
    actions: z.array(z.string()).default([]),
  })
  .strict();

const common = {
  /** Where the step is explained in full. */
  article: articleLinkSchema.optional(),
};

const questionNodeSchema = z.object({ type: z.literal("question"), ...common, answers: z.array(choiceAnswerSchema) }).strict();

const checkNodeSchema = z
  .object({
    type: z.literal("check"),
    ...common,
    /** An inline password checker shown with the question (nothing typed leaves the page). */
    checker: z.enum(["password-web", "password-app"]).optional(),
    answers: z.array(choiceAnswerSchema),
  })
  .strict();

/** A check or question where the person types a value (e.g. when an e-mail arrived); guards route it. */
const inputCheckNodeSchema = z
  .object({
    type: z.enum(["check", "question"]),
    ...common,
    input: z.enum(["datetime"]),
    answers: z.array(inputAnswerSchema),
  })
  .strict();

const fixNodeSchema = z
  .object({
    type: z.literal("fix"),
    ...common,
    checker: z.enum(["password-web", "password-app"]).optional(),
    /** Where "Yes, this solved it" leads (a result). */
    solved: stepIdSchema,
    /** Where "No" leads: the next check, or the hand-off. */
    unsolved: stepIdSchema,
  })
  .strict();

const handoffNodeSchema = z.object({ type: z.literal("handoff"), ...common }).strict();
const resultNodeSchema = z
  .object({
    type: z.literal("result"),
    ...common,
    /**
     * Steps every path to this result must pass, because its text assumes them (a result that says "log in
     * with your new password" requires the step where the password was set). The compiler checks every path.
     */
    requires: z.array(stepIdSchema).default([]),
  })
  .strict();

export const flowNodeSchema = z.union([
  questionNodeSchema,
  inputCheckNodeSchema,
  checkNodeSchema,
  fixNodeSchema,
  handoffNodeSchema,
  resultNodeSchema,
]);

export const flowSchema = z
  .object({
    /** Position in lists (lower first). */
    order: z.number().int(),
    /** The product whose login this troubleshooter is about: its page says so, as readers mix the two up. */
    product: z.enum(productNames, { error: `name the product: one of ${productNames.join(", ")}` }),
    /** The article this troubleshooter walks through. */
    article: articleLinkSchema.optional(),
    start: stepIdSchema,
    /** The check steps in the order they are counted ("Check 3 of 7"). */
    checks: z.array(stepIdSchema).default([]),
    nodes: z.record(stepIdSchema, flowNodeSchema),
  })
  .strict();

export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeType = FlowNode["type"];

/** One paragraph, or several. */
const paragraphsSchema = z.union([z.string().min(1).transform((text) => [text]), z.array(z.string().min(1))]);

export const stepTextSchema = z
  .object({
    /** The question asked, or the heading of a fix, hand-off or result. */
    title: z.string().min(1),
    body: paragraphsSchema.optional(),
    /** Numbered instructions. */
    steps: z.array(z.string().min(1)).optional(),
    /** Labels for answer values (`yes`/`no` fall back to the standard labels). */
    answers: z.record(answerValueSchema, z.string().min(1)).optional(),
    /** Label of the input field on an input check. */
    input: z.string().min(1).optional(),
  })
  .strict();

export const textsSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    nodes: z.record(z.string(), stepTextSchema),
  })
  .strict();

export type StepText = z.infer<typeof stepTextSchema>;
