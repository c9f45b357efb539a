/**
 * The step-by-step view of a troubleshooter. It renders a snapshot (value, meta, tags) and enables buttons
 * with `snapshot.can()`. What an event leads to is pure and lives beside the machine: the next snapshot with
 * its answers pruned and the URL state restored (`replay.ts`), the query string and the step events
 * (`view.ts`). The island only carries out the effects at the edge: history, focus, announcements, sending.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { StepEventBatch, feedbackReasons, isFeedbackReason, maxCommentLength, redactComment, sendFeedback, type FeedbackPayload, type StepEvent } from "../lib/feedback.ts";
import { createTroubleshooterMachine } from "../troubleshooters/machine.ts";
import { pageTransport } from "../scripts/feedback.ts";
import { currentStepId, eventForAnswer, nextSnapshot, snapshotFromQuery, startSnapshot } from "../troubleshooters/replay.ts";
import type { CompiledStep, IslandProps, IslandStrings, Ruby, TroubleshooterEvent } from "../troubleshooters/types.ts";
import { answerLabel, checkerPolicy, fixToAskAbout, givenAnswers, isOutcome, stepEventsFor, stepQuery } from "../troubleshooters/view.ts";
import PasswordChecker from "./PasswordChecker.tsx";
import RubyText from "./RubyText.tsx";
import { useReadings } from "./readings.ts";
import { fillPlaceholders } from "../lib/i18n/placeholders.ts";

interface Props extends IslandProps {
  /** The contact block, rendered by Astro from the site config (slot). */
  contact?: ComponentChildren;
}

