#!/usr/bin/env node
/**
 * What the first hover after idle does: draws the 32,844-point scatter on the bench page, waits a
 * second, records a Chromium trace of one pointer move over a point, and prints the main thread's
 * longest events inside it, each with its wall time and its thread time (the time the thread ran:
 * wall far above thread time is a thread waiting for a core, not work). A tool for one question,
 * not a benchmark (`npm run bench` times hovers). The browser is the hover bench's (ordinary frame
 * scheduling); `--unlimited-frames` launches it as the render timings do, to see what that costs.
 * `--subject=bare` or `--subject=chart.js` traces the hover bench's baseline or Chart.js instead of
 * the element. The point hovered is found before tracing starts, so the trace and profile hold the
 * hover alone.
 *
 *   node bench/trace-hover.mjs [points=32844] [idle-ms=1000] [--unlimited-frames] [--subject=send-insight]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, UNLIMITED_FRAMES } from './lib/browser.mjs';
import { bundle, OUT, PEERS, ROOT } from './lib/bundle.mjs';

const [n = 32844, idle = 1000] = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));
const subject = process.argv.find((a) => a.startsWith('--subject='))?.slice('--subject='.length) ?? 'send-insight';
await bundle('send-insight-cdn', join(ROOT, 'packages/send-insight/src/cdn.ts'), { split: true });
await bundle('chart.js', PEERS.find((p) => p.name === 'chart.js').entry);
const server = await serve(OUT);
const browser = await launch(process.argv.includes('--unlimited-frames') ? UNLIMITED_FRAMES : []);
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
page.on('pageerror', (e) => console.error(String(e)));
page.on('console', (m) => console.error(m.text()));
await page.goto(`${server.url}/scatter.html`);
await page.waitForFunction('window.ready === true && typeof window.traceHover === "object"', { timeout: 120000 });
await page.evaluate((k, s) => window.traceHover.prepare(k, s), n, subject);
await new Promise((r) => setTimeout(r, idle));
await page.tracing.start({
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'blink',
    'cc',
    'gpu',
    'renderer.scheduler',
  ],
});
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const times = await page.evaluate(() => window.traceHover.hover());
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
console.log(`tooltip ${times.tooltip?.toFixed(2)} ms, live region ${times.live?.toFixed(2)} ms`);
const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur > Number(process.env.MIN_US ?? 300));
const main = new Map();
for (const e of trace.traceEvents) if (e.name === 'thread_name') main.set(`${e.pid}.${e.tid}`, e.args.name);
const rows = events
  .map((e) => ({
    on: main.get(`${e.pid}.${e.tid}`) ?? e.tid,
    name: e.name,
    ms: e.dur / 1000,
    thread: e.tdur === undefined ? undefined : e.tdur / 1000,
    ts: e.ts,
    args: e.args,
  }))
  // the page's main thread, where the hover runs (ALL_THREADS=1: the compositor's and browser's too)
  .filter((r) => process.env.ALL_THREADS || r.on === 'CrRendererMain')
  .sort((a, b) => a.ts - b.ts);
const t0 = rows[0]?.ts ?? 0;
for (const r of rows)
  console.log(
    `${((r.ts - t0) / 1000).toFixed(1).padStart(7)} ${r.ms.toFixed(2).padStart(7)} ms wall ${(r.thread?.toFixed(2) ?? '?').padStart(7)} ms thread  ${String(r.on).padEnd(22)} ${r.name} ${JSON.stringify(r.args?.data ?? r.args ?? {}).slice(0, 140)}`,
  );
// the hover's script by function, self time (the profile covers the evaluate around the hover)
const self = new Map();
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
profile.samples.forEach((id, i) => {
  const c = byId.get(id).callFrame;
  const k = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
  self.set(k, (self.get(k) ?? 0) + profile.timeDeltas[i] / 1000);
});
console.log('\nscript, self time (ms):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
await browser.close();
await server.close();
