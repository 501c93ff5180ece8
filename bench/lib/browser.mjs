import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves a folder on 127.0.0.1 (a free port), with an optional Content-Security-Policy header. */
export async function serve(root, { csp } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = resolve(join(base, path));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Flags for the render timings' one boundary: frames begin as soon as the last one is drawn, raster
 * included, so two animation frames wait for no vsync and end after the frame that shows the chart.
 * The price: the compositor then produces frame after frame even when nothing changes, about two
 * cores' worth of CPU on the bench machine while the page sits idle. So a page woken after a pause
 * (a hover) waits for a core behind those threads; hovers are timed in a browser without them.
 */
export const UNLIMITED_FRAMES = [
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--run-all-compositor-stages-before-draw',
];

/** Debian's Chromium, headless, with the project's flags and a fresh profile. */
export async function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // a page of 50 charts on a busy two-core machine can take minutes; puppeteer's default of 3
    // minutes for one call ended a run there (the numbers are provisional then, but printed)
    protocolTimeout: 20 * 60_000,
    args: [...chromiumArgs(), '--js-flags=--expose-gc', ...extraArgs],
  });
}

/** Median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
