/**
 * Runs `fn` and returns the error it throws, which must be a `type`: another error is thrown on,
 * and no error at all fails the test. For tests that check what an error says (row, column, code).
 */
export function caught(fn, type) {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
