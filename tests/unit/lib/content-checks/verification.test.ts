import { describe, expect, it } from "vitest";
import { verificationReport, verificationRows, verificationStatus } from "../../../../src/lib/content-checks/verification.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("verification status", () => {
  it("is stale from the day the given number of months have passed", () => {
    const verified = { on: day("2025-12-01"), by: "support" };
    expect(verificationStatus(verified, day("2026-11-30"), 12)).toBe("verified");
    expect(verificationStatus(verified, day("2026-12-01"), 12)).toBe("stale");
    expect(verificationStatus(verified, day("2026-06-01"), 6)).toBe("stale");
  });
  it("is unverified without a check", () => expect(verificationStatus(undefined, day("2026-12-01"), 12)).toBe("unverified"));
});

describe("verification report", () => {
  const rows = verificationRows(
    [
      { id: "b", locale: "en", file: "en/b.mdx", title: "B", source: "editorial", verified: undefined },
      { id: "a", locale: "en", file: "en/a.mdx", title: "A", source: "seed", verified: { on: day("2024-01-01"), by: "editor" } },
      { id: "c", locale: "ja", file: "ja/c.mdx", title: "C", source: "seed", verified: { on: day("2026-11-01"), by: "source" } },
    ],
    day("2026-12-01"),
    12,
  );
  it("gives the counts, then each stale and unverified file with the reason", () => {
    expect(verificationReport(rows, 12).split("\n")).toEqual([
      "Verification (stale after 12 months): 1 verified, 1 stale, 1 unverified",
      "  en/a.mdx: stale: verified 2024-01-01 by editor",
      "  en/b.mdx: unverified: written where the sources are silent; a person must check it against the product",
    ]);
  });
});
