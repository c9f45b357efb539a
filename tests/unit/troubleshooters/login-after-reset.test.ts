import { describeTransitions } from "./helpers.ts";

describeTransitions("login-after-reset", {
  "link-sent-at": { isResetLinkExpired: "new-link-fix", isResetLinkStillValid: "spaces-or-capitals" },
  "new-link-fix": { yes: "solved-result", no: "spaces-or-capitals" },
  "spaces-or-capitals": { yes: "spaces-or-capitals-fix", no: "password-length" },
  "spaces-or-capitals-fix": { yes: "solved-result", no: "password-length" },
  "password-length": { yes: "username", no: "password-length-fix" },
  "password-length-fix": { yes: "solved-result", no: "username" },
  username: { yes: "several-accounts", no: "username-fix" },
  "username-fix": { yes: "solved-result", no: "several-accounts" },
  "several-accounts": { yes: "right-account", no: "full-url" },
  "right-account": { yes: "which-password-changed", no: "right-account-fix" },
  "right-account-fix": { yes: "solved-result", no: "which-password-changed" },
  "which-password-changed": { yes: "full-url", no: "which-password-changed-fix" },
  "which-password-changed-fix": { yes: "solved-result", no: "full-url" },
  "full-url": { yes: "support-handoff", no: "full-url-fix" },
  "full-url-fix": { yes: "solved-result", no: "support-handoff" },
});
