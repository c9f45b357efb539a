/**
 * axe as every spec runs it: one tag set (WCAG 2.2 AA and best practice), run with `axe.run` in the
 * page itself (legacy mode: no blank page opened per analysis for `finishRun`, which the site needs
 * no more than it needs frames) and with only violations collected, so a big page costs seconds, not
 * tens of seconds.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Rules that look only at what the layout makes (the `<html>` element, `<head>`, the landmarks and
 * the skip link), never at what an editor writes: every article body and island sits inside the
 * layout's `<main>`. The sitemap sweep checks them on one page per template and locale; the page-type
 * checks run them in every reading mode.
 */
export const layoutRules = [
  "html-has-lang",
  "html-lang-valid",
  "html-xml-lang-mismatch",
  "meta-viewport",
  "meta-viewport-large",
  "meta-refresh",
  "bypass",
  "skip-link",
  "region",
  "page-has-heading-one",
  "landmark-one-main",
  "landmark-no-duplicate-main",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-main-is-top-level",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
  "css-orientation-lock",
];

/** Violations on the page as it is now, one line each, prefixed with `label`; `skipRules` are not run. */
export async function axeViolations(page: Page, label: string, skipRules: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    // options() replaces every option set before it, so it comes first.
    .options({ resultTypes: ["violations"] })
    .withTags(axeTags)
    .setLegacyMode(true);
  if (skipRules.length > 0) builder.disableRules(skipRules);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${label} ${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`,
  );
}
