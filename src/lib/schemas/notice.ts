/**
 * `content/notices.yaml`: what editors raise when something breaks for everyone (reset e-mails delayed, a login
 * outage, a changed screen). A list of notices, each shown at the top of every page built between its `start` and
 * its `end`; a script hides it once `end` has passed, before the next build. Times carry their offset
 * (`2026-12-08T18:00:00+09:00`), so nobody has to guess the time zone.
 */
import { z } from "zod";
import { defaultLocale, localeKeys, type Locale } from "../i18n/locales.ts";

const instant = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? "is missing: every notice needs a start and an end time" : "must be a date and time with its offset, such as 2026-12-08T18:00:00+09:00"),
});

export const noticeSchema = z
  .strictObject({
    /** Kebab-case, unique: names the notice in messages. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case kebab-case, e.g. reset-mail-delay"),
    start: instant,
    /** Required: a notice nobody takes down would stay on every page. */
    end: instant,
    /** The message per language; English is required, as the fallback of every language without its own. */
    message: z
      .partialRecord(z.enum(localeKeys), z.string().trim().min(1).max(300))
      .refine((messages) => messages[defaultLocale] !== undefined, `needs an "${defaultLocale}" message, the fallback of the other languages`),
  })
  .refine((notice) => Date.parse(notice.end) > Date.parse(notice.start), { message: "end must be after start", path: ["end"] });

export const noticesSchema = z.array(noticeSchema).refine((notices) => new Set(notices.map((notice) => notice.id)).size === notices.length, "two notices share an id");

export type Notice = z.infer<typeof noticeSchema>;

/** The notice in force at `now` (the one that started last when several overlap), or null. */
export function activeNotice(notices: readonly Notice[], now: number): Notice | null {
  return notices.filter((notice) => Date.parse(notice.start) <= now && now < Date.parse(notice.end)).sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0] ?? null;
}

/** The notice's text for readers of `locale`: their own, else English (then `locale` says which was used). */
export function noticeMessage(notice: Notice, locale: Locale): { text: string; locale: Locale } {
  const own = notice.message[locale];
  return own === undefined ? { text: notice.message[defaultLocale]!, locale: defaultLocale } : { text: own, locale };
}

/** Every problem in a notices file as `path: message` lines (none when it is valid). */
export function noticeProblems(data: unknown): string[] {
  const result = noticesSchema.safeParse(data ?? []);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
}
