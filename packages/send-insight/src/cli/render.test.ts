import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '@send-insight/data';
import { REAL_SEN2_MI_CSV } from '@send-insight/data/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from './cli-harness.js';

// Browser-backed: each render launches headless Chromium on the CDN bundle built here.
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
let dir: string;
let bundle: string;
const NEEDS = `${ROOT}examples/data/ehc-plans-by-need-2025.csv`;

/** Wolverhampton's published share of EHC plans for a need, as the chart should print it. */
function wolverhamptonShare(column: string): string {
  const { header, rows } = parseCsv(readFileSync(NEEDS, 'utf8'));
  const at = (name: string) => header.indexOf(name);
  const row = rows.find((r) => r[at('new_la_code')] === 'E08000031' && r[at('breakdown_topic')] === 'All EHC plans')!;
  const share = (Number(row[at(column)]) / Number(row[at('ehc_plans')])) * 100;
  return `${share.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

const render = (args: string[]) => runCli(['render', ...args, '--bundle', bundle], { timeout: 60_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-insight-render-'));
  buildCli();
  const out = join(dir, 'cdn');
  const r = spawnSync(process.execPath, [`${ROOT}packages/send-insight/scripts/build-cdn.mjs`, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`CDN build failed:\n${r.stdout}${r.stderr}`);
  bundle = join(out, 'send-insight.js');
}, 180_000);

describe.runIf(existsSync(chromium))('send-insight render (headless Chromium)', () => {
  it('writes an SVG of the need breakdown from a published file with the figures computed from it', () => {
    const out = join(dir, 'needs.svg');
    const r = render([
      'need-breakdown',
      '--data',
      NEEDS,
      '--preset',
      'ees-ehc-plans-by-need',
      '--area',
      'E08000031',
      '--heading',
      'EHC plans by primary need',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*needs\.svg \(SVG, [\d,]+ bytes\)/);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg');
    expect(svg).toContain('EHC plans by primary need');
    const slcn = wolverhamptonShare('number_slcn');
    const asd = wolverhamptonShare('number_asd');
    expect(slcn).toBe('22.7%');
    expect(svg).toContain(slcn);
    expect(svg).toContain(asd);
    expect(svg).not.toMatch(/<script/i);
  }, 60_000);

  it('writes a PNG at twice the chart width', () => {
    const out = join(dir, 'outcomes.png');
    const r = render([
      'outcomes-radar',
      '--data',
      `${ROOT}examples/data/outcomes-survey.csv`,
      '--heading',
      'Outcomes',
      '--width',
      '640',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBeLessThanOrEqual(1400);
  }, 60_000);

  it('writes an A4 PDF whose first page is not blank', () => {
    const out = join(dir, 'deprivation.pdf');
    const r = render([
      'deprivation-chart',
      '--data',
      `${ROOT}examples/data/send-by-deprivation.csv`,
      '--heading',
      'SEN by deprivation',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftoppm')) {
      const ppm = spawnSync('/usr/bin/pdftoppm', ['-r', '30', '-gray', '-f', '1', '-l', '1', out], { maxBuffer: 50e6 });
      expect(ppm.status).toBe(0);
      // a greyscale PGM: skip the short header, count dark pixels
      const dark = [...ppm.stdout.subarray(64)].filter((b) => b < 128).length;
      expect(dark).toBeGreaterThan(500);
    }
  }, 60_000);

  it.runIf(existsSync('/usr/bin/pdftotext'))(
    'draws a PDF chart asked for 1,280 px at the page width, so no word on its page prints below 10 pt',
    () => {
      const out = join(dir, 'deprivation-wide.pdf');
      const r = render([
        'deprivation-chart',
        '--data',
        `${ROOT}examples/data/send-by-deprivation.csv`,
        '--heading',
        'SEN by deprivation',
        '--width',
        '1280',
        '--out',
        out,
      ]);
      expect(r.code).toBe(0);
      // each word's box on page 1, in points: the chart's 16 px text prints 10 pt or more (scaled to
      // fit from 1,280 px it was 7 pt)
      const bbox = spawnSync('/usr/bin/pdftotext', ['-bbox', '-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
      const heights = [...bbox.stdout.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
        (m) => Number(m[2]) - Number(m[1]),
      );
      expect(heights.length).toBeGreaterThan(50);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    },
    60_000,
  );

  it('writes a script-free HTML page with the summary and the data table', () => {
    const out = join(dir, 'plan.html');
    const r = render([
      'priority-tracker',
      '--data',
      `${ROOT}examples/data/improvement-plan.csv`,
      '--heading',
      'Improvement plan',
      '--as-of',
      '2025-10-01',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<table>');
    // eleven columns: printed on landscape pages
    expect(html).toContain('<div class="table wide"');
    expect(html).toContain('Improvement plan');
    expect(html).toContain(
      r.stdout.split('\n')[1]!.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').slice(0, 40),
    );
  }, 60_000);

  it.runIf(existsSync('/usr/bin/pdftotext'))(
    "prints the tracker's eleven-column table whole on landscape A4: every header and every word inside the page's margins",
    () => {
      const out = join(dir, 'plan.pdf');
      const r = render([
        'priority-tracker',
        '--data',
        `${ROOT}examples/data/improvement-plan.csv`,
        '--as-of',
        '2025-10-01',
        '--out',
        out,
      ]);
      expect(r.code).toBe(0);
      const bbox = spawnSync('/usr/bin/pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' }).stdout;
      const margin = (12 / 25.4) * 72;
      const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
        width: Number(m[1]),
        height: Number(m[2]),
        words: [...m[3]!.matchAll(/xMax="([\d.]+)"[^>]*>([^<]*)</g)].map((w) => ({ right: Number(w[1]), text: w[2]! })),
      }));
      // the chart on a portrait page, the table on landscape ones
      expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width);
      expect(pages.slice(1).every((p) => p.width > p.height)).toBe(true);
      // before, on portrait pages, the Evidence column ran past the right margin and was cut to "Evid"
      const words = pages.flatMap((p) => p.words.map((w) => w.text));
      for (const header of [
        'Ref',
        'Priority',
        'Rating',
        'Action',
        'Owner',
        'Due',
        'Status',
        'Progress',
        'Measure',
        'Evidence',
      ])
        expect(words).toContain(header);
      const past = pages.flatMap((p) =>
        p.words.filter((w) => w.right > p.width - margin + 0.5).map((w) => `${w.text} (${w.right.toFixed(1)} pt)`),
      );
      expect(past).toEqual([]);
    },
    60_000,
  );

  it("draws the indicator's trend from DfE's SEN2 file as published (the committed extract), labelled at the lines' ends", () => {
    const data = join(dir, 'sen2_mi.csv');
    writeFileSync(data, REAL_SEN2_MI_CSV);
    const out = join(dir, 'indicator.svg');
    const r = render([
      'indicator',
      '--data',
      data,
      '--preset',
      'ees-sen2-mi',
      '--indicator',
      'no_exc_20week_rate',
      '--area',
      'E08000031',
      '--view',
      'trend',
      '--heading',
      'New EHC plans within 20 weeks',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(
      /^Wolverhampton, 2022: 25\.7% \(90 of 350\)\. Worsened since 2021 \(38\.1%\)/,
    );
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('New EHC plans within 20 weeks');
    for (const label of ['Wolverhampton 25.7%', 'England 49.2%', 'West Midlands 50.1%']) expect(svg).toContain(label);
    expect(svg).not.toMatch(/<script/i);
  });

  it('shows the table in HTML as the table view does: a "+" difference is not guarded as in the CSV download', () => {
    const out = join(dir, 'difference.html');
    const r = render([
      'need-breakdown',
      '--data',
      `${ROOT}examples/data/needs-by-phase.csv`,
      '--phase',
      'secondary',
      '--mode',
      'difference',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);
    expect(cells.some((c) => /^\+\d/.test(c))).toBe(true);
    expect(cells.filter((c) => c.startsWith('&#39;'))).toEqual([]);
    expect(html).toContain('suppressed to protect privacy');
  }, 60_000);

  it('prints the data errors with row and column and exits with 1', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'imd_decile,pupils,sen_support,ehc_plan\n1,500,80,20\neleven,400,60,10\n');
    const r = render(['deprivation-chart', '--data', bad, '--out', join(dir, 'bad.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv: the chart cannot be drawn');
    expect(r.stderr).toContain('column "imd_decile", row 3');
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false);
  }, 60_000);

  it('exits with 2 for an unknown component or output type', () => {
    expect(render(['bar-chart', '--data', NEEDS, '--out', join(dir, 'x.svg')]).code).toBe(2);
    const r = render(['need-breakdown', '--data', NEEDS, '--out', join(dir, 'x.gif')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out must end in .svg, .png, .pdf or .html');
  }, 60_000);
});
