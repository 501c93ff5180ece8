#!/usr/bin/env node
/**
 * Memory bench (not a test): for each element, 1,000 data updates and 1,000 attach/detach
 * cycles in headless Chromium, with the heap read after a forced garbage collection
 * (`--js-flags=--expose-gc`) before and after each phase. Prints the used JS heap and its growth
 * per phase and per operation. Run: `node bench/memory.bench.mjs [updates] [cycles]`.
 */
import { join } from 'node:path';
import { bundle, cleanup, launch, ROOT, serve } from '../test/security/serve.mjs';

const UPDATES = Number(process.argv[2] ?? 1000);
const CYCLES = Number(process.argv[3] ?? 1000);
const TAGS = [
  'send-test-chart',
  'send-deprivation-chart',
  'send-need-breakdown',
  'send-outcomes-radar',
  'send-priority-tracker',
];

const dir = await bundle({ 'memory-page': join(ROOT, 'bench/memory-page.ts') });
const server = await serve({
  mounts: { '/bundle/': dir },
  pages: {
    '/': {
      body: '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>memory</title><script type="module" src="/bundle/memory-page.js"></script></head><body></body></html>',
    },
    '/favicon.ico': { body: '', status: 204 },
  },
});
const browser = await launch(['--js-flags=--expose-gc']);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const rows = [];
try {
  for (const tag of TAGS) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => typeof window.benchSetup === 'function');
    const heap = async () => {
      for (let i = 0; i < 3; i++) await page.evaluate(() => (window.gc(), new Promise((r) => setTimeout(r, 20))));
      return (await page.metrics()).JSHeapUsedSize;
    };
    const state = await page.evaluate((t) => window.benchSetup(t), tag);
    // warm up, so lazily created caches are not counted as growth
    await page.evaluate(() => window.benchUpdates(20));
    await page.evaluate(() => window.benchCycles(20));
    const start = await heap();
    let t0 = Date.now();
    await page.evaluate((n) => window.benchUpdates(n), UPDATES);
    const updateMs = Date.now() - t0;
    const afterUpdates = await heap();
    t0 = Date.now();
    await page.evaluate((n) => window.benchCycles(n), CYCLES);
    const cycleMs = Date.now() - t0;
    const afterCycles = await heap();
    await page.evaluate(() => window.benchTeardown());
    const end = await heap();
    rows.push({ tag, state, start, afterUpdates, afterCycles, end, updateMs, cycleMs });
    console.log(
      `${tag.padEnd(24)} ${state}: heap ${kb(start)} → ${kb(afterUpdates)} after ${UPDATES} updates (${((afterUpdates - start) / UPDATES) | 0} B/update, ${updateMs} ms)` +
        ` → ${kb(afterCycles)} after ${CYCLES} attach/detach (${((afterCycles - afterUpdates) / CYCLES) | 0} B/cycle, ${cycleMs} ms); removed: ${kb(end)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  cleanup(dir);
}
const worst = Math.max(...rows.map((r) => r.afterCycles - r.start));
console.log(`\nlargest growth over ${UPDATES} updates + ${CYCLES} cycles: ${kb(worst)}`);
