import { beforeAll, describe, expect, it } from "vitest";
import { morphemes } from "../../../../src/lib/furigana/analyzer.ts";
import { findPassiveForms } from "../../../../src/lib/easy-japanese/passive.ts";

// Loads the morphological dictionary once, before the timed tests (seconds on a busy machine).
beforeAll(() => morphemes("漢字"), 60_000);

async function forms(text: string): Promise<string[]> {
  return findPassiveForms(await morphemes(text)).map((finding) => text.slice(finding.index, finding.index + finding.length));
}

describe("findPassiveForms", () => {
  it("finds passives, the サ変 noun included", async () => {
    expect(await forms("メッセージが表示されます。")).toEqual(["表示され"]);
    expect(await forms("英語で書かれたメール")).toEqual(["書かれ"]);
  });

  it("finds causative and causative-passive forms", async () => {
    expect(await forms("子どもに書かせる。")).toEqual(["書かせる"]);
    expect(await forms("名前を書かせられました。")).toEqual(["書かせられ"]);
    const [finding] = findPassiveForms(await morphemes("名前を書かせられました。"));
    expect(finding?.message).toContain("causative-passive");
  });

  it("accepts active sentences", async () => {
    expect(await forms("パスワードを忘れました。メッセージが出ます。")).toEqual([]);
  });
});
