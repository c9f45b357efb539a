import { describe, expect, it } from "vitest";
import { extraTermsFor, parseSynonymGroups } from "../../../../src/lib/search/synonyms.ts";

const groups = parseSynonymGroups(
  ["ja:", "  - [SNSログイン, ソーシャルログイン]", "  - [退会, アカウント削除, アカウントの削除]", "en:", "  - [log in, sign in]", "  - [e-mail, email]"].join("\n"),
  "synonyms.yaml",
);

describe("extraTermsFor", () => {
  it("adds the other members of a group the page uses", () => {
    expect(extraTermsFor("SNSログインでエラーが出る", "ja", groups)).toEqual(["ソーシャルログイン"]);
  });
  it("adds nothing for members already on the page", () => {
    expect(extraTermsFor("退会（アカウントの削除）", "ja", groups)).toEqual(["アカウント削除"]);
  });
  it("matches alphabetic terms as whole words, ignoring case and punctuation", () => {
    expect(extraTermsFor("Log in with your E-mail.", "en", groups)).toEqual(["sign in", "email"]);
    expect(extraTermsFor("A design in blue; emailing", "en", groups)).toEqual([]);
  });
  it("uses only the page language's groups", () => {
    expect(extraTermsFor("SNSログイン", "en", groups)).toEqual([]);
  });
});

describe("parseSynonymGroups", () => {
  it("names the file and the group of a mistake", () => {
    expect(() => parseSynonymGroups("ja:\n  - [ひとつ]\n", "synonyms.yaml")).toThrow(/^synonyms\.yaml: ja\.0: /);
  });
});
