import { siteConfig } from "../../config.ts";

const { rules, contact, product } = siteConfig;

/** Named config values editors can put in prose with <Value name="…" />. */
export const configValues = {
  siteName: siteConfig.siteName,
  appName: product.appName,
  appMailSender: product.appMailSender,
  resetPasswordUrl: product.resetPasswordUrl,
  resetLinkLifetimeHours: rules.resetLinkLifetimeHours,
  webPasswordMinLength: rules.passwordPolicy.web.minLength,
  /** The web rule as the source words it: "more than N characters". */
  webPasswordMoreThan: rules.passwordPolicy.web.minLength - 1,
  appPasswordMinLength: rules.passwordPolicy.app.minLength,
  appPasswordMinKinds: rules.passwordPolicy.app.minKinds,
  appPasswordSymbols: rules.passwordPolicy.app.symbols,
  phone: contact.phone,
  hoursOpen: contact.hours.weekdays.open,
  hoursClose: contact.hours.weekdays.close,
} as const;

