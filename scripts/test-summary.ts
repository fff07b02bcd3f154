import { existsSync, readFileSync } from 'node:fs';

// Prints one closing line CI can read, from vitest's JSON report.
const file = process.argv[2] ?? 'test/artifacts/vitest-results.json';
if (!existsSync(file)) {
  console.log('Tests: 0 passed, 1 failed (no vitest report was written)');
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
);
