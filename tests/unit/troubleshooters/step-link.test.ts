import { describe, expect, it } from "vitest";
import { queryForStep, type LinkFlowShape } from "../../../src/troubleshooters/step-link.ts";

const answer = (value: string | null, next: string) => ({ value, next });
const flow: LinkFlowShape = {
  start: "first",
  steps: [
    { id: "first", input: null, answers: [answer("a", "second"), answer("b", "fix")] },
    { id: "second", input: null, answers: [answer("yes", "fix"), answer("no", "when")] },
    { id: "when", input: "datetime", answers: [answer(null, "late-fix")] },
    { id: "fix", input: null, answers: [] },
    { id: "late-fix", input: null, answers: [] },
  ],
};

describe("queryForStep", () => {
  it("opens the first step without a query", () => {
    expect(queryForStep(flow, "first")).toBe("");
  });
  it("carries the fewest answers that lead to the step", () => {
    expect(queryForStep(flow, "fix")).toBe("step=fix&first=b");
  });
  it("carries every answer on the way, in the flow's order", () => {
    expect(queryForStep(flow, "when")).toBe("step=when&first=a&second=no");
  });
  it("is null for a step only a typed answer leads to", () => {
    expect(queryForStep(flow, "late-fix")).toBeNull();
  });
});
