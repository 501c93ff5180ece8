import { existsSync } from 'node:fs';

/** Where Chromium usually lives; `--chromium` or `CHROME_PATH` win. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Finds a Chromium or Chrome executable. Nothing is downloaded.
 * @param explicit a path given on the command line
 * @returns the path
 * @example findChromium() // '/usr/bin/chromium'
 */
export function findChromium(explicit?: string): string {
  const given = explicit || process.env.CHROME_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`Chromium was not found at ${given}.`);
    return given;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Chromium was not found: install it (e.g. "apt-get install chromium") or pass --chromium /path/to/chrome or set CHROME_PATH.',
    );
  return found;
}

/** Headless flags: no sandbox (containers), no GPU, no background network traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];
