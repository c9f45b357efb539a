import { describe, expect, it } from "vitest";
import { findUnlistedQuotes } from "../../../../src/lib/easy-japanese/quotes.ts";

const screens = new Set(["メールを送信しました", "パスワード再設定"]);

describe("findUnlistedQuotes", () => {
  it("reports quoted words that no screen shows", () => {
    expect(findUnlistedQuotes("「終わりました」と出ましたか？", screens)).toEqual([
      {
        index: 0,
        length: 8,
        message:
          '"終わりました" is quoted but is no screen text: quote only screen texts from content/glossary.yaml (<Screen name="…" />), or write the words without 「」',
      },
    ]);
  });

  it("accepts a screen text from the glossary", () => {
    expect(findUnlistedQuotes("「メールを送信しました」と出ます。", screens)).toEqual([]);
  });

  it("skips a <Screen> stand-in and brackets around a name or a code", () => {
    expect(findUnlistedQuotes("「」と出ます。「{appName}」を開きます。「https」から", screens)).toEqual([]);
  });
});
