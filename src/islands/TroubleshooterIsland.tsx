/**
 * The step-by-step view of a troubleshooter. Thin on purpose: it renders the snapshot (value, meta, tags),
 * sends the shared events and enables buttons with `snapshot.can()`. Routing lives in the machine; the URL,
 * focus and announcements are this island's effects.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createActor } from "xstate";
import type { PasswordPolicy } from "../config.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import { decodeStepState, encodeStepState } from "../lib/url-state.ts";
import { createTroubleshooterMachine } from "../troubleshooters/machine.ts";
import { sendFeedback } from "../scripts/feedback.ts";
import { currentStepId, eventForAnswer, restoreActor } from "../troubleshooters/replay.ts";
import type { CompiledFlow, CompiledStep, TroubleshooterEvent, TroubleshooterInput } from "../troubleshooters/types.ts";
import PasswordChecker, { type PasswordCheckerStrings } from "./PasswordChecker.tsx";
import RubyText from "./RubyText.tsx";
import { useReadings } from "./readings.ts";
import type { ReadingDictionary } from "../lib/furigana/client-readings.ts";
import { useActor } from "./use-actor.ts";

type Ruby = RubySegment[];

export interface IslandStepTexts {
  title: Ruby;
  body: Ruby[];
  steps: Ruby[];
  answers: Record<string, Ruby>;
  input: Ruby | null;
  /** Plain title and answer labels, for the copyable summary. */
  plainTitle: string;
  plainAnswers: Record<string, string>;
}

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
  checker: Omit<PasswordCheckerStrings, "rules">;
  /** Each policy's rules in words. */
  checkerRules: Record<"web" | "app", PasswordCheckerStrings["rules"]>;
}

