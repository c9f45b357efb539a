/**
 * The only guards and actions a troubleshooter may name. Flow files refer to them by name; the compiler
 * rejects any other name. Rules come from `src/lib/policies/*` with values the page passes in (context),
 * so the browser bundle never imports the config module.
 */
import { assign } from "xstate";
import { isResetLinkExpired } from "../lib/policies/reset-link.ts";
import { formatDateTimeInput, parseDateTimeInput } from "../lib/datetime-input.ts";
import type { TroubleshooterContext, TroubleshooterEvent } from "./types.ts";

type Args = { context: TroubleshooterContext; event: TroubleshooterEvent };
type Ctx = TroubleshooterContext;
type Ev = TroubleshooterEvent;

function typedValue(event: TroubleshooterEvent): string | null {
  return event.type === "answer.choose" ? event.value : null;
}

function linkAge(context: TroubleshooterContext, event: TroubleshooterEvent): "expired" | "valid" | null {
  const value = typedValue(event);
  const sentAt = value === null ? null : parseDateTimeInput(value);
  if (!sentAt) return null;
  const now = new Date(context.now ?? Date.now());
  return isResetLinkExpired(sentAt, now, context.rules.resetLinkLifetimeHours) ? "expired" : "valid";
}

/** Guards editors may name on an input check, each with a typed value that makes it true (for path tests). */
export const editorGuards = {
  /** Was the reset e-mail sent longer ago than the link lifetime? */
  isResetLinkExpired: {
    input: "datetime",
    check: ({ context, event }: Args) => linkAge(context, event) === "expired",
    example: (context: TroubleshooterContext) =>
      formatDateTimeInput(new Date((context.now ?? Date.now()) - (context.rules.resetLinkLifetimeHours + 1) * 3_600_000)),
  },
  /** Is the reset link still within its lifetime (a time in the future counts as a typo, not expiry)? */
  isResetLinkStillValid: {
    input: "datetime",
    check: ({ context, event }: Args) => linkAge(context, event) === "valid",
    example: (context: TroubleshooterContext) => formatDateTimeInput(new Date((context.now ?? Date.now()) - 3_600_000)),
  },
} as const;

export type EditorGuardName = keyof typeof editorGuards;

/** Actions editors may add to an answer. */
const editorActions = {
  /** Forget every answer (e.g. an answer that makes the earlier ones meaningless). */
  clearAnswers: assign<Ctx, Ev, undefined, Ev, never>({ answers: () => ({}) }),
} as const;

export function isEditorGuard(name: string): name is EditorGuardName {
  return Object.hasOwn(editorGuards, name);
}

export function isEditorAction(name: string): name is keyof typeof editorActions {
  return Object.hasOwn(editorActions, name);
}

function answerValue(event: TroubleshooterEvent): string | null {
  if (event.type === "answer.yes") return "yes";
  if (event.type === "answer.no") return "no";
  return typedValue(event);
}

/** Every guard the machines use: the editors' ones plus those the compiler writes. */
export const guards = {
  ...(Object.fromEntries(Object.entries(editorGuards).map(([name, guard]) => [name, guard.check])) as Record<
    EditorGuardName,
    (args: Args) => boolean
  >),
  /** Is this the option the person chose? */
  isChosen: ({ event }: Args, params: { value: string }) => typedValue(event) === params.value,
  /** Did the person come to this step from `step`? (Back returns there.) */
  isPreviousStep: ({ context }: Args, params: { step: string }) => context.history.at(-1) === params.step,
  /** Has the person answered anything yet? (Start over has nothing to undo before that.) */
  hasStarted: ({ context }: Args) => context.history.length > 0,
};

/** Every action the machines use. */
export const actions = {
  ...editorActions,
  /** Remember the answer given at `step` and that the person passed through it. */
  recordAnswer: assign<Ctx, Ev, { step: string }, Ev, never>(({ context, event }, params) => ({
    answers: { ...context.answers, [params.step]: answerValue(event) ?? "" },
    history: [...context.history, params.step],
  })),
  /** Step back: drop the last step from the history; its answer stays for when the person returns. */
  forgetLastStep: assign<Ctx, Ev, undefined, Ev, never>(({ context }) => ({ history: context.history.slice(0, -1) })),
  /** Start over: no answers, no history. */
  resetProgress: assign<Ctx, Ev, undefined, Ev, never>(() => ({ answers: {}, history: [] })),
};
