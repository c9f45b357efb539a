/**
 * Splits a long list into numbered pages. The agents' index uses it so that 5,000 articles become
 * fifty pages an agent can load on a phone, instead of one page of tens of megabytes.
 */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  items: T[];
}

/** Always at least one page (an empty list gives one empty page, so the index URL exists). */
export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive whole number, not ${pageSize}`);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, items: items.slice(index * pageSize, (index + 1) * pageSize) }));
}
