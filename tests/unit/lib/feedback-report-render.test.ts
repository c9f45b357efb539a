import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildFeedbackReport } from "../../../src/lib/feedback-report.ts";
import { renderReportHtml, renderReportMarkdown, reportPolicy } from "../../../src/lib/feedback-report-render.ts";

const period = { from: "2026-12-01", to: null, generated: "2026-12-07 10:00 UTC" };
const report = buildFeedbackReport({
  payloads: [
    { kind: "reason", page: "article:a", locale: "en", reason: "other", comment: "<script>alert(1)</script>" },
    { kind: "empty-search", locale: "en", query: "a|b" },
    { kind: "steps", troubleshooter: "t", locale: "en", events: [{ type: "start", step: "s" }] },
  ],
});

describe("renderReportHtml", () => {
  const html = renderReportHtml(report, period);

  it("has no script, and its one style matches the hash in its policy", () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\sstyle="/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(reportPolicy()).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    expect(html).toContain(`content="${reportPolicy().replace(/'/g, "&#39;")}"`);
  });

  it("escapes what readers typed", () => {
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
  });

  it("draws each chart as one labelled image beside a table with a caption", () => {
    const charts = html.match(/<svg [^>]*role="img" aria-label="[^"]+"/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect((html.match(/<caption>/g) ?? []).length).toBeGreaterThanOrEqual(charts.length);
  });
});

describe("renderReportMarkdown", () => {
  it("escapes table separators in queries", () => {
    expect(renderReportMarkdown(report, period)).toContain("| a\\|b | 1 | 0 |");
  });
});
