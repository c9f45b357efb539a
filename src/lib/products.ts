/**
 * The two products readers sign in to: the website (password rules and reset from seed 000) and the
 * smartphone app (seed 002). Their names match the password policies in src/config.ts.
 */
export const productNames = ["web", "app"] as const;
export type ProductName = (typeof productNames)[number];

/** The article that tells readers which of the two they are using. */
export const productGuideArticleId = "website-or-app";