export default function TroubleshooterIsland({ flow, title, steps, strings, rules, policies, articleHrefs, contact, readings }: Props) {
  useReadings(readings);
  const machine = useMemo(() => createTroubleshooterMachine(flow.config), [flow]);
  const [snapshot, setSnapshot] = useState(() => startSnapshot(machine, { rules }));
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState(false);
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  /** The fix the reader just said did not work, asked why on the next step (only where an endpoint is set). */
  const [askWhy, setAskWhy] = useState<string | null>(null);
  // Step events go out in small batches, and only when the build sets a feedback endpoint (never by default).
  const events = useRef<{ batch: StepEventBatch; send: (payload: FeedbackPayload) => void } | null>(null);
  const report = (reported: StepEvent[], flushNow: boolean) => {
    const queue = events.current;
    if (!queue) return;
    for (const event of reported) {
      const full = queue.batch.add(event);
      if (full) queue.send(full);
    }
    const rest = flushNow ? queue.batch.flush() : null;
    if (rest) queue.send(rest);
  };

  /** Shows the state the URL holds; false when it held something that is not a state of this flow. */
  const restoreFromLocation = (): boolean => {
    const restored = snapshotFromQuery(machine, flow, location.search, { rules });
    setSnapshot(restored.snapshot);
    return restored.opened !== "invalid";
  };

  useEffect(() => {
    const transport = pageTransport();
    if (transport.endpoint) {
      const batch = new StepEventBatch(flow.slug, document.documentElement.dataset["locale"] ?? "");
      events.current = { batch, send: (payload) => sendFeedback(payload, transport) };
    }
    const flushOnLeave = (event: Event) => {
      if ((event.type === "visibilitychange" && document.visibilityState !== "hidden") || !events.current) return;
      const payload = events.current.batch.flush();
      if (payload) events.current.send(payload);
    };
    const { snapshot: opened, opened: how } = snapshotFromQuery(machine, flow, location.search, { rules });
    setSnapshot(opened);
    if (how === "invalid") {
      setNotice(true);
      history.replaceState(null, "", location.pathname);
    }
    if (how !== "state") report([{ type: "start", step: flow.start }], false);
    setReady(true);
    const onPopState = () => {
      moved.current = true;
      setNotice(!restoreFromLocation());
    };
    addEventListener("popstate", onPopState);
    document.addEventListener("visibilitychange", flushOnLeave);
    addEventListener("pagehide", flushOnLeave);
    return () => {
      removeEventListener("popstate", onPopState);
      document.removeEventListener("visibilitychange", flushOnLeave);
      removeEventListener("pagehide", flushOnLeave);
    };
  }, []);

  const stepId = currentStepId(snapshot);
  const step = (snapshot.getMeta() as Record<string, CompiledStep>)[`${flow.slug}.${stepId}`]!;
  const text = steps[stepId]!;
  const progress = step.progress ? fillPlaceholders(strings.progress, step.progress) : null;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    setStatus([progress, text.plainTitle].filter(Boolean).join(". "));
  }, [snapshot]);

  const stepUrl = (query = stepQuery(flow, snapshot)) => location.origin + location.pathname + (query ? `?${query}` : "");

  const send = (event: TroubleshooterEvent) => {
    const next = nextSnapshot(machine, flow, snapshot, event);
    const { events: reported, flushNow } = stepEventsFor(flow, step, event, currentStepId(next));
    report(reported, flushNow);
    setAskWhy(events.current ? fixToAskAbout(step, event) : null);
    const query = stepQuery(flow, next);
    const url = location.pathname + (query ? `?${query}` : "");
    if (url !== location.pathname + location.search) history.pushState(null, "", url);
    moved.current = true;
    setNotice(false);
    setSnapshot(next);
  };

  /** A Change link is a real link to that question; with scripts it opens in place, with every answer kept. */
  const openChangeLink = (event: MouseEvent, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, "", href);
    moved.current = true;
    setNotice(!restoreFromLocation());
  };

  // A fix's "Did this solve it?" is this page's "Did this answer your question?": the vote goes where article votes go
  // (nowhere unless the build sets a feedback endpoint).
  const voteOnFix = (fixId: string, solved: boolean) =>
    sendFeedback(
      { kind: "vote", page: `troubleshooter:${flow.slug}:${fixId}`, locale: document.documentElement.dataset["locale"] ?? "", answer: solved ? "yes" : "no" },
      pageTransport(),
    );

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
  const labelOf = (id: string, value: string) => answerLabel(stepsById.get(id)!, value, steps[id]!.plainAnswers, strings);
  const given = givenAnswers(flow, snapshot.context.history, snapshot.context.answers);

  const summary = () =>
    [
      fillPlaceholders(strings.summaryTitle, { title }),
      ...given.map((answer) => `- ${steps[answer.stepId]!.plainTitle} → ${labelOf(answer.stepId, answer.value)}`),
      fillPlaceholders(strings.summaryLink, { url: stepUrl() }),
    ].join("\n");

  const earlier = snapshot.context.answers[stepId];
  const outcome = isOutcome(step);

  return (
    <div class="troubleshooter" data-furigana-skip="" data-pagefind-ignore="all" data-troubleshooter={flow.slug} data-outcome={outcome ? "" : undefined} hidden={!ready}>
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
            policy={policies[checkerPolicy(step.checker)]}
            strings={{ ...strings.checker, label: strings.checkerLabels[checkerPolicy(step.checker)], rules: strings.checkerRules[checkerPolicy(step.checker)] }}
          />
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
                  {step.type !== "fix" && text.answers[answer.value ?? ""] ? <RubyText segments={text.answers[answer.value ?? ""]!} /> : labelOf(stepId, answer.value ?? "")}
                  {earlier === answer.value && <span class="troubleshooter__earlier"> ({strings.earlierAnswer})</span>}
                </button>
              );
            })}
          </div>
        )}
        {askWhy && (
          <FixReasons
            key={askWhy}
            id={`${askWhy}-reasons`}
            strings={strings.reasons}
            onSend={(reason, comment) =>
              sendFeedback(
                { kind: "reason", page: `troubleshooter:${flow.slug}:${askWhy}`, locale: document.documentElement.dataset["locale"] ?? "", reason, comment: redactComment(comment) },
                pageTransport(),
              )
            }
          />
        )}
        {/* After the answers: on a phone the question and its answers come first, the article is for more detail. */}
        {articleHrefs[stepId] && (
          <p>
            <a class="standalone-link" href={articleHrefs[stepId]}>{strings.readMore}</a>
          </p>
        )}
        {given.length > 0 && (
          <section class="your-answers" aria-labelledby={`${stepId}-your-answers`}>
            <h3 id={`${stepId}-your-answers`}>{strings.yourAnswers}</h3>
            <dl>
              {given.map((answer) => (
                <div class="your-answers__row" data-answered-step={answer.stepId} data-answer-value={answer.value}>
                  <dt>
                    <RubyText segments={steps[answer.stepId]!.title} />
                  </dt>
                  <dd>{steps[answer.stepId]!.answers[answer.value] ? <RubyText segments={steps[answer.stepId]!.answers[answer.value]!} /> : labelOf(answer.stepId, answer.value)}</dd>
                  <dd class="your-answers__change">
                    <a href={`?${answer.changeQuery}`} onClick={(event) => openChangeLink(event, `?${answer.changeQuery}`)}>
                      {strings.change}
                      <span class="visually-hidden"> {fillPlaceholders(strings.changeWhat, { question: steps[answer.stepId]!.plainTitle })}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        {snapshot.hasTag("handoff") && (
          <div class="troubleshooter__handoff">
            <h3 id={`${stepId}-summary`}>{strings.summaryHeading}</h3>
            <textarea readOnly rows={Math.min(12, given.length + 3)} aria-labelledby={`${stepId}-summary`} value={summary()} />
            <button type="button" class="secondary" onClick={() => copy(summary(), strings.copySummary, strings.summaryCopied)}>
              {strings.copySummary}
            </button>
            {contact}
          </div>
        )}
        {outcome && ready && <p class="print-only troubleshooter__print-url">{fillPlaceholders(strings.printUrl, { url: stepUrl() })}</p>}
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

interface FixReasonsProps {
  id: string;
  strings: IslandStrings["reasons"];
  onSend: (reason: (typeof feedbackReasons)[number], comment: string) => void;
}

/** "What was the problem?" after a fix did not work: one reason, an optional comment (redacted by the caller). */
function FixReasons({ id, strings, onSend }: FixReasonsProps) {
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status">{strings.thanks}</p>;
  return (
    <form
      class="troubleshooter__reasons"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const reason = data.get("reason");
        if (!isFeedbackReason(reason)) return;
        onSend(reason, String(data.get("comment") ?? ""));
        setSent(true);
      }}
    >
      <fieldset>
        <legend>{strings.question}</legend>
        {feedbackReasons.map((reason) => (
          <label class="troubleshooter__reason">
            <input type="radio" name="reason" value={reason} required />
            <span>{strings.options[reason]}</span>
          </label>
        ))}
      </fieldset>
      <label for={`${id}-comment`}>{strings.comment}</label>
      <p id={`${id}-note`} class="troubleshooter__reasons-note">{strings.commentNote}</p>
      <textarea id={`${id}-comment`} name="comment" rows={3} maxLength={maxCommentLength} aria-describedby={`${id}-note`} />
      <button type="submit" class="secondary">{strings.send}</button>
    </form>
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
