// Reads vitest JSON reports (label=path …) and prints one line per run, then the closing
// "N passed, N failed, N skipped" line over all runs. Exits non-zero unless every run succeeded.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

for (const argument of process.argv.slice(2)) {
  const [label, path] = argument.split("=");
  if (!existsSync(path)) {
    console.log(`${label}: no report (the run stopped before its tests)`);
    failed += 1;
    ok = false;
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  const runFailed = report.numFailedTests || (report.success ? 0 : report.numFailedTestSuites || 1);
  console.log(
    `${label}: ${report.numPassedTests} passed, ${runFailed} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
  );
  passed += report.numPassedTests;
  failed += runFailed;
  skipped += report.numPendingTests + report.numTodoTests;
  ok &&= report.success && runFailed === 0;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
