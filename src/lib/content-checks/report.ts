import { localeKeys } from "../i18n/locales.ts";
import type { TranslationRow } from "./check.ts";

/** The article × language table: ✓ has its own file, · falls back to another language. */
export function translationTable(rows: TranslationRow[]): string {
  const idWidth = Math.max(7, ...rows.map((row) => row.id.length));
  // A column per language that has at least one article.
  const columns = localeKeys.filter((locale) => rows.some((row) => row.present[locale]));
  const header = ["article".padEnd(idWidth), ...columns.map((locale) => locale.padEnd(7))].join(" ");
  const lines = rows.map((row) =>
    [row.id.padEnd(idWidth), ...columns.map((locale) => (row.present[locale] ? "✓" : "·").padEnd(7))].join(" ").trimEnd(),
  );
  return [header.trimEnd(), ...lines].join("\n");
}
