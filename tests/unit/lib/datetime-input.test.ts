import { describe, expect, it } from "vitest";
import { formatDateTimeInput, parseDateTimeInput } from "../../../src/lib/datetime-input.ts";

describe("datetime-local values", () => {
  it("round-trip a local date and time", () => {
    const moment = new Date(2026, 4, 8, 9, 5);
    expect(formatDateTimeInput(moment)).toBe("2026-05-08T09:05");
    expect(parseDateTimeInput("2026-05-08T09:05")?.getTime()).toBe(moment.getTime());
  });

  it("reject impossible dates and other shapes", () => {
    for (const value of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-05-08T24:00", "2026-05-08 10:00", "2026-05-08T10:00:00", "", "<b>"]) {
      expect(parseDateTimeInput(value), value).toBeNull();
    }
  });
});
