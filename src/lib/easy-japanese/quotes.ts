/**
 * Quotation marks 「」 in easy Japanese promise the reader words they will find on a screen. So the only
 * Japanese words in 「」 are the product's screen texts from the glossary; anything else is written
 * plainly. Empty brackets (a <Screen> stand-in) and brackets around names or codes are not words to check.
 */
import type { Finding } from "./finding.ts";

const japanese = /[\u3040-\u30FF\u4E00-\u9FFF]/;

export function findUnlistedQuotes(text: string, screenTexts: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/「([^「」]*)」/g)) {
    const quoted = match[1]!;
    if (!japanese.test(quoted) || screenTexts.has(quoted)) continue;
    findings.push({
      index: match.index,
      length: match[0].length,
      message: `"${quoted}" is quoted but is no screen text: quote only screen texts from content/glossary.yaml (<Screen name="…" />), or write the words without 「」`,
    });
  }
  return findings;
}
