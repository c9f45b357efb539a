/** Counting articles per language and category for `npm run content:stats` (pure: no file access). */

export interface ArticleFacts {
  locale: string;
  category: string;
}

export interface StatsTable {
  locales: string[];
  /** One row per category, in the order given, then any category not in the list. */
  rows: { category: string; counts: number[]; total: number }[];
  totals: number[];
  total: number;
}

export function countArticles(articles: readonly ArticleFacts[], locales: readonly string[], categories: readonly string[]): StatsTable {
  const unknown = [...new Set(articles.map((a) => a.category))].filter((c) => !categories.includes(c)).sort();
  const rows = [...categories, ...unknown].map((category) => {
    const counts = locales.map((locale) => articles.filter((a) => a.locale === locale && a.category === category).length);
    return { category, counts, total: counts.reduce((sum, n) => sum + n, 0) };
  });
  const totals = locales.map((_, i) => rows.reduce((sum, row) => sum + row.counts[i]!, 0));
  return { locales: [...locales], rows, totals, total: totals.reduce((sum, n) => sum + n, 0) };
}

/** A plain-text table with aligned columns, readable in a terminal and in a CI log. */
export function formatStatsTable(table: StatsTable): string {
  const header = ["category", ...table.locales, "total"];
  const body = table.rows.map((row) => [row.category, ...row.counts.map(String), String(row.total)]);
  const footer = ["total", ...table.totals.map(String), String(table.total)];
  const lines = [header, ...body, footer];
  const widths = header.map((_, col) => Math.max(...lines.map((line) => line[col]!.length)));
  const render = (line: string[]) => line.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [render(header), rule, ...body.map(render), rule, render(footer)].join("\n");
}