interface Props {
  flow: CompiledFlow;
  title: string;
  steps: Record<string, IslandStepTexts>;
  strings: IslandStrings;
  rules: TroubleshooterInput["rules"];
  policies: { web: PasswordPolicy; app: PasswordPolicy };
  /** Article link of each step that has one. */
  articleHrefs: Record<string, string>;
  /** The contact block, rendered by Astro from the site config (slot). */
  contact?: ComponentChildren;
  /** Readings for every string the island renders (pages with furigana only). */
  readings?: ReadingDictionary | undefined;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

export default function TroubleshooterIsland({ flow, title, steps, strings, rules, policies, articleHrefs, contact, readings }: Props) {
  useReadings(readings);
  const machine = useMemo(() => createTroubleshooterMachine(flow.config), [flow]);
  const fresh = () => createActor(machine, { input: { rules } }).start();
  const [snapshot, actor, replaceActor] = useActor(fresh);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState(false);
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  /** Puts the actor where the URL says; false when the URL held something that is not a state of this flow. */
  const restoreFromLocation = (): boolean => {
    const decoded = decodeStepState(flow, location.search);
    const restored = decoded.kind === "state" ? restoreActor(machine, flow, decoded.state, { rules }) : null;
    replaceActor(restored ?? fresh());
    return decoded.kind === "start" || restored !== null;
  };

  useEffect(() => {
    if (!restoreFromLocation()) {
      setNotice(true);
      history.replaceState(null, "", location.pathname);
    }
    setReady(true);
    const onPopState = () => {
      moved.current = true;
      setNotice(!restoreFromLocation());
    };
    addEventListener("popstate", onPopState);
    return () => removeEventListener("popstate", onPopState);
  }, []);

  const stepId = currentStepId(snapshot);
  const step = (snapshot.getMeta() as Record<string, CompiledStep>)[`${flow.slug}.${stepId}`]!;
  const text = steps[stepId]!;
  const progress = step.progress ? fill(strings.progress, step.progress) : null;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    setStatus([progress, text.plainTitle].filter(Boolean).join(". "));
  }, [stepId, actor]);

  const stepUrl = (query = encodeStepState(flow, { step: stepId, answers: snapshot.context.answers })) =>
    location.origin + location.pathname + (query ? `?${query}` : "");

  const send = (event: TroubleshooterEvent) => {
    actor.send(event);
    const next = actor.getSnapshot();
    const query = encodeStepState(flow, { step: currentStepId(next), answers: next.context.answers });
    const url = location.pathname + (query ? `?${query}` : "");
    if (url !== location.pathname + location.search) history.pushState(null, "", url);
    moved.current = true;
    setNotice(false);
  };

  // A fix's "Did this solve it?" is this page's "Did this answer your question?": the vote goes where article votes go
  // (nowhere unless the build sets a feedback endpoint).
  const voteOnFix = (fixId: string, solved: boolean) =>
    sendFeedback({
      kind: "vote",
      page: `troubleshooter:${flow.slug}:${fixId}`,
      locale: document.documentElement.dataset["locale"] ?? "",
      answer: solved ? "yes" : "no",
    });

  // Where the clipboard is unavailable (an insecure origin, a refused permission), show the text to copy by hand.
  const [manualCopy, setManualCopy] = useState<{ label: string; text: string } | null>(null);
  const copy = (value: string, label: string, done: string) => {
    const showText = () => setManualCopy({ label, text: value });
    if (!navigator.clipboard) return showText();
    navigator.clipboard.writeText(value).then(() => {
      setManualCopy(null);
      setStatus(done);
    }, showText);
  };

  const stepsById = useMemo(() => new Map(flow.steps.map((s) => [s.id, s])), [flow]);
  /** The words of an answer as its button showed them (a typed value is shown as typed). */
  const answerLabel = (id: string, answerValue: string) => {
    const at = stepsById.get(id)!;
    if (at.input !== null) return answerValue;
    if (at.type === "fix") return answerValue === "yes" ? strings.fixYes : strings.fixNo;
    return steps[id]!.plainAnswers[answerValue] ?? (answerValue === "yes" ? strings.yes : strings.no);
  };

  const summary = () =>
    [
      fill(strings.summaryTitle, { title }),
      ...snapshot.context.history.map((id) => {
        return `- ${steps[id]!.plainTitle} → ${answerLabel(id, snapshot.context.answers[id] ?? "")}`;
      }),
      fill(strings.summaryLink, { url: stepUrl() }),
    ].join("\n");

  const earlier = snapshot.context.answers[stepId];

  return (
    <div class="troubleshooter" data-furigana-skip="" data-pagefind-ignore="all" data-troubleshooter={flow.slug} hidden={!ready}>
      {notice && (
        <p class="troubleshooter__notice" role="status">
          {strings.invalidState}
        </p>
      )}
      <section id={stepId} class={`troubleshooter__step troubleshooter__step--${step.type}`} data-step-id={stepId} aria-labelledby={`${stepId}-title`}>
        {progress && <p class="troubleshooter__progress">{progress}</p>}
        <h2 id={`${stepId}-title`} tabIndex={-1} ref={heading}>
          <RubyText segments={text.title} />
        </h2>
        {text.body.map((paragraph) => (
          <p>
            <RubyText segments={paragraph} />
          </p>
        ))}
        {text.steps.length > 0 && (
          <ol class="troubleshooter__instructions">
            {text.steps.map((instruction) => (
              <li>
                <RubyText segments={instruction} />
              </li>
            ))}
          </ol>
        )}
        {step.checker && (
          <PasswordChecker
            key={stepId}
            id={`${stepId}-checker`}
            policy={step.checker === "password-app" ? policies.app : policies.web}
            strings={{ ...strings.checker, rules: strings.checkerRules[step.checker === "password-app" ? "app" : "web"] }}
          />
        )}
        {articleHrefs[stepId] && (
          <p>
            <a class="standalone-link" href={articleHrefs[stepId]}>{strings.readMore}</a>
          </p>
        )}
        {step.input === "datetime" && (
          <DateTimeAnswer
            key={stepId}
            id={`${stepId}-input`}
            label={text.input ?? []}
            submit={strings.submitInput}
            initial={earlier ?? ""}
            can={(value) => snapshot.can({ type: "answer.choose", value })}
            onAnswer={(value) => send({ type: "answer.choose", value })}
          />
        )}
        {step.input === null && step.answers.length > 0 && (
          <div class="troubleshooter__answers" role="group" aria-labelledby={step.type === "fix" ? `${stepId}-fix-question` : `${stepId}-title`}>
            {step.type === "fix" && <p id={`${stepId}-fix-question`} class="troubleshooter__fix-question">{strings.fixQuestion}</p>}
            {step.answers.map((answer) => {
              const event = eventForAnswer(step, answer.value ?? "");
              return (
                <button type="button" class="troubleshooter__answer" disabled={!snapshot.can(event)} onClick={() => { if (step.type === "fix") voteOnFix(stepId, event.type === "answer.yes"); send(event); }} data-answer={answer.value}>
                  {step.type !== "fix" && text.answers[answer.value ?? ""] ? <RubyText segments={text.answers[answer.value ?? ""]!} /> : answerLabel(stepId, answer.value ?? "")}
                  {earlier === answer.value && <span class="troubleshooter__earlier"> ({strings.earlierAnswer})</span>}
                </button>
              );
            })}
          </div>
        )}
        {snapshot.hasTag("handoff") && (
          <div class="troubleshooter__handoff">
            <h3 id={`${stepId}-summary`}>{strings.summaryHeading}</h3>
            <textarea readOnly rows={Math.min(12, snapshot.context.history.length + 3)} aria-labelledby={`${stepId}-summary`} value={summary()} />
            <button type="button" class="secondary" onClick={() => copy(summary(), strings.copySummary, strings.summaryCopied)}>
              {strings.copySummary}
            </button>
            {contact}
          </div>
        )}
      </section>
      <div class="troubleshooter__nav">
        <button type="button" class="secondary" disabled={!snapshot.can({ type: "step.back" })} onClick={() => send({ type: "step.back" })}>
          {strings.back}
        </button>
        <button type="button" class="secondary" disabled={!snapshot.can({ type: "flow.restart" })} onClick={() => send({ type: "flow.restart" })}>
          {strings.restart}
        </button>
        <button type="button" class="secondary" onClick={() => copy(stepUrl(), strings.copyLink, strings.linkCopied)}>
          {strings.copyLink}
        </button>
      </div>
      {manualCopy && (
        <label class="troubleshooter__manual-copy">
          {manualCopy.label}
          <input type="text" readOnly value={manualCopy.text} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

interface DateTimeAnswerProps {
  id: string;
  label: Ruby;
  submit: string;
  initial: string;
  can: (value: string) => boolean;
  onAnswer: (value: string) => void;
}

function DateTimeAnswer({ id, label, submit, initial, can, onAnswer }: DateTimeAnswerProps) {
  const [value, setValue] = useState(initial);
  return (
    <form
      class="troubleshooter__input"
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(value);
      }}
    >
      <label for={id}>
        <RubyText segments={label} />
      </label>
      <input id={id} type="datetime-local" value={value} onInput={(event) => setValue(event.currentTarget.value)} required />
      <button type="submit" disabled={!can(value)}>
        {submit}
      </button>
    </form>
  );
}
