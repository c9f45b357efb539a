import { describeTransitions } from "./helpers.ts";

describeTransitions("reset-email-not-received", {
  "address-entered": { yes: "several-addresses", no: "registered-address-fix" },
  "registered-address-fix": { yes: "solved-result", no: "several-addresses" },
  "several-addresses": { yes: "uses-username-address", no: "address-still-works" },
  "uses-username-address": { yes: "address-still-works", no: "username-address-fix" },
  "username-address-fix": { yes: "solved-result", no: "address-still-works" },
  "address-still-works": { yes: "support-handoff", no: "address-lost-handoff" },
});
