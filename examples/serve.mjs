#!/usr/bin/env node
/**
 * A tiny static server for the examples, bound to 127.0.0.1 only, that sends the strict
 * Content-Security-Policy council and NHS sites use:
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
 *
 *   node examples/serve.mjs            → http://127.0.0.1:8080/council-site/
 *   node examples/serve.mjs --port 0   → a free port (printed)
 *
 * Inside any example folder, `vendor/…` serves the CDN build (packages/send-insight/dist/cdn/,
 * made by `npm run build`) and `data/…` falls back to the shared examples/data/ files, so each page
 * loads its script and CSV files from next to itself, as it would on a council's own server;
 * `real/<file>` serves, read-only and by bare file name, the whole published files in
 * ../shared/data/real beside the repository (see SOURCES.md there), which the area dashboard reads.
 * The React example is served from its build folder (examples/icb-intranet/dist/).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const CDN = resolve(here, '../packages/send-insight/dist/cdn');
const DATA = resolve(here, 'data');
/** The published files, whole (../shared/data/real beside the repository). */
export const REAL = resolve(here, '../../shared/data/real');

/** The policy every response carries. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Folder each example is served from. */
const EXAMPLES = {
  'council-site': resolve(here, 'council-site'),
  'board-paper': resolve(here, 'board-paper'),
  'icb-intranet': resolve(here, 'icb-intranet/dist'),
  'area-dashboard': resolve(here, 'area-dashboard'),
};

/** Joins a URL path onto a folder, refusing anything that climbs out of it. */
function inside(base, rest) {
  const path = normalize(join(base, decodeURIComponent(rest)));
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

/** Maps a URL path to a file, or undefined. */
export function fileFor(urlPath) {
  const [, example, ...parts] = urlPath.split('/');
  const base = EXAMPLES[example];
  if (!base) return undefined;
  const rest = parts.join('/');
  if (rest.startsWith('vendor/')) return inside(CDN, rest.slice('vendor/'.length));
  // a published file by its bare name only: nothing else of ../shared is reachable
  if (rest.startsWith('real/'))
    return /^real\/[\w-][\w.-]*\.(csv|txt)$/.test(rest) ? inside(REAL, rest.slice('real/'.length)) : undefined;
  let file = inside(base, rest || 'index.html');
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if ((!file || !existsSync(file)) && rest.startsWith('data/')) return inside(DATA, rest.slice('data/'.length));
  return file;
}

/**
 * Starts the server.
 * @param {{port?: number}} options port (0 for any free one)
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export function startServer({ port = 8080 } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (url.pathname === '/') {
      res.writeHead(302, { ...headers, Location: '/council-site/' });
      res.end();
      return;
    }
    if (/^\/[^/.]+$/.test(url.pathname) && EXAMPLES[url.pathname.slice(1)]) {
      res.writeHead(301, { ...headers, Location: `${url.pathname}/` });
      res.end();
      return;
    }
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      const why = url.pathname.includes('/vendor/')
        ? 'Not found: build the CDN file first with "npm run build".\n'
        : url.pathname.includes('/real/')
          ? 'Not found: the published files are read from ../shared/data/real beside the repository, which does not have this one.\n'
          : 'Not found\n';
      res.end(why);
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 8080));
  const { url } = await startServer({ port });
  if (!existsSync(join(CDN, 'send-insight.iife.js')))
    console.warn('The CDN file is missing: run "npm run build" first.');
  console.log(
    `Examples (127.0.0.1 only, strict CSP):\n  ${url}/council-site/\n  ${url}/area-dashboard/   (reads ../shared/data/real)\n  ${url}/icb-intranet/   (after npm run examples:build)\n  ${url}/board-paper/\nCtrl+C to stop.`,
  );
}
