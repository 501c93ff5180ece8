/**
 * Shared by the strict-CSP check and the memory bench: bundles entry modules with esbuild (the
 * workspace packages resolved to their TypeScript sources), serves them and test pages from a
 * tiny node:http server on 127.0.0.1 with a strict Content-Security-Policy, and launches Debian's
 * Chromium through puppeteer-core. Nothing here downloads anything.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, normalize } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The policy every page is served with: no 'unsafe-inline', no 'unsafe-eval'. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Bundles `entries` ({name: absolute path}) into a fresh temp directory as ES modules.
 * @returns the directory (remove it with `rmSync(dir, {recursive: true})`)
 */
export async function bundle(entries, { minify = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'send-insight-security-'));
  await build({
    entryPoints: entries,
    outdir: dir,
    bundle: true,
    format: 'esm',
    splitting: false,
    target: 'es2022',
    minify,
    sourcemap: false,
    conditions: ['send-insight-source', 'browser'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  return dir;
}

/**
 * Serves in-memory pages ({'/path': {body, type}}), files under the given mounts
 * ({'/prefix/': directory}) and, last, whatever `resolveFile(path)` names, with the strict CSP
 * on every response.
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve({ mounts = {}, pages = {}, resolveFile, csp = STRICT_CSP } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const headers = {
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    const page = pages[path];
    if (page) {
      res.writeHead(page.status ?? 200, {
        ...headers,
        'Content-Type': page.type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8',
      });
      res.end(page.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    const resolved = resolveFile?.(path);
    if (resolved && existsSync(resolved) && statSync(resolved).isFile()) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(resolved)] ?? 'application/octet-stream' });
      res.end(readFileSync(resolved));
      return;
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    // keep-alive connections from the browser would hold close() open for minutes
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Launches headless Chromium with the project's flags (plus any extra). */
export async function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs(), ...extraArgs],
  });
}

/** Removes a bundle directory. */
export function cleanup(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A minimal HTML page: external scripts and styles only (inline ones would break the CSP on purpose). */
export function page({ title, scripts = [], styles = [], body = '' }) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${title}</title>
${styles.map((s) => `<link rel="stylesheet" href="${s}">`).join('\n')}
<script type="module" src="/harness/probe.js"></script>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>`;
}
