import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    coverage: {
      include: ["src/lib/**", "src/troubleshooters/**"],
      thresholds: { lines: 80, functions: 80, branches: 75 },
    },
  },
});
