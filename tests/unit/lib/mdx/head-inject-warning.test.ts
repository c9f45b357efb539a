import { expect, test } from "vitest";
import { isHeadInjectDirectiveWarning } from "../../../../src/lib/mdx/head-inject-warning.ts";

const headInject = {
  code: "MODULE_LEVEL_DIRECTIVE",
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/articles/en/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

test("the warning about Astro's own head-inject directive is recognised", () => {
  expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
});

test("other directives and other warnings are kept", () => {
  expect(isHeadInjectDirectiveWarning({ ...headInject, message: headInject.message.replace("use astro:head-inject", "use client") })).toBe(false);
  expect(isHeadInjectDirectiveWarning({ ...headInject, code: "CIRCULAR_DEPENDENCY" })).toBe(false);
  expect(isHeadInjectDirectiveWarning({ message: headInject.message })).toBe(false);
});
