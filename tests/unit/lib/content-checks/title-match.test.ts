import { describe, expect, it } from "vitest";
import { lookalikeScore, matchTitle, normalizeTitle, titleSimilarity } from "../../../../src/lib/content-checks/title-match.ts";

const titles = [
  { title: "ユーザー名やパスワードを忘れた", component: '<ArticleLink id="forgot" />', target: "article:forgot" },
  { title: "How do I delete my account?", component: '<ArticleLink id="delete" />', target: "article:delete" },
];

describe("normalizeTitle", () => {
  it("ignores width, case, spacing, quotation marks and a closing question mark", () => {
    expect(normalizeTitle("「ＨＯＷ  do I delete my account？」")).toBe(normalizeTitle("How do I delete my account?"));
  });
});

describe("matchTitle", () => {
  it("finds a title typed as it is", () => {
    expect(matchTitle("how do I delete my account", titles)).toEqual({ kind: "exact", title: titles[1] });
  });
  it("finds the title a misquoted one resembles", () => {
    const match = matchTitle("ユーザー名またはパスワードを忘れた", titles);
    expect(match.kind).toBe("lookalike");
    expect(match.kind === "lookalike" && match.title).toBe(titles[0]);
  });
  it("leaves words that are not a title alone", () => {
    expect(matchTitle("remove it", titles)).toEqual({ kind: "none", closest: undefined });
  });
});

describe("titleSimilarity", () => {
  it("scores a changed particle above the look-alike line and other words below it", () => {
    expect(titleSimilarity("ユーザー名またはパスワードを忘れた", "ユーザー名やパスワードを忘れた")).toBeGreaterThanOrEqual(lookalikeScore);
    expect(titleSimilarity("reset the password", "How do I delete my account?")).toBeLessThan(lookalikeScore);
  });
});

describe("matchTitle with the link's target", () => {
  const shared = [
    { title: "I still can't log in after resetting my password", component: '<ArticleLink id="login" />', target: "article:login" },
    { title: "I still can't log in after resetting my password", component: '<TroubleshooterLink slug="login" />', target: "troubleshooter:login" },
  ];
  it("takes the title of the page the link opens when two pages share it", () => {
    expect(matchTitle("I still can't log in after resetting my password", shared, "troubleshooter:login")).toEqual({ kind: "exact", title: shared[1] });
    const near = matchTitle("guided check: I still can't log in after resetting my password", shared, "troubleshooter:login");
    expect(near.kind === "lookalike" && near.title).toBe(shared[1]);
  });
});
