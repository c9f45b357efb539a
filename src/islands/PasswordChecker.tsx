/**
 * Tests a password against a policy as the person types. Nothing typed is sent, stored or put in the URL:
 * the value lives in this component's state only, and the field is outside any form.
 */
import { useRef, useState } from "preact/hooks";
import type { PasswordPolicy } from "../config.ts";
import { checkPassword, type PasswordRuleId } from "../lib/policies/password.ts";
import type { PasswordCheckerStrings } from "../troubleshooters/types.ts";


interface Props {
  id: string;
  policy: PasswordPolicy;
  strings: PasswordCheckerStrings;
}

export default function PasswordChecker({ id, policy, strings }: Props) {
  const [password, setPassword] = useState("");
  const [visible, setVisible] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<Set<PasswordRuleId>>(new Set());
  const results = checkPassword(policy, password);

  const onInput = (value: string) => {
    setPassword(value);
    const now = checkPassword(policy, value);
    const newlyMet = now.filter((rule) => rule.met && !previous.current.has(rule.id));
    previous.current = new Set(now.filter((rule) => rule.met).map((rule) => rule.id));
    if (now.every((rule) => rule.met)) setAnnouncement(strings.allMet);
    else if (newlyMet.length > 0) setAnnouncement(newlyMet.map((rule) => strings.ruleMet.replace("{rule}", strings.rules[rule.id] ?? rule.id)).join(" "));
  };

  return (
    <div class="password-checker">
      <label for={`${id}-input`}>{strings.label}</label>
      <input
        id={`${id}-input`}
        type={visible ? "text" : "password"}
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        value={password}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <label class="password-checker__show">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.currentTarget.checked)} />
        {strings.show}
      </label>
      <ul class="password-checker__rules">
        {results.map((rule) => (
          <li data-rule={rule.id} data-met={rule.met ? "true" : "false"}>
            <span aria-hidden="true">{rule.met ? "✓" : "✗"}</span> {strings.rules[rule.id]}{" "}
            <span class="visually-hidden">({rule.met ? strings.met : strings.notMet})</span>
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
