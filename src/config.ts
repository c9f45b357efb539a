/**
 * The one place for brand, contact details and account rules.
 * Articles, troubleshooters and checkers render these values; nobody retypes them.
 * Every value here is a placeholder for our own (fictional) brand.
 */
import { z } from "zod";
import { deepMerge, isPlainObject, type PlainObject } from "./lib/deep-merge.ts";

const passwordPolicySchema = z.object({
  /** Minimum length, inclusive. */
  minLength: z.number().int().positive(),
  /** Whether a space is allowed anywhere in the password. */
  allowSpaces: z.boolean(),
  /** Whether capital letters A–Z are allowed. */
  allowCapitals: z.boolean(),
  /** At least this many of the character kinds below must be present (0 = no rule). */
  minKinds: z.number().int().min(0).max(4),
  /** The character kinds counted by `minKinds`. */
  kinds: z.array(z.enum(["capital", "small", "digit", "symbol"])),
  /** The symbols the product lists for the symbol kind, shown to readers as listed (empty = none listed). Not a list of the only symbols allowed: no source says so. */
  symbols: z.string(),
});

export const siteConfigSchema = z.object({
  siteName: z.string().min(1),
  /** Base URL the site is served from in production (used for canonical links and the sitemap). */
  siteUrl: z.url(),
  /** Repository that holds the content, for "Edit this page" links. */
  repositoryUrl: z.url(),
  /** Branch the edit links point at. */
  repositoryBranch: z.string(),
  contact: z.object({
    phone: z.string(),
    /** `tel:` form of the phone number. */
    phoneHref: z.string().regex(/^tel:\+?[0-9-]+$/),
    /** Opening hours, per weekday group, in 24-hour time. */
    hours: z.object({ weekdays: z.object({ open: z.string(), close: z.string() }), weekendsAndHolidaysClosed: z.boolean() }),
    /** Path of the contact form page on the main product site (placeholder). */
    contactUrl: z.url(),
  }),
  product: z.object({
    /** Name of the smartphone app (placeholder). */
    appName: z.string(),
    /** Name of the sender of the app's system e-mails (placeholder). */
    appMailSender: z.string(),
    /** The main site's reset page (placeholder). */
    resetPasswordUrl: z.url(),
  }),
  rules: z.object({
    /** Hours a web password-reset link stays valid after the e-mail is sent. */
    resetLinkLifetimeHours: z.number().positive(),
    passwordPolicy: z.object({ web: passwordPolicySchema, app: passwordPolicySchema }),
  }),
  /** Where "Did this help?" votes and empty searches go. `null` = nothing is ever sent. */
  feedbackEndpoint: z.string().nullable(),
  /**
   * True when the endpoint also takes a plain form post (application/x-www-form-urlencoded: kind, page, locale,
   * reason): the "what was the problem?" form then works without JavaScript. Otherwise it is shown only to scripts.
   */
  feedbackAcceptsFormPost: z.boolean(),
  /** Articles per page of the agents' index (one page holds every link of that many articles). */
  agentsIndexPageSize: z.number().int().positive(),
  /** A verified article counts as stale this many months after its `verified.on` date (check:content, agents' index). */
  verificationStaleAfterMonths: z.number().int().positive(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;
export type PasswordPolicyName = keyof SiteConfig["rules"]["passwordPolicy"];

/**
 * Deploy-time override: when the environment variable `HC_CONFIG_OVERRIDE` holds a JSON object, it is
 * deep-merged over the defaults below before validation, e.g.
 * `HC_CONFIG_OVERRIDE='{"rules":{"resetLinkLifetimeHours":6}}' npm run build`.
 * A deployment can change a rule or the contact details without editing this file, and the
 * config-follow test proves every page renders the new value. Islands also import this module in
 * the browser, where `process` does not exist; there the defaults apply.
 */
function configOverrideFromEnv(): PlainObject {
  const raw = typeof process !== "undefined" ? process.env["HC_CONFIG_OVERRIDE"] : undefined;
  if (raw === undefined || raw.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`HC_CONFIG_OVERRIDE is not valid JSON (${(error as Error).message}); give an object such as {"rules":{"resetLinkLifetimeHours":6}}`);
  }
  if (!isPlainObject(parsed)) throw new Error("HC_CONFIG_OVERRIDE must be a JSON object, such as {\"rules\":{\"resetLinkLifetimeHours\":6}}");
  return parsed;
}

const defaults = {
  siteName: "Example Career Help",
  siteUrl: "https://help.example.com",
  repositoryUrl: "https://git.example.com/example/help-center",
  repositoryBranch: "main",
  contact: {
    phone: "0120-000-000",
    phoneHref: "tel:0120-000-000",
    hours: { weekdays: { open: "9:00", close: "17:30" }, weekendsAndHolidaysClosed: true },
    contactUrl: "https://www.example.com/contact",
  },
  product: {
    appName: "Example Members",
    appMailSender: "Example Members System",
    resetPasswordUrl: "https://www.example.com/en/forgot",
  },
  rules: {
    resetLinkLifetimeHours: 4,
    passwordPolicy: {
      // The web account: more than 5 characters, no spaces, no capital letters.
      web: { minLength: 6, allowSpaces: false, allowCapitals: false, minKinds: 0, kinds: [], symbols: "" },
      // The smartphone app: 8 or more characters, at least two of the four kinds. Its source states no
      // rule about spaces, so none is added.
      app: {
        minLength: 8,
        allowSpaces: true,
        allowCapitals: true,
        minKinds: 2,
        kinds: ["capital", "small", "digit", "symbol"],
        symbols: "~`!@#$%^&*()-_+=|}]{[\"':;?/>.<,",
      },
    },
  },
  feedbackEndpoint: null,
  feedbackAcceptsFormPost: false,
  agentsIndexPageSize: 100,
  verificationStaleAfterMonths: 12,
} satisfies SiteConfig;

export const siteConfig: SiteConfig = siteConfigSchema.parse(deepMerge(defaults, configOverrideFromEnv()));
