import { defineConfig } from "vitest/config";

// One run covers the whole workspace; each package keeps its own vitest.config.ts.
// VITEST_JSON_REPORT (set by .ci/run) adds a JSON report that .ci/summary.mjs turns into the closing line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    projects: ["functions/*", "shared/*", "site"],
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
