/**
 * html-validate over every built page (`npm run validate:html`, a stage of `npm test`): the recommended
 * rules, with each change to them given its reason on the line above it.
 */
import { documentTitleMaxLength } from "./src/lib/document-title.ts";

export default {
  extends: ["html-validate:recommended"],
  rules: {
    // The limit is the one the layout shortens titles to.
    "long-title": ["error", { maxlength: documentTitleMaxLength }],
    // Phone numbers keep their ASCII hyphens (a copied number must still dial) and cannot wrap through CSS (PhoneLink.astro).
    "tel-non-breaking": ["error", { ignoreClasses: ["phone-number"] }],
    // ARIA lets a list take its name from its heading (the search page's topics), and screen readers announce it.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // Preact's server renderer writes every void element self-closed (`<input/>`); both forms are valid HTML.
    "void-style": "off",
  },
};
