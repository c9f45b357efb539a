/**
 * The search state lives in the URL (`?q=…&category=…&audience=…`) so a search can be shared
 * and the header form works without JavaScript.
 */

export interface SearchState {
  query: string;
  /** Filter values as they are written into the index (localized names). Empty = no filter. */
  category: string;
  audience: string;
}

/** Long pastes (a whole error dialog) are cut here; Pagefind gains nothing from more. */
export const maxQueryLength = 200;

/**
 * Makes typed text match the index: NFKC folds full-width Latin (ＳＮＳ) and half-width katakana (ﾛｸﾞｲﾝ)
 * into the forms the pages use; whitespace (including the ideographic space) collapses to one space.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/gu, " ").trim().slice(0, maxQueryLength);
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: normalizeQuery(params.get("q") ?? ""),
    category: params.get("category") ?? "",
    audience: params.get("audience") ?? "",
  };
}

/** The query string for a state; empty fields are left out so shared links stay short. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.category) params.set("category", state.category);
  if (state.audience) params.set("audience", state.audience);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Pagefind's filter argument for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.category) filters["category"] = state.category;
  if (state.audience) filters["audience"] = state.audience;
  return filters;
}
