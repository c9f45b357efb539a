import { expect, it } from "vitest";
import { redactQuery } from "../../../src/scripts/feedback.ts";

it("keeps search words but drops e-mail addresses and long numbers", () => {
  expect(redactQuery("  reset mail taro@example.com not arriving ")).toBe("reset mail … not arriving");
  expect(redactQuery("call 090-1234-5678 please")).toBe("call … please");
  expect(redactQuery("step 2")).toBe("step 2");
});
