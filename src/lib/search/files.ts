/**
 * Where the build writes the search files beside the pages, and the URLs the browser loads them from:
 * Pagefind's index and module, and one typo vocabulary per index language. No imports: every page's
 * script uses it and article pages have a JavaScript budget.
 */
export const searchFolders = { pagefind: "pagefind", vocabulary: "search-vocabulary" } as const;

/** Pagefind's browser module (written by the build, so bundlers must not resolve it). */
export const pagefindModuleUrl = `/${searchFolders.pagefind}/pagefind.js`;

/** The words indexed for `<html lang>` = `lang`, for typo correction. */
export function vocabularyUrl(lang: string): string {
  return `/${searchFolders.vocabulary}/${lang}.json`;
}

/** The vocabulary file's path inside the built site. */
export function vocabularyFile(lang: string): string {
  return `${searchFolders.vocabulary}/${lang}.json`;
}
