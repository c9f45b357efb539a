/**
 * Passive (受け身), causative (使役) and causative-passive (使役受け身) forms, found in analyzer tokens:
 * 「表示されます」→「出ます」, 「入力させられる」→「入力します」. Readers parse active sentences with a clear
 * subject more easily. The potential 〜られる looks the same as the passive, so it is reported too:
 * 「〜できます」 says it plainly.
 */
import type { Finding } from "./finding.ts";

/** The parts of a kuromoji token this rule reads; `index` is the token's position in the text. */
export interface MorphToken {
  surface: string;
  pos: string;
  posDetail1: string;
  basicForm: string;
  index: number;
}

const passive = new Set(["れる", "られる"]);
const causative = new Set(["せる", "させる"]);

function isSuffix(token: MorphToken | undefined, forms: Set<string>): boolean {
  return token !== undefined && token.pos === "動詞" && token.posDetail1 === "接尾" && forms.has(token.basicForm);
}

export function findPassiveForms(tokens: readonly MorphToken[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const verb = tokens[i - 1];
    if (!verb || verb.pos !== "動詞") continue;
    if (isSuffix(token, causative)) {
      const next = tokens[i + 1];
      const both = isSuffix(next, passive);
      const end = both ? next!.index + next!.surface.length : token.index + token.surface.length;
      const text = `${verb.surface}${token.surface}${both ? next!.surface : ""}`;
      findings.push({
        index: verb.index,
        length: end - verb.index,
        message: both
          ? `"${text}" is a causative-passive form: say who does what, in the active form`
          : `"${text}" is a causative form: say who does what, in the active form`,
      });
      if (both) i += 1;
    } else if (isSuffix(token, passive)) {
      // 表示 + さ + れ: report the whole verb, noun included.
      const noun = tokens[i - 2];
      const start = verb.basicForm === "する" && noun?.posDetail1 === "サ変接続" ? noun : verb;
      const end = token.index + token.surface.length;
      const text = tokens.slice(tokens.indexOf(start), i + 1).map((part) => part.surface).join("");
      findings.push({
        index: start.index,
        length: end - start.index,
        message: `"${text}" is a passive (or potential) form: use the active form, or 〜できます`,
      });
    }
  }
  return findings;
}
