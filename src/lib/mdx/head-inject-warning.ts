/**
 * Every MDX module Astro compiles starts with the directive "use astro:head-inject", which Astro reads
 * itself (it marks modules whose head content propagates to the page). Rolldown warns once per module that
 * it may not keep the directive; at a few thousand articles that is thousands of identical warnings that
 * bury every real one. This matches that warning and nothing else, so the log hook can drop it.
 */
export interface BuildLog {
  code?: string | undefined;
  message: string;
}

export function isHeadInjectDirectiveWarning(log: BuildLog): boolean {
  return log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"');
}
