/**
 * What the need breakdown looks like, checked as the browser draws it (issue 22), at 1280, 720 and
 * 320 px: each need's name level with its bar, England's marker and every bar inside the last
 * gridline with the value column clear of it (England's marker 6 px clear of that gridline and 20 px of its figures), composition labels inside their own segments and
 * none on the hatched block, the legend in even rows, and no text over other text, cut off, under 16 px or under 4.5:1.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoNeedsRows } from '@send-insight/data/demo';
import './define.js';
import type { SendNeedBreakdown } from './need-breakdown.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { chartProblems } from '../../../core/src/test/label-check.js';

/** The special-school EHC plan rows under a long placement name, as in the Long labels story (ASD 28.4% against England's 34.9%). */
const LONG_SETTING = 'Independent or non-maintained special school, including out-of-area placements';
const LONG = demoNeedsRows()
  .filter((r) => r.provision === 'ehc_plan' && r.phase === 'special')
  .map((r) => ({ ...r, phase: LONG_SETTING }));

const mount = (data: unknown, width: number, attributes: Record<string, string>) =>
  mountChart<SendNeedBreakdown>('send-need-breakdown', {
    width,
    attributes: { heading: 'Primary type of need', ...attributes },
    setup: (el) => (el.data = data as SendNeedBreakdown['data']),
  });

const root = (el: SendNeedBreakdown) => el.shadowRoot!;
const rect = (e: Element) => e.getBoundingClientRect();
const centre = (r: DOMRect) => (r.top + r.bottom) / 2;

/** Names not level with their bars, and anything drawn past the last gridline or crowding the value column. */
function rowProblems(el: SendNeedBreakdown): string[] {
  const problems: string[] = [];
  const grid = [...root(el).querySelectorAll('svg.chart .axis line.grid')].map((g) => rect(g).right);
  const last = Math.max(...grid);
  const first = Math.min(...[...root(el).querySelectorAll('svg.chart .axis line.grid')].map((g) => rect(g).left));
  const stacked = el.getBoundingClientRect().width <= 400;
  for (const row of root(el).querySelectorAll('svg.chart g.row')) {
    const need = row.getAttribute('data-need');
    const mark = row.querySelector('rect.bar, path.dot, circle.dot');
    const labels = [...row.querySelectorAll('text.label')].map(rect);
    if (mark && labels.length && !stacked) {
      const name = (Math.min(...labels.map((l) => l.top)) + Math.max(...labels.map((l) => l.bottom))) / 2;
      if (Math.abs(name - centre(rect(mark))) > 2)
        problems.push(`${need}: its name's middle is ${(name - centre(rect(mark))).toFixed(1)} px from its bar's`);
    }
    for (const m of row.querySelectorAll('rect.bar, line.marker, line.interval')) {
      const r = rect(m);
      if (r.right > last + 1.5 || r.left < first - 1.5)
        problems.push(
          `${need}: ${m.getAttribute('class')} runs from ${Math.round(r.left)} to ${Math.round(r.right)}, past the gridlines (${Math.round(first)}–${Math.round(last)})`,
        );
    }
    // England's marker keeps clear of the last gridline and of its row's figures
    const marker = row.querySelector('line.marker');
    const figures = [...row.querySelectorAll('text.value, text.secondary:not(.gap)')].map((v) => rect(v).left);
    if (marker && rect(marker).right > last - 6)
      problems.push(
        `${need}: England's marker ends ${(last - rect(marker).right).toFixed(1)} px before the last gridline`,
      );
    if (marker && figures.length && !stacked && Math.min(...figures) - rect(marker).right < 20)
      problems.push(
        `${need}: England's marker ends ${(Math.min(...figures) - rect(marker).right).toFixed(1)} px before its figures`,
      );
    for (const v of row.querySelectorAll('text.value, text.secondary:not(.gap), text.flag')) {
      if (rect(v).left < last + 10)
        problems.push(
          `${need}: "${v.textContent}" starts ${(rect(v).left - last).toFixed(1)} px after the last gridline`,
        );
    }
  }
  return problems;
}

