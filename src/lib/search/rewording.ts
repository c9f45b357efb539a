/**
 * Rewording a query through the synonym groups of `content/search/synonyms.yaml`, so that the results page
 * can compare what the reader typed with titles and problem phrases written in other words. Pure and
 * small: the results page runs it in the browser.
 */
import { foldLetters } from "./problem-match.ts";

/** Words of a text, folded as readers may type them (see `foldLetters`). */
export function words(text: string): string[] {
  // A hyphen inside a word joins it: "e-mail" is the "email" readers type.
  return foldLetters(text).replace(/(\p{L})-(?=\p{L})/gu, "$1").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const spaced = (list: string[]) => ` ${list.join(" ")} `;

/**
 * The query and its rewordings through synonym groups (`content/search/synonyms.yaml`): each group member
 * found in the query, as whole words, replaced by each other member ("close my account" → "delete my account").
 */
export function queryVariants(query: string, groups: readonly (readonly string[])[]): string[] {
  let variants = [words(query).join(" ")];
  for (const group of groups) {
    const members = foldedMembers(group);
    const next = [...variants];
    for (const variant of variants) {
      const text = spaced(variant.split(" "));
      for (const [i, { folded, latin }] of members.entries()) {
        if (!folded) continue;
        // Latin members match whole words ("log in" is not in "catalog in"); Japanese ones anywhere.
        if (latin ? !text.includes(spaced([folded])) : !variant.includes(folded)) continue;
        for (const [j, other] of members.entries()) {
          if (j === i) continue;
          next.push(latin ? text.replace(spaced([folded]), spaced([other.folded])).trim() : variant.replace(folded, other.folded));
        }
      }
    }
    // Each group multiplies the rewordings; a long query through many groups stops growing here.
    variants = [...new Set(next)].slice(0, maxVariants);
  }
  return variants;
}

const maxVariants = 64;

// The groups are the same for every query of a page: each group's members are folded once.
const foldedGroups = new WeakMap<readonly string[], { folded: string; latin: boolean }[]>();

function foldedMembers(group: readonly string[]): { folded: string; latin: boolean }[] {
  let members = foldedGroups.get(group);
  if (!members) {
    members = group.map((member) => {
      const folded = words(member).join(" ");
      return { folded, latin: /^[\p{Script=Latin}\p{N} ]+$/u.test(folded) };
    });
    foldedGroups.set(group, members);
  }
  return members;
}
