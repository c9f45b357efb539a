/** English UI strings. This file sets the key list: every other locale must define the same keys. */
const en = {
  "site.tagline": "Help with signing up, logging in and getting back into your account",
  "nav.skip": "Skip to main content",
  "nav.home": "Help center home",
  "nav.breadcrumbs": "Breadcrumbs",
  "nav.language": "Language",
  "nav.languageCurrent": "{language} (current)",
  "search.label": "Search the help center",
  "search.placeholder": "e.g. reset password",
  "search.button": "Search",
  "home.title": "How can we help?",
  "home.intro": "Find answers about your account, or let a step-by-step check find the fix for you.",
  "home.categories": "Browse by topic",
  "home.troubleshooters": "Solve a problem step by step",
  "home.audiences": "Help for you",
  "category.articles": "Articles in this topic",
  "category.empty": "There are no articles in this topic yet.",
  "audience.articles": "Articles for you",
  "article.published": "First published",
  "article.updated": "Last updated",
  "article.related": "Related articles",
  "article.kind.faq": "Question",
  "article.kind.guide": "Step-by-step guide",
  "article.onThisPage": "On this page",
  "footer.contact": "Still need help? Contact us",
  "contact.phone": "Phone",
  "contact.hours": "Hours",
  "contact.hoursWeekdays": "Weekdays {open}–{close} (Japan time)",
  "contact.closedWeekends": "Closed on Saturdays, Sundays and public holidays",
  "contact.page": "Send us a message",
  "notFound.title": "We can't find that page",
  "notFound.body": "The link may be old or mistyped. Try searching, or start from the help center home.",
  "notFound.home": "Go to the help center home",
  "fallback.notice": "This page is not yet available in {language}. It is shown in {shown} instead.",
  "fallback.home": "Go to the {language} home page",
  "password.rulesHeading": "Password rules",
  "password.rule.minLength": "{count} or more characters",
  "password.rule.noSpaces": "No spaces",
  "password.rule.noCapitals": "No capital letters (A–Z)",
  "password.rule.minKinds": "At least {count} of these {total} kinds: capital letters (ABC…), small letters (abc…), numbers (123…), symbols",
  "password.rule.allowedSymbols": "Symbols you can use: {symbols}",
  "root.title": "Choose your language",
  // --- troubleshooters ---
  // --- search ---
  // --- reading aids ---
  "reading.aids": "Reading aids",
  "reading.furigana": "Show furigana (hiragana readings)",
  "reading.toEasy": "Read in easy Japanese",
  "reading.toStandard": "Read in standard Japanese",
  "reading.noEasyVersion": "This page has no easy Japanese version yet",
  // --- editors and agents ---
  // --- quality ---
  // --- content ---
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = { readonly [K in UiKey]: string };
export default en satisfies UiStrings;
