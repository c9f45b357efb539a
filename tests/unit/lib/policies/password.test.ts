import { describe, expect, it } from "vitest";
import type { PasswordPolicy } from "../../../../src/config.ts";
import { checkPassword, isPasswordValid, passwordRules } from "../../../../src/lib/policies/password.ts";

// Policies of the tests' own, so a change to the site's rules in src/config.ts breaks no test here.
const lengthSpacesCapitals: PasswordPolicy = { minLength: 6, allowSpaces: false, allowCapitals: false, minKinds: 0, kinds: [], symbols: "" };
const twoOfFourKinds: PasswordPolicy = {
  minLength: 8,
  allowSpaces: true,
  allowCapitals: true,
  minKinds: 2,
  kinds: ["capital", "small", "digit", "symbol"],
  symbols: "!#%",
};
const unmet = (policy: PasswordPolicy, password: string) =>
  checkPassword(policy, password).filter((r) => !r.met).map((r) => r.id);

describe("a policy with a minimum length that forbids spaces and capitals", () => {
  it("accepts six small letters and digits", () => expect(isPasswordValid(lengthSpacesCapitals, "abc123")).toBe(true));
  it("rejects a password one character too short", () => expect(unmet(lengthSpacesCapitals, "abc12")).toEqual(["minLength"]));
  it("rejects a space", () => expect(unmet(lengthSpacesCapitals, "abc 123")).toEqual(["noSpaces"]));
  it("rejects a capital letter", () => expect(unmet(lengthSpacesCapitals, "Abc123")).toEqual(["noCapitals"]));
  it("counts characters, not UTF-16 units", () => expect(unmet(lengthSpacesCapitals, "ab😀😀😀")).toEqual(["minLength"]));
  it("treats an empty password as breaking every rule", () =>
    expect(unmet(lengthSpacesCapitals, "")).toEqual(["minLength", "noSpaces", "noCapitals"]));
});

describe("a policy that asks for two kinds of character", () => {
  it("accepts small letters and digits", () => expect(isPasswordValid(twoOfFourKinds, "abcd1234")).toBe(true));
  it("accepts capitals and symbols", () => expect(isPasswordValid(twoOfFourKinds, "ABCD!#%!")).toBe(true));
  it("rejects one kind only", () => expect(unmet(twoOfFourKinds, "abcdefgh")).toEqual(["minKinds"]));
  it("rejects a password one character too short", () => expect(unmet(twoOfFourKinds, "abc1234")).toEqual(["minLength"]));
  it("adds no rule the policy does not state: spaces and unlisted symbols are not rejected", () =>
    expect(unmet(twoOfFourKinds, "abcd 123€")).toEqual([]));
  it("lists its rules in display order", () => expect(passwordRules(twoOfFourKinds).map((r) => r.id)).toEqual(["minLength", "minKinds"]));
  it("gives each rule the values its UI string shows", () =>
    expect(passwordRules(twoOfFourKinds).map((r) => r.vars)).toEqual([{ count: 8, moreThan: 7 }, { count: 2, total: 4 }]));
});
