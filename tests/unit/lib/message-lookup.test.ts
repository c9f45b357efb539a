import { describe, expect, it } from "vitest";
import { lookUp, lookupKey, lookupQuery, matchScore } from "../../../src/lib/message-lookup.ts";

/** An entry as the build writes it: the product's words, a translation and the reading of the Japanese words. */
function entry(id: string, ...texts: string[]) {
  return { id, keys: texts.map(lookupKey) };
}

const sns = entry("sns", "同じメールアドレスで登録されたアカウントがすでに存在します", "おなじメールアドレスでとうろくされたアカウントがすでにそんざいします", "There is already an account registered with the same email address");
const sent = entry("sent", "メールを送信しました", "メールをそうしんしました", "Email sent");
const ok = entry("ok", "OK");
const emailField = entry("email", "Email");
const entries = [sent, sns, ok, emailField];
const found = (input: string) => lookUp(entries, input).map((match) => match.id);

describe("lookupKey", () => {
  it("drops spaces and punctuation and lowers the case", () => {
    expect(lookupKey("  E-mail, Sent! ")).toBe("emailsent");
  });
  it("writes katakana as hiragana and ー as the vowel it lengthens", () => {
    expect(lookupKey("メール")).toBe("めえる");
  });
  it("makes full-width letters plain", () => {
    expect(lookupKey("ＯＫ")).toBe("ok");
  });
  it("drops the accents of Latin letters", () => {
    expect(lookupKey("Đặt lại mật khẩu")).toBe("datlaimatkhau");
  });
  it("keeps the voicing marks of kana", () => {
    expect(lookupKey("ガ")).toBe("が");
  });
  it("leaves kanji and Latin letters as they are", () => {
    expect(lookupKey("存在 OK")).toBe("存在ok");
  });
});

describe("lookupQuery", () => {
  it("reads a query with Latin letters also as romaji", () => {
    expect(lookupQuery("sude ni")?.whole).toEqual(["sudeni", "すでに"]);
  });
  it("keeps each word apart", () => {
    expect(lookupQuery("sude ni")?.words).toEqual([["sude", "すで"], ["ni", "に"]]);
  });
  it("has nothing to look for in spaces and punctuation", () => {
    expect(lookupQuery(" 「」 ")).toBeNull();
  });
});

describe("matchScore", () => {
  it("ranks a key equal to the query above one that holds it", () => {
    expect(matchScore(ok.keys, lookupQuery("ok")!)).toBeGreaterThan(matchScore(sns.keys, lookupQuery("account")!));
  });
  it("ranks the whole query in one key above its words found apart", () => {
    expect(matchScore(sns.keys, lookupQuery("already an")!)).toBeGreaterThan(matchScore(sns.keys, lookupQuery("already registered")!));
  });
  it("is 0 when a word is missing", () => {
    expect(matchScore(sns.keys, lookupQuery("already deleted")!)).toBe(0);
  });
});

describe("lookUp", () => {
  it("finds a message from part of its reading in romaji, with spaces", () => {
    expect(found("sude ni sonzai")).toEqual(["sns"]);
  });
  it("finds it from romaji without spaces", () => {
    expect(found("sudenisonzai")).toEqual(["sns"]);
  });
  it("finds it from hiragana", () => {
    expect(found("すでにそんざい")).toEqual(["sns"]);
  });
  it("finds it from katakana", () => {
    expect(found("スデニソンザイ")).toEqual(["sns"]);
  });
  it("finds it from part of the Japanese words with a space typed in", () => {
    expect(found("同じ メールアドレス")).toEqual(["sns"]);
  });
  it("finds it from the product's English words in another order", () => {
    expect(found("account already")).toEqual(["sns"]);
  });
  it("finds a long vowel typed as romaji", () => {
    expect(found("meeru wo")).toEqual(["sent"]);
  });
  it("lists the best match first", () => {
    expect(found("email")).toEqual(["email", "sent", "sns"]);
  });
  it("finds nothing for words no entry has", () => {
    expect(found("zzz")).toEqual([]);
  });
  it("lists every entry for an empty query", () => {
    expect(found(" ")).toEqual(["sent", "sns", "ok", "email"]);
  });
});
