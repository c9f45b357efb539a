import { describe, expect, it } from "vitest";
import { localeKeys } from "../../../../src/lib/i18n/locales.ts";
import { checkContent } from "../../../../src/lib/content-checks/check.ts";
import { loadContentTree } from "../../../../src/lib/content-checks/load.ts";
import { translationTable } from "../../../../src/lib/content-checks/report.ts";
import { formatProblem, type ContentRule } from "../../../../src/lib/content-checks/types.ts";

const fixtures = "tests/unit/lib/content-checks/fixtures";
const today = "2026-05-10";

/** Runs the checks on one fixture folder and returns the problems of one rule as [file, line, message]. */
function problemsOf(fixture: string, rule: ContentRule) {
  const result = checkContent(loadContentTree(`${fixtures}/${fixture}`), { today });
  return result.problems
    .filter((problem) => problem.rule === rule)
    .map((problem) => [problem.file.slice(fixtures.length + 1), problem.line, problem.message]);
}

/** Errors of every other rule, which a fixture for one rule must not trigger by accident. */
function otherErrors(fixture: string, ...rules: ContentRule[]) {
  const result = checkContent(loadContentTree(`${fixtures}/${fixture}`), { today });
  return result.problems.filter((problem) => problem.severity === "error" && !rules.includes(problem.rule));
}

describe("content checks on good content", () => {
  const result = checkContent(loadContentTree(`${fixtures}/valid`), { today });
  it("finds no problem", () => expect(result.problems).toEqual([]));
  it("counts every internal link and anchor it followed, skipping code blocks", () => {
    expect(result.linksChecked).toBe(18);
    expect(result.anchorsChecked).toBe(12);
  });
});

describe("front-matter", () => {
  it("names the line of an unknown audience, a bad or future date and an update before publication", () => {
    expect(problemsOf("front-matter", "front-matter")).toEqual([
      ["front-matter/articles/en/bad-date.mdx", 8, 'published: "2024-13-45" is not a date; write it as YYYY-MM-DD'],
      ["front-matter/articles/en/future-date.mdx", 9, "updated: 2999-01-01 is in the future (today is 2026-05-10)"],
      [
        "front-matter/articles/en/unknown-audience.mdx",
        6,
        `audiences: "students" is not in ${fixtures}/front-matter/audiences.yaml (use one of: foreigners-in-japan)`,
      ],
      ["front-matter/articles/en/updated-before-published.mdx", 9, "updated: `updated` is earlier than `published`"],
    ]);
    expect(otherErrors("front-matter", "front-matter")).toEqual([]);
  });
});

describe("duplicate-id", () => {
  it("reports an id used twice in one language and an alias that repeats an id", () => {
    expect(problemsOf("duplicate-id", "duplicate-id")).toEqual([
      ["duplicate-id/articles/en/first.mdx", 2, `id "first" is already used by ${fixtures}/duplicate-id/articles/en/first-copy.mdx`],
      ["duplicate-id/articles/en/first.mdx", 10, 'alias "second" is the id of an existing article'],
    ]);
  });
  it("also asks for the file name to match the id", () => {
    expect(problemsOf("duplicate-id", "front-matter")).toEqual([
      ["duplicate-id/articles/en/first-copy.mdx", 2, 'id "first" differs from the file name "first-copy.mdx": rename one so they match'],
    ]);
  });
});

describe("broken-link", () => {
  it("reports missing articles, unknown languages, unknown troubleshooters, links to an old alias and flow files pointing nowhere", () => {
    expect(problemsOf("broken-link", "broken-link")).toEqual([
      ["broken-link/articles/en/links.mdx", 13, '/en/articles/missing/: there is no article "missing"'],
      ["broken-link/articles/en/links.mdx", 14, `/xx/articles/links/: "xx" is not a language of the site (${localeKeys.join(", ")})`],
      ["broken-link/articles/en/links.mdx", 15, '<TroubleshooterLink>: there is no troubleshooter "no-such-flow" (there are: reset-help)'],
      ["broken-link/articles/en/links.mdx", 16, '/en/articles/old-links/: "old-links" is an old address of "links": link to /en/articles/links/'],
      ["broken-link/articles/en/links.mdx", 17, '<ArticleLink> ../missing/: there is no article "missing"'],
      ["broken-link/troubleshooters/reset-help/flow.yaml", 5, 'article "gone" does not exist'],
    ]);
    expect(otherErrors("broken-link", "broken-link")).toEqual([]);
  });
});

