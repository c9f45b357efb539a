import { describe, expect, it } from "vitest";
import { activeNotice, noticeMessage, noticesSchema, type Notice } from "../../../src/lib/schemas/notice.ts";
import { checkNotices } from "../../../src/lib/content-checks/notices.ts";

const notice = (id: string, start: string, end: string): Notice => ({ id, start, end, message: { en: `${id} in English`, ja: `${id}の日本語` } });
const mail = notice("mail-delay", "2026-12-08T09:00:00+09:00", "2026-12-08T18:00:00+09:00");

describe("activeNotice", () => {
  it("is the notice whose start has come and whose end has not", () => {
    expect(activeNotice([mail], Date.parse("2026-12-08T10:00:00+09:00"))).toBe(mail);
    expect(activeNotice([mail], Date.parse("2026-12-08T08:59:59+09:00"))).toBeNull();
    expect(activeNotice([mail], Date.parse("2026-12-08T18:00:00+09:00"))).toBeNull();
  });

  it("is the later-started one when two overlap", () => {
    const outage = notice("login-outage", "2026-12-08T12:00:00+09:00", "2026-12-08T13:00:00+09:00");
    expect(activeNotice([mail, outage], Date.parse("2026-12-08T12:30:00+09:00"))).toBe(outage);
  });
});

describe("noticeMessage", () => {
  it("gives the reader's language, else English and says so", () => {
    expect(noticeMessage(mail, "ja")).toEqual({ text: "mail-delayの日本語", locale: "ja" });
    expect(noticeMessage(mail, "vi")).toEqual({ text: "mail-delay in English", locale: "en" });
  });
});

describe("checkNotices (check:content)", () => {
  it("accepts a complete notice and an empty list", () => {
    expect(checkNotices("[]\n", "content/notices.yaml")).toEqual([]);
    expect(noticesSchema.safeParse([mail]).success).toBe(true);
  });

  it("rejects a notice without an end time, naming file, line and field", () => {
    const text = "- id: ok\n  start: 2026-12-08T09:00:00+09:00\n  end: 2026-12-08T18:00:00+09:00\n  message: { en: Fine }\n- id: no-end\n  start: 2026-12-08T09:00:00+09:00\n  message: { en: Forever }\n";
    expect(checkNotices(text, "content/notices.yaml")).toEqual([
      { file: "content/notices.yaml", line: 5, rule: "notice", severity: "error", message: "notice 1.end: is missing: every notice needs a start and an end time" },
    ]);
  });

  it("rejects an end before the start, a time without offset, and a notice without English", () => {
    const messages = (text: string) => checkNotices(text, "n.yaml").map((problem) => problem.message);
    expect(messages("- { id: a, start: 2026-12-08T18:00:00+09:00, end: 2026-12-08T09:00:00+09:00, message: { en: x } }\n")).toEqual(["notice 0.end: end must be after start"]);
    expect(messages("- { id: a, start: 2026-12-08T09:00:00, end: 2026-12-08T18:00:00+09:00, message: { en: x } }\n")[0]).toMatch(/0\.start: must be a date and time with its offset/);
    expect(messages("- { id: a, start: 2026-12-08T09:00:00+09:00, end: 2026-12-08T18:00:00+09:00, message: { ja: x } }\n")[0]).toMatch(/needs an "en" message/);
  });
});
