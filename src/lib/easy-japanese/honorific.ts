/**
 * Honorific and humble forms (敬語・謙譲語). Easy Japanese uses plain です/ます and 〜てください:
 * 「ご確認ください」→「確認してください」, 「お送りします」→「送ります」.
 */
import type { Finding } from "./finding.ts";

const forms: { pattern: RegExp; plain: string }[] = [
  { pattern: /(?:させて)?(?:いただ|頂)[かきくけこい]/g, plain: "〜てください / 〜てもらいます" },
  { pattern: /(?:いた|致)し(?:ます|ました|ません)/g, plain: "します" },
  { pattern: /ございま/g, plain: "あります / です" },
  { pattern: /申し上げ/g, plain: "言います" },
  { pattern: /存じ/g, plain: "知っています / 思います" },
  { pattern: /伺[いうえっ]/g, plain: "聞きます / 行きます" },
  { pattern: /(?:参|まい)りま/g, plain: "行きます / 来ます" },
  { pattern: /おりま[すせし]/g, plain: "います" },
  { pattern: /いらっしゃ/g, plain: "います / 行きます / 来ます" },
  { pattern: /おっしゃ/g, plain: "言います" },
  { pattern: /なさ[るっれ]/g, plain: "します" },
  { pattern: /差し上げ/g, plain: "あげます" },
  { pattern: /拝[見読受]/g, plain: "見ます / 読みます / 受け取ります" },
  { pattern: /ご覧/g, plain: "見ます" },
  { pattern: /[おご][一-龯々]+[ぁ-ゖ]?(?:ください|にな[らりるれろっ]|し(?:ます|ました|ません|て))/g, plain: "〜てください / 〜ます" },
];

export function findHonorifics(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, plain } of forms) {
    for (const match of text.matchAll(pattern)) {
      findings.push({
        index: match.index,
        length: match[0].length,
        message: `"${match[0]}" is an honorific or humble form: use the plain form (${plain})`,
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
