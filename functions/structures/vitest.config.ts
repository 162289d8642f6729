import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "functions/structures",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { LOG_LEVEL: "silent" },
  },
});