describe("broken-anchor", () => {
  it("checks anchors on the same page, in the version another language shows, troubleshooter steps and flow files' article anchors", () => {
    expect(problemsOf("broken-anchor", "broken-anchor")).toEqual([
      ["broken-anchor/articles/en/anchors.mdx", 13, `#nowhere: no anchor "nowhere" in ${fixtures}/broken-anchor/articles/en/anchors.mdx (it has: here)`],
      [
        "broken-anchor/articles/en/anchors.mdx",
        14,
        `/ja/articles/target/#only-in-english: no anchor "only-in-english" in ${fixtures}/broken-anchor/articles/ja/target.mdx (it has: nihongo)`,
      ],
      [
        "broken-anchor/articles/en/anchors.mdx",
        15,
        `<TroubleshooterLink>: troubleshooter "reset-help" has no step "check-outbox" (see ${fixtures}/broken-anchor/troubleshooters/reset-help/flow.yaml)`,
      ],
      ["broken-anchor/articles/en/anchors.mdx", 16, `<ArticleLink> ../target/#nowhere: no anchor "nowhere" in ${fixtures}/broken-anchor/articles/en/target.mdx (it has: only-in-english)`],
      // A troubleshooter step's "read more" opens the article in the reader's language, and ja lacks the part.
      [
        "broken-anchor/troubleshooters/reset-help/flow.yaml",
        5,
        `article "target" has no anchor "only-in-english" in ${fixtures}/broken-anchor/articles/ja/target.mdx`,
      ],
    ]);
    expect(otherErrors("broken-anchor", "broken-anchor")).toEqual([]);
  });
});

describe("image-alt", () => {
  it("reports a Markdown image with empty alt and a <Figure> without alt, on the line the tag starts", () => {
    expect(problemsOf("image-alt", "image-alt")).toEqual([
      ["image-alt/articles/en/pictures.mdx", 12, "image /img/screen.png has no alt text: write it between the brackets, ![what it shows](/img/screen.png)"],
      ["image-alt/articles/en/pictures.mdx", 14, '<Figure src="/img/app.png"> has no alt text: describe what the picture shows in alt="…"'],
    ]);
    expect(otherErrors("image-alt", "image-alt")).toEqual([]);
  });
});

describe("unreachable", () => {
  it("reports an article whose category does not exist, so no topic page lists it", () => {
    expect(problemsOf("unreachable", "unreachable")).toEqual([
      [
        "unreachable/articles/en/lost.mdx",
        5,
        `category "passwords-and-more" is not in ${fixtures}/unreachable/categories.yaml, so no topic page lists this article (use one of: passwords)`,
      ],
    ]);
    expect(otherErrors("unreachable", "unreachable")).toEqual([]);
  });
});

describe("missing-translation", () => {
  const result = checkContent(loadContentTree(`${fixtures}/missing-translation`), { today });
  it("warns, without failing, about an article missing in a language that other articles are written in", () => {
    expect(problemsOf("missing-translation", "missing-translation")).toEqual([
      ["missing-translation/articles/en/only-english.mdx", 1, 'no ja version of "only-english" yet'],
    ]);
    expect(result.problems.every((problem) => problem.severity === "warning")).toBe(true);
  });
  it("prints the article × language table", () => {
    expect(translationTable(result.translations)).toBe(
      ["article      en      ja", "no-easy      ✓       ✓", "only-english ✓       ·"].join("\n"),
    );
  });
  it("formats a problem as file:line, severity, rule and message", () => {
    expect(formatProblem(result.problems[0]!)).toBe(
      `${fixtures}/missing-translation/articles/en/only-english.mdx:1: warning [missing-translation] no ja version of "only-english" yet`,
    );
  });
});

describe("stale-translation", () => {
  it("warns, without failing, about a translation whose original changed and one that records no original", () => {
    expect(problemsOf("stale-translation", "stale-translation")).toEqual([
      ["stale-translation/articles/ja/changed.mdx", 10, "its en original changed since it was translated: update it, then run npm run translation:stamp -- ja/changed"],
      ["stale-translation/articles/ja/unrecorded.mdx", 1, "it does not record which version of its en original it translates: update it, then run npm run translation:stamp -- ja/unrecorded"],
    ]);
    expect(otherErrors("stale-translation")).toEqual([]);
  });
});

describe("anchor-mismatch", () => {
  it("warns when a translation lacks an anchor of the English version", () => {
    expect(problemsOf("anchor-mismatch", "anchor-mismatch")).toEqual([
      ["anchor-mismatch/articles/ja-easy/two-parts.mdx", 1, '"two-parts" has no #second here but the English version does; use the same ids in every language'],
      ["anchor-mismatch/articles/ja/two-parts.mdx", 1, '"two-parts" has no #first, #second here but the English version does; use the same ids in every language'],
    ]);
    expect(otherErrors("anchor-mismatch")).toEqual([]);
  });
});

