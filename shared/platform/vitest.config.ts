import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "shared/platform", testTimeout: 120_000, hookTimeout: 180_000 },
});
