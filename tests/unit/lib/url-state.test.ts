import { describe, expect, it } from "vitest";
import { decodeStepState, encodeStepState, maxQueryLength, type UrlFlowShape } from "../../../src/lib/url-state.ts";

const flow: UrlFlowShape = {
  start: "sent-at",
  steps: [
    { id: "sent-at", input: "datetime", answers: [{ value: null }, { value: null }] },
    { id: "capitals", input: null, answers: [{ value: "yes" }, { value: "no" }] },
    { id: "device", input: null, answers: [{ value: "phone" }, { value: "computer" }] },
    { id: "done-result", input: null, answers: [] },
  ],
};

describe("encodeStepState", () => {
  it("writes the step first, then answers in the flow's step order", () => {
    expect(encodeStepState(flow, { step: "done-result", answers: { device: "phone", capitals: "no", "sent-at": "2026-05-08T10:30" } })).toBe(
      "step=done-result&sent-at=2026-05-08T10%3A30&capitals=no&device=phone",
    );
  });

  it("gives equal states one URL, whatever order the answers came in", () => {
    const a = encodeStepState(flow, { step: "device", answers: { capitals: "yes", device: "computer" } });
    const b = encodeStepState(flow, { step: "device", answers: { device: "computer", capitals: "yes" } });
    expect(a).toBe(b);
  });

  it("is empty at the start with no answers", () => {
    expect(encodeStepState(flow, { step: "sent-at", answers: {} })).toBe("");
  });

  it("leaves out answers a step cannot take", () => {
    expect(encodeStepState(flow, { step: "device", answers: { capitals: "maybe", ghost: "yes" } })).toBe("step=device");
  });
});

describe("decodeStepState", () => {
  it("round-trips every encoded state", () => {
    const states = [
      { step: "capitals", answers: { "sent-at": "2026-05-08T10:30" } },
      { step: "done-result", answers: { "sent-at": "2026-05-08T10:30", capitals: "yes", device: "computer" } },
      { step: "sent-at", answers: { capitals: "no" } },
    ];
    for (const state of states) expect(decodeStepState(flow, `?${encodeStepState(flow, state)}`)).toEqual({ kind: "state", state });
  });

  it("treats an empty query, or one with only keys that are not ours, as the start, without a notice", () => {
    expect(decodeStepState(flow, "")).toEqual({ kind: "start" });
    expect(decodeStepState(flow, "?")).toEqual({ kind: "start" });
    expect(decodeStepState(flow, "?furigana=on&utm_source=mail")).toEqual({ kind: "start" });
    expect(decodeStepState(flow, "?garbage")).toEqual({ kind: "start" });
  });

  it("drops unknown keys and values a step cannot take", () => {
    expect(decodeStepState(flow, "?step=device&utm_source=mail&capitals=perhaps&device=phone")).toEqual({
      kind: "state",
      state: { step: "device", answers: { device: "phone" } },
    });
  });

  it("rejects garbage", () => {
    for (const search of ["?step=", "?step=nowhere", "?step=device%", "?=&=&step", "?capitals=yes", "?%%%&device=phone"]) {
      expect(decodeStepState(flow, search), search).toEqual({ kind: "invalid" });
    }
  });

  it("survives truncated links: a cut-off value is dropped, a cut-off step id is rejected", () => {
    const full = encodeStepState(flow, { step: "done-result", answers: { "sent-at": "2026-05-08T10:30", capitals: "yes" } });
    expect(decodeStepState(flow, full.slice(0, full.indexOf("capitals=") + "capitals=y".length))).toEqual({
      kind: "state",
      state: { step: "done-result", answers: { "sent-at": "2026-05-08T10:30" } },
    });
    expect(decodeStepState(flow, "step=done-res")).toEqual({ kind: "invalid" });
    expect(decodeStepState(flow, "step=capitals&sent-at=2026-05-08T1")).toEqual({ kind: "state", state: { step: "capitals", answers: {} } });
  });

  it("rejects hostile input without passing it on", () => {
    const hostile = [
      "?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "?step=__proto__",
      "?step=constructor",
      "?step=device&__proto__=yes&constructor=yes",
      `?step=device&capitals=${"y".repeat(5000)}`,
      "?step=capitals&sent-at=2026-13-45T99%3A99",
      "?step=capitals&sent-at=%22%3E%3Cimg%20src%3Dx%3E",
    ];
    const results = hostile.map((search) => decodeStepState(flow, search));
    expect(results[0]).toEqual({ kind: "invalid" });
    expect(results[1]).toEqual({ kind: "invalid" });
    expect(results[2]).toEqual({ kind: "invalid" });
    expect(results[3]).toEqual({ kind: "state", state: { step: "device", answers: {} } });
    expect(results[4]).toEqual({ kind: "invalid" });
    expect(results[5]).toEqual({ kind: "state", state: { step: "capitals", answers: {} } });
    expect(results[6]).toEqual({ kind: "state", state: { step: "capitals", answers: {} } });
    expect(`?step=device&capitals=${"y".repeat(5000)}`.length).toBeGreaterThan(maxQueryLength);
  });

  it("takes the first of repeated keys", () => {
    expect(decodeStepState(flow, "?step=device&step=capitals&capitals=no&capitals=yes")).toEqual({
      kind: "state",
      state: { step: "device", answers: { capitals: "no" } },
    });
  });
});
