/** Shapes the troubleshooter page's data for the island: resolved UI strings, texts, article links. */
import type { ProductName } from "../lib/products.ts";
import { passwordRules, type PasswordRuleId } from "../lib/policies/password.ts";
import { useTranslations, type Locale } from "../lib/i18n/index.ts";
import { paths } from "../lib/urls.ts";
import { feedbackReasons, type FeedbackReason } from "../lib/feedback.ts";
import { siteConfig, type PasswordPolicyName } from "../config.ts";
import type { CompiledFlow, IslandStepTexts, IslandStrings } from "../troubleshooters/types.ts";
import type { FlowTexts } from "../troubleshooters/compile.ts";
import type { StepRubyTexts } from "./troubleshooters.ts";

export function stepArticleHrefs(flow: CompiledFlow, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    flow.steps.filter((step) => step.article).map((step) => [step.id, paths.article(locale, step.article!.id) + (step.article!.anchor ? `#${step.article!.anchor}` : "")]),
  );
}

export function islandStepTexts(texts: FlowTexts, ruby: Record<string, StepRubyTexts>): Record<string, IslandStepTexts> {
  return Object.fromEntries(
    Object.entries(texts.steps).map(([id, text]) => [id, { ...ruby[id]!, plainTitle: text.title, plainAnswers: text.answers }]),
  );
}

/** The island's strings in `locale`; its check counter names the product the flow is about. */
export function islandStrings(locale: Locale, product: ProductName): IslandStrings {
  const t = useTranslations(locale);
  const rulesOf = (policy: PasswordPolicyName) =>
    Object.fromEntries(passwordRules(siteConfig.rules.passwordPolicy[policy]).map((rule) => [rule.id, t(`password.rule.${rule.id}`, rule.vars)])) as Partial<
      Record<PasswordRuleId, string>
    >;
  return {
    progress: t(`troubleshooter.progress.${product}`),
    yes: t("troubleshooter.yes"),
    no: t("troubleshooter.no"),
    fixQuestion: t("troubleshooter.fixQuestion"),
    fixYes: t("troubleshooter.fixYes"),
    fixNo: t("troubleshooter.fixNo"),
    submitInput: t("troubleshooter.submitInput"),
    back: t("troubleshooter.back"),
    restart: t("troubleshooter.restart"),
    copyLink: t("troubleshooter.copyLink"),
    linkCopied: t("troubleshooter.linkCopied"),
    copySummary: t("troubleshooter.copySummary"),
    summaryCopied: t("troubleshooter.summaryCopied"),
    summaryHeading: t("troubleshooter.summaryHeading"),
    summaryTitle: t("troubleshooter.summaryTitle"),
    summaryLink: t("troubleshooter.summaryLink"),
    earlierAnswer: t("troubleshooter.earlierAnswer"),
    invalidState: t("troubleshooter.invalidState"),
    readMore: t("troubleshooter.readMore"),
    yourAnswers: t("troubleshooter.yourAnswers"),
    change: t("troubleshooter.change"),
    changeWhat: t("troubleshooter.changeWhat"),
    printUrl: t("troubleshooter.printUrl"),
    reasons: {
      question: t("feedback.reasonsQuestion"),
      options: Object.fromEntries(feedbackReasons.map((reason) => [reason, t(`feedback.reason.${reason}`)])) as Record<FeedbackReason, string>,
      comment: t("feedback.comment"),
      commentNote: t("feedback.commentNote"),
      send: t("feedback.send"),
      thanks: t("feedback.reasonThanks"),
    },
    checker: {
      show: t("troubleshooter.checker.show"),
      met: t("troubleshooter.checker.met"),
      notMet: t("troubleshooter.checker.notMet"),
      ruleMet: t("troubleshooter.checker.ruleMet"),
      allMet: t("troubleshooter.checker.allMet"),
    },
    checkerLabels: { web: t("troubleshooter.checker.label.web"), app: t("troubleshooter.checker.label.app") },
    checkerRules: { web: rulesOf("web"), app: rulesOf("app") },
  };
}
