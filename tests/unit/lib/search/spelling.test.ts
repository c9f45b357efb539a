import { describe, expect, it } from "vitest";
import { rankVocabulary, vocabularyCounts, correctQuery, editDistance, vocabularyWords } from "../../../../src/lib/search/spelling.ts";

describe("vocabulary", () => {
  it("keeps alphabetic words of three letters or more, lower-cased, with Vietnamese marks", () => {
    expect(vocabularyWords("Reset the PASSWORD, ok? Mật khẩu 4 hours ログイン")).toEqual(["reset", "the", "password", "mật", "khẩu", "hours"]);
  });
  it("lists each word once, most frequent first", () => {
    expect(rankVocabulary(vocabularyCounts(["reset password", "password email password"]))).toEqual(["password", "email", "reset"]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps", () => {
    expect(editDistance("pasword", "password", 2)).toBe(1);
    expect(editDistance("recieved", "received", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
  });
  it("gives up beyond the limit", () => {
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("correctQuery", () => {
  const vocabulary = ["password", "registered", "login", "email", "reset"];
  it("replaces unknown words with the closest known word", () => {
    expect(correctQuery("pasword resett", vocabulary)).toBe("password reset");
    expect(correctQuery("allready registred", vocabulary)).toBe("allready registered");
  });
  it("returns null when every word is known or nothing is close", () => {
    expect(correctQuery("password", vocabulary)).toBeNull();
    expect(correctQuery("Passw", vocabulary)).toBeNull();
    expect(correctQuery("zebra", vocabulary)).toBeNull();
  });
  it("leaves Japanese, numbers and short words to Pagefind", () => {
    expect(correctQuery("再設定 4 id", vocabulary)).toBeNull();
  });
});
