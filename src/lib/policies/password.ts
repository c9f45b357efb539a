import type { PasswordPolicy } from "../../config.ts";

export type CharacterKind = PasswordPolicy["kinds"][number];

export type PasswordRuleId = "minLength" | "noSpaces" | "noCapitals" | "minKinds";

export interface PasswordRule {
  id: PasswordRuleId;
  /** Values for the rule's UI string (e.g. `{ count: 8 }`). */
  vars: Record<string, string | number>;
}

export interface PasswordRuleResult extends PasswordRule {
  met: boolean;
}

const kindTests: Record<CharacterKind, (ch: string) => boolean> = {
  capital: (ch) => /[A-Z]/.test(ch),
  small: (ch) => /[a-z]/.test(ch),
  digit: (ch) => /[0-9]/.test(ch),
  symbol: (ch) => !/[A-Za-z0-9\s]/.test(ch),
};

/** The rules of a policy, in the order they are shown to people. */
export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const rules: PasswordRule[] = [{ id: "minLength", vars: { count: policy.minLength, moreThan: policy.minLength - 1 } }];
  if (!policy.allowSpaces) rules.push({ id: "noSpaces", vars: {} });
  if (!policy.allowCapitals) rules.push({ id: "noCapitals", vars: {} });
  if (policy.minKinds > 0) rules.push({ id: "minKinds", vars: { count: policy.minKinds, total: policy.kinds.length } });
  return rules;
}

/** Which character kinds a password contains. */
function kindsIn(password: string, kinds: readonly CharacterKind[]): CharacterKind[] {
  return kinds.filter((kind) => [...password].some(kindTests[kind]));
}

/** Checks a password against every rule of a policy. Pure: nothing is stored or sent. */
export function checkPassword(policy: PasswordPolicy, password: string): PasswordRuleResult[] {
  const chars = [...password];
  return passwordRules(policy).map((rule) => {
    switch (rule.id) {
      case "minLength":
        return { ...rule, met: chars.length >= policy.minLength };
      case "noSpaces":
        return { ...rule, met: password.length > 0 && !/\s/.test(password) };
      case "noCapitals":
        return { ...rule, met: password.length > 0 && !/[A-Z]/.test(password) };
      case "minKinds":
        return { ...rule, met: kindsIn(password, policy.kinds).length >= policy.minKinds };
    }
  });
}

export function isPasswordValid(policy: PasswordPolicy, password: string): boolean {
  return checkPassword(policy, password).every((result) => result.met);
}
