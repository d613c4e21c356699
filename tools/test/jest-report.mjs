import { existsSync, readFileSync } from 'node:fs';

/** Passed/failed counts from jest's --json report (zero when jest died before writing it). */
export function readJestReport(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
}
