/**
 * A very small test harness for the example checks (they drive a real browser, so they run in
 * one Node process outside vitest): `test(name, fn)`, `skip(reason)` inside a test that cannot
 * run here, then `run()` prints ✓/✗/- per test and `examples: N passed, N failed` (and skipped),
 * writes the counts to .examples-results.json and sets the exit code. EXAMPLES_GREP=text runs only
 * the tests whose name contains the text.
 */
import { writeFileSync } from 'node:fs';

const tests = [];

/** Registers a test (unless EXAMPLES_GREP leaves it out). */
export function test(name, fn) {
  const only = process.env.EXAMPLES_GREP;
  if (!only || name.includes(only)) tests.push({ name, fn });
}

/** Thrown by {@link skip}: the test did not run, for the reason given. */
class Skipped extends Error {}

/** Ends a test without running the rest of it, counted as skipped with the reason printed. */
export function skip(reason) {
  throw new Skipped(reason);
}

/** Fails with a message unless the condition holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Deep-ish equality for numbers, strings and arrays. */
export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** Runs every test in order; each runs even if an earlier one failed. */
export async function run(resultsFile) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      if (error instanceof Skipped) {
        skipped++;
        console.log(`  - ${t.name} (skipped: ${error.message})`);
        continue;
      }
      failed++;
      console.log(
        `  ✗ ${t.name}\n      ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n      ')}`,
      );
    }
  }
  console.log(`\nexamples: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify({ passed, failed, skipped }) + '\n');
  process.exitCode = failed ? 1 : 0;
  return { passed, failed, skipped };
}
