import { describe, expect, it } from "vitest";
import { findHonorifics } from "../../../../src/lib/easy-japanese/honorific.ts";

const words = (text: string) => findHonorifics(text).map((finding) => text.slice(finding.index, finding.index + finding.length));

describe("findHonorifics", () => {
  it.each([
    ["メールをご確認ください。", "ご確認ください"],
    ["少しお待ちください。", "お待ちください"],
    ["結果をお送りします。", "お送りします"],
    ["確認いたします。", "いたします"],
    ["ご利用いただけます。", "いただけ"],
    ["お問い合わせがございましたら", "ございま"],
    ["担当者が伺います。", "伺い"],
    ["画面をご覧ください。", "ご覧"],
    ["日本にいらっしゃる方", "いらっしゃ"],
    ["お預かりしております。", "おります"],
  ])("finds the honorific or humble form in %s", (text, form) => {
    expect(words(text)).toContain(form);
  });

  it.each(["メールを確認してください。", "パスワードを送ります。", "お知らせを読みます。", "お金はかかりません。", "名前を書きなさい。"])(
    "accepts plain forms: %s",
    (text) => {
      expect(findHonorifics(text)).toEqual([]);
    },
  );

  it("says what to write instead", () => {
    expect(findHonorifics("ご確認ください")[0]?.message).toBe(
      '"ご確認ください" is an honorific or humble form: use the plain form (〜てください / 〜ます)',
    );
  });
});
