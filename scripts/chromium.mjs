import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROME_PATH. Nothing here downloads a browser. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it with "apt-get install -y chromium" or set CHROME_PATH.`);
  }
  return path;
}

/** Flags for headless Chromium on a machine with no network beyond the package registries. */
export function chromiumArgs() {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    // pages run side by side in tests: keep background ones painting and their timers running
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ];
}
