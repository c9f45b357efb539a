import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // A busy 2-core machine (CI beside other jobs) runs the path checks of a large flow several times slower
    // than a quiet one: a limit is for a hung test, not a slow machine.
    testTimeout: 60_000,
    coverage: {
      include: ["src/lib/**", "src/troubleshooters/**"],
      thresholds: { lines: 80, functions: 80, branches: 75 },
    },
  },
});
