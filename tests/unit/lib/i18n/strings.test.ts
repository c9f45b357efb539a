import { describe, expect, it } from "vitest";
import en from "../../../../src/lib/i18n/strings/en.ts";
import { formatDate, localeKeys, locales, useTranslations } from "../../../../src/lib/i18n/index.ts";

describe("UI strings", () => {
  it.each(localeKeys)("%s defines every key with a non-empty text", (locale) => {
    const t = useTranslations(locale);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(t(key).trim(), `${locale}: ${key}`).not.toBe("");
    }
  });

  it.each(localeKeys)("%s keeps the same {placeholders} as English", (locale) => {
    const t = useTranslations(locale);
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(t(key)), `${locale}: ${key}`).toEqual(names(en[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = useTranslations("en");
    expect(t("contact.hoursWeekdays", { open: "9:00", close: "17:30" })).toBe("Weekdays 9:00–17:30 (Japan time)");
    expect(t("contact.hoursWeekdays", { open: "9:00" })).toContain("{close}");
  });

  it("formats dates in Japan time, in the reader's language", () => {
    const date = new Date("2026-05-07T20:00:00Z"); // 8 May in Tokyo
    expect(formatDate(date, "ja")).toBe("2026年5月8日");
    expect(formatDate(date, "en")).toBe("May 8, 2026");
  });

  it("declares a valid BCP-47 tag for every locale", () => {
    for (const key of localeKeys) expect(Intl.getCanonicalLocales(locales[key].lang)).toHaveLength(1);
  });
});
