/**
 * For a mocha suite on a real published file: fetches it once, before the suite, from the test
 * server's `/__real/<file>` route (../shared/data/real, see web-test-runner.config.mjs). When the
 * folder is absent the route answers 404 and every test of the suite skips with a message; on CI
 * it answers 500 instead, and the suite fails. Call inside `describe`; read the text in tests.
 *
 * @example const file = realFile('imd2019_lsoa_file1.csv'); it('…', () => districts(file.text));
 */
export function realFile(file: string): { readonly text: string } {
  const state = { text: '', absent: '' };
  before(async () => {
    const response = await fetch(`/__real/${file}`);
    if (response.status === 404) state.absent = `../shared/data/real/${file} is not on this machine`;
    else if (!response.ok) throw new Error(`/__real/${file}: ${response.status} ${await response.text()}`);
    else state.text = await response.text();
  });
  beforeEach(function () {
    if (state.absent) {
      console.warn(`skipped: ${state.absent}`);
      this.skip();
    }
  });
  return {
    get text() {
      return state.text;
    },
  };
}
