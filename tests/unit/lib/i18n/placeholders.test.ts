import { expect, test } from "vitest";
import { fillPlaceholders } from "../../../../src/lib/i18n/placeholders.ts";

test("fills each {name} from the values, numbers as written", () => {
  expect(fillPlaceholders("Check {number} of {total}", { number: 2, total: 7 })).toBe("Check 2 of 7");
});

test("keeps a name it has no value for, and says which", () => {
  const unknown: string[] = [];
  expect(fillPlaceholders("{title} ({missing})", { title: "Login" }, (name) => unknown.push(name))).toBe("Login ({missing})");
  expect(unknown).toEqual(["missing"]);
});

test("names inherited from Object are not values", () => {
  expect(fillPlaceholders("{toString}", {})).toBe("{toString}");
});
