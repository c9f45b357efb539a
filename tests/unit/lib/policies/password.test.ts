import { describe, expect, it } from "vitest";
import { siteConfig } from "../../../../src/config.ts";
import { checkPassword, isPasswordValid, passwordRules } from "../../../../src/lib/policies/password.ts";

const { web, app } = siteConfig.rules.passwordPolicy;
const unmet = (policy: typeof web, password: string) =>
  checkPassword(policy, password).filter((r) => !r.met).map((r) => r.id);

describe("web account policy (more than 5 characters, no spaces, no capitals)", () => {
  it("accepts six small letters and digits", () => expect(isPasswordValid(web, "abc123")).toBe(true));
  it("rejects five characters", () => expect(unmet(web, "abc12")).toEqual(["minLength"]));
  it("rejects a space", () => expect(unmet(web, "abc 123")).toEqual(["noSpaces"]));
  it("rejects a capital letter", () => expect(unmet(web, "Abc123")).toEqual(["noCapitals"]));
  it("counts characters, not UTF-16 units", () => expect(unmet(web, "ab😀😀😀")).toEqual(["minLength"]));
  it("treats an empty password as breaking every rule", () =>
    expect(unmet(web, "")).toEqual(["minLength", "noSpaces", "noCapitals"]));
});

describe("app policy (8 or more, two of four kinds, listed symbols only)", () => {
  it("accepts small letters and digits", () => expect(isPasswordValid(app, "abcd1234")).toBe(true));
  it("accepts capitals and symbols", () => expect(isPasswordValid(app, "ABCD!@#$")).toBe(true));
  it("rejects one kind only", () => expect(unmet(app, "abcdefgh")).toEqual(["minKinds"]));
  it("rejects seven characters", () => expect(unmet(app, "abc1234")).toEqual(["minLength"]));
  it("adds no rule the source does not state: spaces and unlisted symbols are not rejected", () => expect(unmet(app, "abcd 123€")).toEqual([]));
  it("accepts every listed symbol", () => expect(isPasswordValid(app, `a1${app.symbols}`)).toBe(true));
  it("lists its rules in display order", () =>
    expect(passwordRules(app).map((r) => r.id)).toEqual(["minLength", "minKinds"]));
});
