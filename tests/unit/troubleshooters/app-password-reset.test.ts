import { describeTransitions } from "./helpers.ts";

describeTransitions("app-password-reset", {
  "reset-email-arrived": { yes: "password-rules-met", no: "send-reset-email-fix" },
  "send-reset-email-fix": { yes: "solved-result", no: "support-handoff" },
  "password-rules-met": { yes: "reset-completed", no: "password-rules-fix" },
  "password-rules-fix": { yes: "solved-result", no: "support-handoff" },
  "reset-completed": { yes: "solved-result", no: "support-handoff" },
});