/** Segment labels outside their segments or on the hatched block; legend rows of uneven length. */
function compositionProblems(el: SendNeedBreakdown): string[] {
  const problems: string[] = [];
  for (const g of root(el).querySelectorAll('svg.chart g.segment-group')) {
    const text = g.querySelector('text');
    if (!text) continue;
    const seg = g.querySelector('rect.segment')!;
    if (g.getAttribute('data-need') === 'SUPPRESSED')
      problems.push(`"${text.textContent}" is written on the hatched block`);
    const [t, s] = [rect(text), rect(seg)];
    if (t.left < s.left - 1 || t.right > s.right + 1)
      problems.push(`"${text.textContent}" (${t.width.toFixed(1)} px) overflows its ${s.width.toFixed(1)} px segment`);
  }
  const tops = [...root(el).querySelectorAll('[part~="legend"] li')].map((li) => Math.round(rect(li).top));
  const rows = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
  if (rows.slice(0, -1).some((n) => n !== rows[0]) || rows.at(-1)! > rows[0]!)
    problems.push(`legend rows of ${rows.join(', ')} entries`);
  if (rows.length > 1 && rows[0]! - rows.at(-1)! >= rows.length)
    problems.push(
      `legend's last row is short by ${rows[0]! - rows.at(-1)!} of ${rows[0]} in ${rows.length} rows: fewer columns would even it out`,
    );
  return problems;
}

describe('<send-need-breakdown> as drawn', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 720, 320]) {
    it(`keeps names level with their bars and the value column clear of the plot, at ${width} px`, async () => {
      await setViewport({ width: Math.max(800, width + 40), height: 900 });
      const cases: [unknown, Record<string, string>][] = [
        [demoNeedsRows(), { phase: 'primary' }],
        [demoNeedsRows(), { phase: 'secondary', mode: 'difference' }],
        [LONG, { phase: LONG_SETTING, provision: 'ehc_plan' }],
        [LONG, { phase: LONG_SETTING, provision: 'ehc_plan', mode: 'difference' }],
      ];
      for (const [data, attributes] of cases) {
        const el = await mount(data, width, attributes);
        const what = `${width}px ${JSON.stringify(attributes)}`;
        expect(rowProblems(el), what).to.deep.equal([]);
        expect(chartProblems(el), what).to.deep.equal([]);
      }
    });

    it(`writes composition labels only inside their segments and lays the legend in even rows, at ${width} px`, async () => {
      await setViewport({ width: Math.max(800, width + 40), height: 900 });
      const modes: Record<string, string>[] = [
        { mode: 'composition' },
        { mode: 'composition', 'composition-by': 'provision', phase: 'special' },
        { mode: 'composition', top: '3' },
      ];
      for (const attributes of modes) {
        const el = await mount(demoNeedsRows(), width, attributes);
        const what = `${width}px ${JSON.stringify(attributes)}`;
        expect(compositionProblems(el), what).to.deep.equal([]);
        expect(chartProblems(el), what).to.deep.equal([]);
      }
    });
  }
});

describe('need breakdown composition as an SVG file', () => {
  it('carries the colour key, which the page gives as HTML buttons (the file had none), inside the file and not on the page', async () => {
    for (const width of [1280, 720, 320]) {
      await setViewport({ width: Math.max(800, width + 40), height: 900 });
      const el = await mount(demoNeedsRows(), width, { mode: 'composition' });
      const legend = [...root(el).querySelectorAll('.legend .legend-label')].map((l) => l.textContent!.trim());
      expect(legend.length).to.be.greaterThan(3);
      const file = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
      const inner = file.querySelector('svg > g > svg')!;
      const height = Number(inner.getAttribute('height'));
      const keyTexts = [...inner.querySelectorAll('g[data-export="svg"] text')];
      const names = keyTexts.map((t) => t.textContent!.trim()).join(' ');
      for (const name of legend) expect(names, `${name} at ${width} px`).to.contain(name);
      for (const t of keyTexts)
        expect(Number(t.getAttribute('y')), `${t.textContent} at ${width} px`).to.be.below(height);
      // each swatch takes its need's colour (the hatch for suppressed needs)
      const fills = [...inner.querySelectorAll('g[data-export="svg"] rect')].map((r) => r.getAttribute('fill'));
      expect(new Set(fills).size).to.equal(fills.length);
      // on the page the legend's buttons are the key: the file's is not shown
      const key = root(el).querySelector('svg.chart g.file-key')!;
      expect(rect(key).height).to.equal(0);
      expect(getComputedStyle(key).display).to.equal('none');
      // a need hidden with the legend leaves the file's key too
      root(el).querySelector<HTMLButtonElement>('.legend button')!.click();
      await el.updateComplete;
      const after = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
      expect(after.querySelectorAll('g[data-export="svg"] text').length).to.be.below(keyTexts.length);
    }
  });
});
