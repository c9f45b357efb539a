import { describe, expect, it } from "vitest";
import { foldForComparison, matchProblems, parseProblemPhrases, phraseSimilarity, problemPhrasesSchema, problemsFor } from "../../../../src/lib/search/problems.ts";

const data = problemPhrasesSchema.parse([
  { troubleshooter: "login-after-reset", phrases: { en: ["can't log in", "can't log in after reset"], ja: ["ログインできない"] } },
  { troubleshooter: "reset-email-not-received", phrases: { en: ["reset email not received"] } },
]);

describe("problem phrases", () => {
  it("rejects keys that are not locales", () => {
    expect(() => problemPhrasesSchema.parse([{ troubleshooter: "x", phrases: { fr: ["a"] } }])).toThrow(/locale keys/);
  });
  it("uses the fallback language's phrases for a locale without its own", () => {
    expect(problemsFor(data, "ja-easy")).toEqual([
      { slug: "login-after-reset", phrases: ["ログインできない"] },
      { slug: "reset-email-not-received", phrases: ["reset email not received"] },
    ]);
  });
  it("folds punctuation, spacing and width", () => {
    expect(foldForComparison("Can't  log-in")).toBe(foldForComparison("cant login"));
    expect(foldForComparison("ログイン　できない")).toBe(foldForComparison("ログインできない"));
  });
  it("folds katakana into hiragana and Vietnamese diacritics away, keeping dakuten", () => {
    expect(foldForComparison("ろぐいん できない")).toBe(foldForComparison("ログインできない"));
    expect(foldForComparison("khong dang nhap duoc")).toBe(foldForComparison("không đăng nhập được"));
    expect(foldForComparison("ド")).not.toBe(foldForComparison("ト"));
  });
  it("scores the same phrase 1 and unrelated text 0", () => {
    expect(phraseSimilarity("cannot log in", "Cannot log in!")).toBe(1);
    expect(phraseSimilarity("delete account", "ログイン")).toBe(0);
    expect(phraseSimilarity("", "x")).toBe(0);
  });
  it("matches rewordings and typos of a phrase", () => {
    const en = problemsFor(data, "en");
    expect(matchProblems("I can't log in", en)).toEqual(["login-after-reset"]);
    expect(matchProblems("reset e-mail not recieved", en)).toEqual(["reset-email-not-received"]);
    expect(matchProblems("ログイン できない", problemsFor(data, "ja"))).toEqual(["login-after-reset"]);
  });
  it("does not match the same words in another order or a more specific problem", () => {
    const app = problemPhrasesSchema.parse([{ troubleshooter: "app-password-reset", phrases: { en: ["app password reset", "forgot app password"] } }]);
    expect(matchProblems("reset password", problemsFor(app, "en"))).toEqual([]);
    expect(matchProblems("forgot password", problemsFor(app, "en"))).toEqual([]);
    const appJa = problemPhrasesSchema.parse([{ troubleshooter: "app-password-reset", phrases: { ja: ["アプリのパスワードを忘れた"] } }]);
    expect(matchProblems("パスワードを忘れた", problemsFor(appJa, "ja"))).toEqual([]);
    const appEasy = problemPhrasesSchema.parse([{ troubleshooter: "app-password-reset", phrases: { "ja-easy": ["アプリのパスワードを忘れました"] } }]);
    expect(matchProblems("パスワードを忘れました", problemsFor(appEasy, "ja-easy"))).toEqual([]);
    expect(matchProblems("アプリのパスワードを忘れました", problemsFor(appEasy, "ja-easy"))).toEqual(["app-password-reset"]);
  });
  it("matches a rewording of the query given as a variant", () => {
    const sns = problemPhrasesSchema.parse([{ troubleshooter: "sns-already-registered", phrases: { en: ["log in with SNS fails"] } }]);
    expect(matchProblems("sign in with facebook fails", problemsFor(sns, "en"))).toEqual([]);
    expect(matchProblems("sign in with facebook fails", problemsFor(sns, "en"), ["log in with sns fails"])).toEqual(["sns-already-registered"]);
  });
  it("does not match a single shared word", () => {
    expect(matchProblems("login", problemsFor(data, "en"))).toEqual([]);
    expect(matchProblems("email", problemsFor(data, "en"))).toEqual([]);
  });
});

describe("parseProblemPhrases", () => {
  it("reads YAML entries", () => {
    const text = "- troubleshooter: reset-email-not-received\n  phrases:\n    en: [reset email not received]\n";
    expect(parseProblemPhrases(text, "problems.yaml")).toEqual([{ troubleshooter: "reset-email-not-received", phrases: { en: ["reset email not received"] } }]);
  });
  it("names the file and the field of a mistake", () => {
    expect(() => parseProblemPhrases("- troubleshooter: Bad_Slug\n  phrases: { en: [x] }\n", "problems.yaml")).toThrow(/^problems\.yaml: entry 0\.troubleshooter: use lower-case kebab-case/);
  });
});