describe("troubleshooter", () => {
  it("reports a flow that does not compile as the compiler does, at its file, the line of the step, and nothing that follows from it", () => {
    expect(problemsOf("troubleshooter", "troubleshooter")).toEqual([
      ["troubleshooter/troubleshooters/bad-yaml/vi.yaml", 3, "not valid YAML: Map keys must be unique"],
      ["troubleshooter/troubleshooters/reset-help/flow.yaml", 8, 'step "check-inbox": leads to "check-spam", which is not a step in this flow'],
    ]);
    expect(otherErrors("troubleshooter", "troubleshooter")).toEqual([]);
  });
});

describe("flow step ids", () => {
  it("are the steps of the compiled flow, from the troubleshooter loader and compiler the build uses", () => {
    expect(loadContentTree(`${fixtures}/valid`).troubleshooters.map(({ slug, steps }) => ({ slug, steps }))).toEqual([
      { slug: "reset-help", steps: ["check-inbox", "check-spam-result"] },
    ]);
  });
});

describe("verification", () => {
  const result = checkContent(loadContentTree(`${fixtures}/verification`), { today, staleAfterMonths: 12 });
  const statusOf = Object.fromEntries(result.verification.map((row) => [row.id, row.status]));
  it("counts an article as verified until the months in the config have passed, then as stale", () => {
    expect(statusOf["checked-source"]).toBe("verified");
    expect(statusOf["checked-long-ago"]).toBe("stale");
  });
  it("counts an article without a check as unverified", () => expect(statusOf["written-by-us"]).toBe("unverified"));
  it("rejects a check dated in the future, at its line", () => {
    expect(problemsOf("verification", "front-matter")).toEqual([["verification/articles/en/future-check.mdx", 11, "verified.on: 2026-06-01 is in the future (today is 2026-05-10)"]]);
  });
});

describe("link-text", () => {
  it("asks for the component when a title is typed by hand, and fails a title that points elsewhere, is misquoted or quotes no page", () => {
    expect(problemsOf("link-text", "link-text").map(([file, line]) => [file, line])).toEqual([
      ["link-text/articles/en/reset.mdx", 12],
      ["link-text/articles/en/reset.mdx", 13],
      ["link-text/articles/en/reset.mdx", 14],
      ["link-text/articles/en/reset.mdx", 15],
      ["link-text/articles/en/reset.mdx", 17],
      ["link-text/articles/ja/delete.mdx", 12],
    ]);
    const result = checkContent(loadContentTree(`${fixtures}/link-text`), { today });
    const severityAt = (file: string, line: number) => result.problems.find((problem) => problem.file.endsWith(file) && problem.line === line)?.severity;
    expect(severityAt("en/reset.mdx", 12)).toBe("warning");
    expect(severityAt("en/reset.mdx", 17)).toBe("warning");
    for (const line of [13, 14, 15]) expect(severityAt("en/reset.mdx", line)).toBe("error");
  });
  it("names the page whose title a Japanese link misquotes, and the component to write", () => {
    expect(problemsOf("link-text", "link-text").at(-1)).toEqual([
      "link-text/articles/ja/delete.mdx",
      12,
      'the link text "ユーザー名またはパスワードを忘れた" looks like the title "ユーザー名やパスワードを忘れた" but no page has it: write <ArticleLink id="delete" />, which shows the current title',
    ]);
    expect(otherErrors("link-text", "link-text")).toEqual([]);
  });
});

describe("mdx and component", () => {
  it("stops at the line where the MDX cannot be read, as the build would", () => {
    expect(problemsOf("mdx-and-components", "mdx")).toEqual([
      ["mdx-and-components/articles/en/broken.mdx", 14, "not valid MDX, so the build stops here: Expected a closing tag for `<Section>` (14:1) (mdx-jsx:unexpected-character)"],
    ]);
  });
  it("reports an unknown screen text, an unknown component and text inside <ArticleLink>, and not tags in code", () => {
    const problems = problemsOf("mdx-and-components", "component");
    expect(problems.map(([, line]) => line)).toEqual([12, 13, 14]);
    expect(problems[0]![2]).toMatch(/^<Screen name="noSuchScreen">: unknown screen text "noSuchScreen"; add it to content\/glossary\.yaml/);
    expect(problems[1]![2]).toMatch(/^unknown component <Calout>;/);
    expect(problems[2]![2]).toMatch(/^<ArticleLink> shows the title of the page it links to/);
  });
});

describe("dead-end", () => {
  it("fails a page whose links and related pages are all unanswered, and a page from the sources marked unanswered", () => {
    expect(problemsOf("dead-end", "dead-end")).toEqual([
      ["dead-end/articles/en/only-open.mdx", 10, "every page this one links to is unanswered (open-question): link to at least one page that answers its question"],
    ]);
    expect(problemsOf("dead-end", "front-matter")).toEqual([
      ["dead-end/articles/en/seed-unanswered.mdx", 10, "answered: a page taken from the sources answers its question; only `source: editorial` can be unanswered"],
    ]);
  });
});
