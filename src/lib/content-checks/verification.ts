/**
 * Article verification (as in Zendesk Guide and Document360): an article is verified when someone
 * checked it against the product (`verified: { on, by }` in its front matter), stale when that
 * check is older than the months in the config, unverified otherwise. Pure.
 */
export type VerificationStatus = "verified" | "stale" | "unverified";

export interface VerificationInput {
  id: string;
  locale: string;
  file: string;
  title: string;
  source: "seed" | "editorial";
  verified: { on: Date; by: string } | undefined;
}

export interface VerificationRow extends VerificationInput {
  status: VerificationStatus;
}

/** The day `months` calendar months after `day` (UTC); the 31st runs over into the next month as Date does. */
function monthsAfter(day: Date, months: number): Date {
  const later = new Date(day.getTime());
  later.setUTCMonth(later.getUTCMonth() + months);
  return later;
}

export function verificationStatus(verified: VerificationInput["verified"], today: Date, staleAfterMonths: number): VerificationStatus {
  if (!verified) return "unverified";
  return monthsAfter(verified.on, staleAfterMonths) <= today ? "stale" : "verified";
}

export function verificationRows(articles: readonly VerificationInput[], today: Date, staleAfterMonths: number): VerificationRow[] {
  return articles
    .map((article) => ({ ...article, status: verificationStatus(article.verified, today, staleAfterMonths) }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.locale.localeCompare(b.locale));
}

/** Counts per status. */
export function verificationCounts(rows: readonly VerificationRow[]): Record<VerificationStatus, number> {
  const counts: Record<VerificationStatus, number> = { verified: 0, stale: 0, unverified: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The check:content section: counts, then each stale and unverified article with why. */
export function verificationReport(rows: readonly VerificationRow[], staleAfterMonths: number): string {
  const counts = verificationCounts(rows);
  const lines = [`Verification (stale after ${staleAfterMonths} months): ${counts.verified} verified, ${counts.stale} stale, ${counts.unverified} unverified`];
  for (const row of rows) {
    if (row.status === "verified") continue;
    const why =
      row.status === "stale"
        ? `stale: verified ${row.verified!.on.toISOString().slice(0, 10)} by ${row.verified!.by}`
        : row.source === "editorial"
          ? "unverified: written where the sources are silent; a person must check it against the product"
          : "unverified";
    lines.push(`  ${row.file}: ${why}`);
  }
  return lines.join("\n");
}
