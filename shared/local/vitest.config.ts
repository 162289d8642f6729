import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "shared/local", testTimeout: 120_000, hookTimeout: 180_000, env: { LOG_LEVEL: "silent" } },
});
