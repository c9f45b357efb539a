import { describe, expect, it } from "vitest";
import { isResetLinkExpired, resetLinkExpiresAt } from "../../../../src/lib/policies/reset-link.ts";

const sent = new Date("2026-11-23T10:00:00+09:00");
const at = (iso: string) => new Date(iso);

describe("reset link lifetime", () => {
  it("is valid just before the lifetime ends", () => expect(isResetLinkExpired(sent, at("2026-11-23T13:59:59+09:00"), 4)).toBe(false));
  it("is valid exactly at the lifetime", () => expect(isResetLinkExpired(sent, at("2026-11-23T14:00:00+09:00"), 4)).toBe(false));
  it("has expired one second later", () => expect(isResetLinkExpired(sent, at("2026-11-23T14:00:01+09:00"), 4)).toBe(true));
  it("computes the expiry time", () => expect(resetLinkExpiresAt(sent, 4).toISOString()).toBe("2026-11-23T05:00:00.000Z"));
});
