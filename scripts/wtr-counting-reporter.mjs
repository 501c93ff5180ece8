import { writeFileSync } from 'node:fs';

/**
 * A @web/test-runner reporter that counts passed, failed and skipped tests across every
 * file and browser and writes them as JSON, so `npm test` can print one summary line.
 */
export function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      const walk = (suite) => {
        if (!suite) return;
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped += 1;
          else if (test.passed) counts.passed += 1;
          else counts.failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (session.errors?.length) counts.sessionErrors += session.errors.length;
      }
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
