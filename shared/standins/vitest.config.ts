import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "shared/standins", testTimeout: 60_000, hookTimeout: 60_000, env: { LOG_LEVEL: "silent" } },
});
