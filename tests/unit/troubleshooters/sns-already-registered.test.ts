import { describeTransitions } from "./helpers.ts";

describeTransitions("sns-already-registered", {
  "first-signup": { email: "ever-linked-sns", sns: "link-removed", "not-sure": "ever-linked-sns" },
  "ever-linked-sns": { yes: "link-removed", no: "email-account-fix" },
  "link-removed": { yes: "link-deleted-fix", no: "other-sns-fix" },
  "email-account-fix": { yes: "solved-result", no: "support-handoff" },
  "other-sns-fix": { yes: "solved-result", no: "support-handoff" },
  "link-deleted-fix": { yes: "solved-result", no: "support-handoff" },
});
