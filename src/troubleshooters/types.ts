/**
 * Shapes shared by the compiler (build time), the machine factory and the island (browser).
 * Plain data only: a compiled flow is JSON that the page hands to the island.
 */
import type { ProductName } from "../lib/products.ts";
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";
import type { PasswordPolicy } from "../config.ts";
import type { FeedbackReason } from "../lib/feedback.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import type { PasswordRuleId } from "../lib/policies/password.ts";
import type { FlowNodeType } from "../lib/schemas/troubleshooter.ts";

export type TroubleshooterEvent =
  | { type: "answer.yes" }
  | { type: "answer.no" }
  | { type: "answer.choose"; value: string }
  | { type: "step.back" }
  | { type: "flow.restart" };

export type AnswerEventType = "answer.yes" | "answer.no" | "answer.choose";

export interface TroubleshooterContext {
  /** Answers by step id. Going back keeps them, so a changed answer does not erase the rest. */
  answers: Record<string, string>;
  /** Steps answered on the way to the current one, oldest first (what Back undoes). */
  history: string[];
  /** The clock for time checks; `null` means "now" (tests pin it). */
  now: number | null;
  /** The rules guards compare with, from the site config (kept out of the browser bundle's imports). */
  rules: { resetLinkLifetimeHours: number };
}

export interface TroubleshooterInput {
  rules: TroubleshooterContext["rules"];
  now?: number;
  /** Answers kept from an earlier visit (restored from the URL); the steps still have to be replayed. */
  answers?: Readonly<Record<string, string>>;
}

/** One answer button (or, on an input check, one route for a typed value). */
export interface CompiledAnswer {
  /** The URL value of this answer; `null` on an input check, where the typed value is stored. */
  value: string | null;
  eventType: AnswerEventType;
  next: string;
  /** On an input check: the guard that picks this route. */
  guard: string | null;
}

export interface ArticleLink {
  id: string;
  anchor?: string | undefined;
}

/** A step as the island, the checklist and the URL codec see it (also each state's `meta`). */
export interface CompiledStep {
  id: string;
  type: FlowNodeType;
  /** "Check 3 of 7": set on checks and on the fixes they lead to. */
  progress: { number: number; total: number } | null;
  article: ArticleLink | null;
  checker: "password-web" | "password-app" | null;
  input: "datetime" | null;
  answers: CompiledAnswer[];
}

export interface CompiledFlow {
  slug: string;
  order: number;
  product: ProductName;
  start: string;
  article: ArticleLink | null;
  /** Every step, in the order the editor declared them (also the URL's key order). */
  steps: CompiledStep[];
  /** XState v5 machine config, JSON only; `createTroubleshooterMachine` adds the implementations. */
  config: MachineConfigJson;
}

export interface MachineConfigJson {
  id: string;
  initial: string;
  on: Record<string, unknown>;
  states: Record<string, { tags: string[]; meta: CompiledStep; on: Record<string, unknown> }>;
}

/** Text with its readings, as the island renders it. */
export type Ruby = RubySegment[];

/** One step's texts as the island gets them. */
export interface IslandStepTexts {
  title: Ruby;
  body: Ruby[];
  steps: Ruby[];
  answers: Record<string, Ruby>;
  input: Ruby | null;
  /** Plain title and answer labels, for the copyable summary and the "your answers" list. */
  plainTitle: string;
  plainAnswers: Record<string, string>;
}

export interface PasswordCheckerStrings {
  label: string;
  show: string;
  met: string;
  notMet: string;
  /** "Rule met: {rule}" */
  ruleMet: string;
  allMet: string;
  rules: Partial<Record<PasswordRuleId, string>>;
}

/** The island's UI strings, resolved for one language at build time. */
export interface IslandStrings {
  progress: string;
  yes: string;
  no: string;
  fixQuestion: string;
  fixYes: string;
  fixNo: string;
  submitInput: string;
  back: string;
  restart: string;
  copyLink: string;
  linkCopied: string;
  copySummary: string;
  summaryCopied: string;
  summaryHeading: string;
  summaryTitle: string;
  summaryLink: string;
  earlierAnswer: string;
  invalidState: string;
  readMore: string;
  yourAnswers: string;
  change: string;
  /** "your answer to: {question}", read after "Change" by screen readers. */
  changeWhat: string;
  /** "This step's address: {url}", printed with an outcome. */
  printUrl: string;
  /** Asked after "No, still not working" on a fix, where a feedback endpoint is set. */
  reasons: { question: string; options: Record<FeedbackReason, string>; comment: string; commentNote: string; send: string; thanks: string };
  checker: Omit<PasswordCheckerStrings, "rules" | "label">;
  /** The checker's label names the product whose rules it tests. */
  checkerLabels: Record<"web" | "app", PasswordCheckerStrings["label"]>;
  /** Each policy's rules in words. */
  checkerRules: Record<"web" | "app", PasswordCheckerStrings["rules"]>;
}

/** What the troubleshooter page hands the island (the contact block comes as a slot). */
export interface IslandProps {
  flow: CompiledFlow;
  title: string;
  steps: Record<string, IslandStepTexts>;
  strings: IslandStrings;
  rules: TroubleshooterInput["rules"];
  policies: Record<"web" | "app", PasswordPolicy>;
  /** Article link of each step that has one. */
  articleHrefs: Record<string, string>;
  /** Every string the island renders with the readings the build gave it whole (pages with furigana only). */
  readings?: ShownReadings | undefined;
}
