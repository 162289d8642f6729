import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "site",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["./tests/global-setup.ts"],
  },
});
