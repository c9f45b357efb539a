import { describe, expect, it } from "vitest";
import { redactComment, redactQuery, sendFeedback, StepEventBatch, type FeedbackTransport } from "../../../src/lib/feedback.ts";

it("keeps search words but drops e-mail addresses and long numbers", () => {
  expect(redactQuery("  reset mail taro@example.com not arriving ")).toBe("reset mail … not arriving");
  expect(redactQuery("call 090-1234-5678 please")).toBe("call … please");
  expect(redactQuery("step 2")).toBe("step 2");
});

it("strips e-mail addresses and phone numbers from a comment and keeps it short", () => {
  expect(redactComment("Mail me at hanako.sato@example.co.jp or +81 (90) 1234 5678, thanks")).toBe("Mail me at … or …, thanks");
  expect(redactComment("電話は09012345678です")).toBe("電話は…です");
  expect(redactComment("x".repeat(400))).toHaveLength(300);
});

describe("sendFeedback", () => {
  const sent: [string, string][] = [];
  const transport = (endpoint: string | null): FeedbackTransport => ({ endpoint, send: (url, body) => (sent.push([url, body]), true) });

  it("sends nothing without an endpoint", () => {
    expect(sendFeedback({ kind: "vote", page: "article:x", locale: "en", answer: "no" }, transport(null))).toBe(false);
    expect(sent).toEqual([]);
  });

  it("sends the payload as JSON to the endpoint", () => {
    expect(sendFeedback({ kind: "vote", page: "article:x", locale: "en", answer: "no" }, transport("https://feedback.example/hc"))).toBe(true);
    expect(sent).toEqual([["https://feedback.example/hc", '{"kind":"vote","page":"article:x","locale":"en","answer":"no"}']]);
  });
});

describe("StepEventBatch", () => {
  it("hands over a batch once it is full, and the rest when flushed", () => {
    const batch = new StepEventBatch("login-after-reset", "ja", 2);
    expect(batch.add({ type: "start", step: "a" })).toBeNull();
    expect(batch.add({ type: "answer", step: "a", answer: "no", next: "b" })).toEqual({
      kind: "steps",
      troubleshooter: "login-after-reset",
      locale: "ja",
      events: [{ type: "start", step: "a" }, { type: "answer", step: "a", answer: "no", next: "b" }],
    });
    expect(batch.flush()).toBeNull();
    batch.add({ type: "restart", step: "b" });
    expect(batch.flush()?.events).toEqual([{ type: "restart", step: "b" }]);
  });
});
