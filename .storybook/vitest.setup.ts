import { afterEach, beforeEach, expect } from 'vitest';

/**
 * Story tests fail on any console error or unexpected warning a story logs (Lit's dev-mode
 * notice is the one expected warning). Set up once per test file by vitest.storybook.config.ts.
 */
const logged: string[] = [];
const original = { error: console.error, warn: console.warn };
const IGNORED_WARNINGS = [/Lit is in dev mode/];

function text(args: unknown[]): string {
  return args
    .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : JSON.stringify(a)))
    .join(' ');
}

beforeEach(() => {
  logged.length = 0;
  console.error = (...args: unknown[]) => {
    logged.push(`console.error: ${text(args)}`);
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    const message = text(args);
    if (!IGNORED_WARNINGS.some((re) => re.test(message))) logged.push(`console.warn: ${message}`);
    original.warn(...args);
  };
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  expect(logged, 'the story logged to the console').toEqual([]);
});
