/**
 * `npm run report:steps -- <file>`: where readers give up in each troubleshooter. The file holds what the feedback
 * endpoint received, one JSON body per line; lines that are not step events are skipped.
 */
import { readFileSync } from "node:fs";
import type { FeedbackPayload } from "../src/lib/feedback.ts";
import { formatStepReport, stepReport } from "../src/lib/step-report.ts";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run report:steps -- <file with one received JSON body per line>");
  process.exit(2);
}
const payloads: FeedbackPayload[] = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim().startsWith("{")) continue;
  try {
    payloads.push(JSON.parse(line) as FeedbackPayload);
  } catch {
    // A line the endpoint stored half-written: skip it, the rest still counts.
  }
}
console.log(formatStepReport(stepReport(payloads)) || "no step events in this file");
