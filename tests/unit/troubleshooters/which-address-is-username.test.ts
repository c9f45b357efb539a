import { describeTransitions } from "./helpers.ts";

describeTransitions("which-address-is-username", {
  "can-log-in": { yes: "email-page-fix", no: "addresses-still-work" },
  "email-page-fix": { yes: "merge-result", no: "support-handoff" },
  "addresses-still-work": { yes: "reset-mail-fix", no: "address-lost-handoff" },
  "reset-mail-fix": { yes: "merge-result", no: "support-handoff" },
});
