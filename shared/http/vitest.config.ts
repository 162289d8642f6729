import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "shared/http", testTimeout: 30_000, env: { LOG_LEVEL: "silent" } },
});
