import { describe, expect, it } from "vitest";
import { editorGuards, guards } from "../../../src/troubleshooters/implementations.ts";
import { formatDateTimeInput } from "../../../src/lib/datetime-input.ts";
import type { TroubleshooterContext } from "../../../src/troubleshooters/types.ts";

const now = new Date(2026, 4, 8, 12, 0).getTime();
const context: TroubleshooterContext = { answers: {}, history: [], now, rules: { resetLinkLifetimeHours: 4 } };
const typed = (hoursAgo: number) => ({ context, event: { type: "answer.choose" as const, value: formatDateTimeInput(new Date(now - hoursAgo * 3_600_000)) } });

describe("isResetLinkExpired / isResetLinkStillValid", () => {
  it("compare the arrival time with the configured lifetime", () => {
    expect(guards.isResetLinkExpired(typed(4.5))).toBe(true);
    expect(guards.isResetLinkStillValid(typed(4.5))).toBe(false);
    expect(guards.isResetLinkExpired(typed(4))).toBe(false);
    expect(guards.isResetLinkStillValid(typed(4))).toBe(true);
    expect(guards.isResetLinkStillValid(typed(0))).toBe(true);
  });

  it("follow the configured lifetime, not a number of their own", () => {
    const longer = { ...typed(4.5), context: { ...context, rules: { resetLinkLifetimeHours: 6 } } };
    expect(guards.isResetLinkExpired(longer)).toBe(false);
  });

  it("are both false for something that is not a date and time", () => {
    const bad = { context, event: { type: "answer.choose" as const, value: "yesterday" } };
    expect(guards.isResetLinkExpired(bad)).toBe(false);
    expect(guards.isResetLinkStillValid(bad)).toBe(false);
    expect(guards.isResetLinkExpired({ context, event: { type: "answer.yes" } })).toBe(false);
  });

  it("each have an example value that makes them true", () => {
    for (const [name, guard] of Object.entries(editorGuards)) {
      expect(guard.check({ context, event: { type: "answer.choose", value: guard.example(context) } }), name).toBe(true);
    }
  });
});
