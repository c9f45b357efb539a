/**
 * Words readers use for the same thing (ソーシャルログイン for SNSログイン, "sign in" for "log in").
 * Editors keep the groups in `content/search/synonyms.yaml`. At index time a page that uses one word of
 * a group also gets the others as extra indexed terms, so a search finds it by any of them. This works on
 * the index, so it does not depend on how the reader's browser splits the query into words.
 */
import { z } from "zod";
import { parse as parseYaml } from "yaml";
import { foldForComparison } from "./problems.ts";

const synonymGroupsSchema = z.record(z.string(), z.array(z.array(z.string().min(1)).min(2)));
/** Per `<html lang>` (the index's language): groups of interchangeable terms. */
export type SynonymGroups = z.infer<typeof synonymGroupsSchema>;

export function parseSynonymGroups(text: string, file: string): SynonymGroups {
  const result = synonymGroupsSchema.safeParse(parseYaml(text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.path.map(String).join(".")}: ${issue.message}`);
}

interface PreparedTerm {
  folded: string;
  /** The words of an alphabetic term, which must match whole words ("sign in" is not in "design in"). */
  words: string[] | null;
}

// The same few dozen terms are checked against every page: each is folded once.
const preparedTerms = new Map<string, PreparedTerm>();

function prepare(term: string): PreparedTerm {
  let prepared = preparedTerms.get(term);
  if (!prepared) {
    const alphabetic = /^[\p{Script=Latin}\p{N}\s'-]+$/u.test(term);
    prepared = { folded: foldForComparison(term), words: alphabetic ? term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : null };
    preparedTerms.set(term, prepared);
  }
  return prepared;
}

/** Whether `term` occurs in the text. */
function occursIn(term: string, foldedText: string, words: Set<string>, spacedText: string): boolean {
  const { folded, words: termWords } = prepare(term);
  if (!folded) return false;
  if (termWords) {
    if (termWords.length === 1) return words.has(termWords[0]!);
    return spacedText.includes(` ${termWords.join(" ")} `);
  }
  return foldedText.includes(folded);
}

/** The terms to add to a page: the missing members of every group the page uses a member of. */
export function extraTermsFor(text: string, lang: string, groups: SynonymGroups): string[] {
  const foldedText = foldForComparison(text);
  const wordList = text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = new Set(wordList);
  const spacedText = ` ${wordList.join(" ")} `;
  const extra: string[] = [];
  for (const group of groups[lang] ?? []) {
    const present = group.filter((term) => occursIn(term, foldedText, words, spacedText));
    if (present.length === 0) continue;
    for (const term of group) if (!present.includes(term) && !extra.includes(term)) extra.push(term);
  }
  return extra;
}
