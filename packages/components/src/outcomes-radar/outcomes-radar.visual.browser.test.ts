/**
 * What the radar looks like, checked as the browser draws it (issue 22): one interval band at a
 * time, ring values clear of every marker, no text over other text or cut by the SVG, the dot
 * plot's words for a result not shown clear of its marker; at 1280, 720 and 320 px.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoOutcomesRows, demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import './define.js';
import type { SendOutcomesRadar } from './outcomes-radar.js';
import { RADAR_MIN_RADIUS } from './outcomes-radar.layout.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { key as keydown } from '../../../core/src/test/keyboard.js';
import { chartProblems } from '../../../core/src/test/label-check.js';

const mount = (data: unknown, width = 720, attributes: Record<string, string> = {}) =>
  mountChart<SendOutcomesRadar>('send-outcomes-radar', {
    width,
    attributes: { heading: 'Outcomes', ...attributes },
    setup: (el) => (el.data = data as SendOutcomesRadar['data']),
  });

const root = (el: SendOutcomesRadar) => el.shadowRoot!;
const plot = (el: SendOutcomesRadar) => root(el).querySelector<HTMLElement>('[part~="plot"]')!;
const bands = (el: SendOutcomesRadar) =>
  [...root(el).querySelectorAll('.series-layer path.band')].map((b) =>
    b.closest('.series')!.getAttribute('data-series'),
  );

async function press(el: SendOutcomesRadar, key: string) {
  plot(el).dispatchEvent(keydown(key));
  await el.updateComplete;
}

/** Whether two client rects overlap by more than `slack` px each way. */
const overlap = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

/** Ring and target values drawn over a marker, or running outside the SVG. */
function ringValueProblems(el: SendOutcomesRadar): string[] {
  const svg = root(el).querySelector('svg.outcomes')!.getBoundingClientRect();
  const markers = [...root(el).querySelectorAll('.series-layer path.marker')].map((m) => m.getBoundingClientRect());
  const problems: string[] = [];
  for (const text of root(el).querySelectorAll('.labels .ring-label, .labels .target-label')) {
    const r = text.getBoundingClientRect();
    if (markers.some((m) => overlap(r, m))) problems.push(`"${text.textContent}" is drawn over a marker`);
    if (r.left < svg.left - 1 || r.right > svg.right + 1) problems.push(`"${text.textContent}" runs outside the SVG`);
  }
  return problems;
}

describe('<send-outcomes-radar> as drawn', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('draws no band until a value has the focus, then only that series’ band', async () => {
    const el = await mount(demoOutcomesRows());
    const key = () => root(el).querySelector('.legend-band')?.textContent!.trim();
    expect(bands(el)).to.deep.equal([]);
    // no key to a band not drawn (an export made now shows none)
    expect(key()).to.equal(undefined);
    expect((await el.toSvg()).includes('interval of the group in focus')).to.equal(false);
    plot(el).focus();
    await press(el, 'ArrowRight');
    expect(bands(el)).to.deep.equal(['Children and young people (HY5!)']);
    expect(key()).to.equal('95% interval of the group in focus');
    await press(el, 'ArrowDown');
    expect(bands(el)).to.deep.equal(['Parents and carers (Voice 4 Parents)']);
    // the key's sample is in the colour of the band drawn (it was a neutral grey beside a teal band)
    const fill = (selector: string) => getComputedStyle(root(el).querySelector(selector)!).fill;
    expect(fill('.legend-band rect.band.key')).to.equal(fill('.series-layer path.band'));
    // the pointer on a marker of the third series shows its band instead
    const marker = root(el).querySelectorAll('.series[data-series="Practitioners"] path.marker')[2]!;
    marker.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(bands(el)).to.deep.equal(['Practitioners']);
    await press(el, 'Escape');
    expect(bands(el)).to.deep.equal([]);
    expect(key()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('opens the tooltip of a marker just under the legend below it, clear of the legend (the radar at 288 px)', async () => {
    await setViewport({ width: 320, height: 900 });
    const el = await mount(demoOutcomesRows(), 288, { layout: 'radar' });
    plot(el).focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    const tip = root(el).querySelector('.tooltip')!.getBoundingClientRect();
    const legend = [...root(el).querySelectorAll('.legend text')].map((t) => t.getBoundingClientRect());
    expect(legend.length).to.be.above(3);
    expect(legend.filter((r) => overlap(r, tip)).length, 'legend lines under the tooltip').to.equal(0);
  });

  it("draws each dot-plot halo in the colour under it (a striped row's, or the page's), so no pale outline shows round a name, in the browser and the SVG export", async () => {
    const el = await mount(demoOutcomesSuppressedRows(), 320, { layout: 'bars' });
    const stripes = [...root(el).querySelectorAll('rect.stripe')].map((r) => r.getBoundingClientRect());
    const stripeFill = getComputedStyle(root(el).querySelector('rect.stripe')!).fill;
    const page = getComputedStyle(el).backgroundColor;
    const halos = [...root(el).querySelectorAll<SVGTextElement>('text.halo')];
    expect(halos.length).to.be.above(8);
    const wrong: string[] = [];
    for (const t of halos) {
      const r = t.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const under = stripes.some((s) => y >= s.top && y <= s.bottom) ? stripeFill : page;
      if (getComputedStyle(t).stroke !== under)
        wrong.push(`"${t.textContent}": halo ${getComputedStyle(t).stroke} on ${under}`);
    }
    expect(wrong).to.deep.equal([]);
    // the export inlines the same halo colours
    const exported = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
    const healthy = [...exported.querySelectorAll('text')].find((t) => t.textContent === 'Healthy')!;
    expect(healthy.getAttribute('stroke'), "a striped row's name in the export").to.equal(stripeFill);
  });

  it('always draws the band of a single series', async () => {
    const el = await mount(
      demoOutcomesRows().filter((r) => r.group === 'Practitioners'),
      720,
      { period: '2025' },
    );
    expect(bands(el)).to.deep.equal(['Practitioners']);
    expect(root(el).querySelector('.legend-band')!.textContent!.trim()).to.equal('95% interval');
  });

  // 288: a 320 px phone's page less its margins, as the stories draw it
  for (const width of [1280, 720, 320, 288]) {
    it(`keeps ring values off the markers, and no text over other text, cut off, under 16 px or under 4.5:1, at ${width} px`, async () => {
      await setViewport({ width: Math.max(800, width + 40), height: 900 });
      const cases: [unknown, Record<string, string>][] = [
        [demoOutcomesRows(), { layout: 'radar' }],
        [demoOutcomesSuppressedRows(), { layout: 'radar', target: '70' }],
        [demoOutcomesRows(), { layout: 'radar', series: 'period', group: 'Parents and carers (Voice 4 Parents)' }],
        [demoOutcomesSuppressedRows(), { layout: 'bars', target: '70' }],
        [demoOutcomesSuppressedRows(), { layout: 'bars', series: 'period', group: 'Children and young people (HY5!)' }],
      ];
      for (const [data, attributes] of cases) {
        const el = await mount(data, width, attributes);
        const what = `${width}px ${JSON.stringify(attributes)}`;
        expect(ringValueProblems(el), what).to.deep.equal([]);
        expect(chartProblems(el), what).to.deep.equal([]);
        if (attributes.layout === 'radar' && width >= 720)
          expect(root(el).querySelector('.ring-label')?.textContent, what).to.exist;
      }
    });
  }

  it('draws the radar chosen by hand on a 320 px phone no smaller than its smallest radius, each spoke numbered at its end and named in the key under it', async () => {
    await setViewport({ width: 320, height: 900 });
    try {
      for (const [width, data] of [
        [288, demoOutcomesRows()],
        [320, demoOutcomesSuppressedRows()],
      ] as const) {
        const el = await mount(data, width, { layout: 'radar', target: '70' });
        const rings = [...root(el).querySelectorAll('.grid-layer path.ring')];
        const outer = rings[rings.length - 1]!.getBoundingClientRect();
        expect(outer.height / 2, `${width}px: the drawn radius`).to.be.at.least(RADAR_MIN_RADIUS);
        const centre = { x: outer.left + outer.width / 2, y: outer.top + outer.height / 2 };
        const spokes = [...root(el).querySelectorAll('.axis-line')].map((a) => a.getBoundingClientRect());
        const labels = [...root(el).querySelectorAll('.axis-label')];
        expect(labels.length).to.equal(8);
        labels.forEach((label, i) => {
          const number = label.querySelector(':scope > text .title')!;
          expect(number.textContent).to.equal(String(i + 1));
          // the number lies beyond the end of its own spoke, in the spoke's direction
          const r = number.getBoundingClientRect();
          const s = spokes[i]!;
          const end = {
            x: Math.abs(s.left - centre.x) > Math.abs(s.right - centre.x) ? s.left : s.right,
            y: Math.abs(s.top - centre.y) > Math.abs(s.bottom - centre.y) ? s.top : s.bottom,
          };
          const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          const bearing = (p: { x: number; y: number }) => Math.atan2(p.y - centre.y, p.x - centre.x);
          const off = bearing(at) - bearing(end);
          expect(Math.abs(Math.atan2(Math.sin(off), Math.cos(off))), `spoke ${i + 1}`).to.be.below(0.3);
          expect(Math.hypot(at.x - centre.x, at.y - centre.y)).to.be.above(outer.height / 2);
          // and the key names it in full, under the radar
          const key = label.querySelector('.key')!;
          expect(key.querySelector('.title')!.textContent).to.equal(String(i + 1));
          expect(key.getBoundingClientRect().top).to.be.above(outer.bottom);
        });
        const name = [...labels[7]!.querySelectorAll('.key tspan.name')].map((t) => t.textContent).join(' ');
        expect(name).to.equal('In control / prepared for adulthood');
        expect(chartProblems(el), `${width}px`).to.deep.equal([]);
        await expect(el).to.be.accessible();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("writes the target ring's words (bold) where no series line runs through them, or leaves them to the legend", async () => {
    await setViewport({ width: 1320, height: 900 });
    try {
      const written: string[] = [];
      for (const width of [1280, 720, 480])
        for (const target of ['50', '70', '80']) {
          const el = await mount(demoOutcomesRows(), width, { layout: 'radar', target });
          expect(root(el).querySelector('.legend-target')!.textContent).to.contain(`Target ${target}%`);
          const label = root(el).querySelector('.labels .target-label');
          if (!label) continue;
          written.push(`${width}/${target}`);
          const r = label.getBoundingClientRect();
          // the text's box and its 3 px halo
          const box = { left: r.left - 1.5, right: r.right + 1.5, top: r.top - 1.5, bottom: r.bottom + 1.5 };
          for (const path of root(el).querySelectorAll<SVGPathElement>('.series-layer path.line')) {
            const m = path.getScreenCTM()!;
            const length = path.getTotalLength();
            for (let d = 0; d <= length; d += 1) {
              const p = path.getPointAtLength(d).matrixTransform(m);
              const inside = p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
              expect(inside, `${width}px, target ${target}: a line runs through "${label.textContent}"`).to.equal(
                false,
              );
            }
          }
        }
      // not left to the legend everywhere
      expect(written).to.include('1280/80');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('writes a result not shown in the dot plot after its hollow marker, clear of it', async () => {
    for (const width of [320, 720]) {
      const el = await mount(demoOutcomesSuppressedRows(), width, { layout: 'bars' });
      const gap = root(el).querySelector('.series-layer .gap-text')!;
      const icon = gap.previousElementSibling!;
      expect(icon.matches('path.marker.hollow')).to.equal(true);
      const [g, i] = [gap.getBoundingClientRect(), icon.getBoundingClientRect()];
      expect(overlap(g, i), `${width}px`).to.equal(false);
      expect(i.right).to.be.at.most(g.left);
      expect(
        Math.abs((g.top + g.bottom) / 2 - (i.top + i.bottom) / 2),
        `${width}px: level with its marker`,
      ).to.be.below(4);
    }
  });

  for (const layout of ['auto', 'radar']) {
    it(`shows the summary's lead at 320 px (the period's results, per group), the rest one click away and still in the figure's description (${layout})`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(demoOutcomesRows(), 288, { layout });
        const lead = root(el).querySelector<HTMLElement>('[part="description"]')!;
        const more = root(el).querySelector<HTMLDetailsElement>('details.summary-more');
        expect(more, 'the rest of the summary folds').to.exist;
        expect(more!.open).to.equal(false);
        expect(lead.textContent).to.match(/^In 2025, Children and young people \(HY5!\) agreed most with [^.]*\.$/);
        expect(more!.querySelector('p')!.textContent).to.match(/^Significant changes since 2024: /);
        expect(`${lead.textContent} ${more!.querySelector('p')!.textContent}`).to.equal(el.summary);
        const chart = root(el).querySelector('svg.outcomes')!.getBoundingClientRect();
        expect(chart.top, 'the chart starts in the first 640 px').to.be.below(640);
        // a screen reader hears the whole summary from the figure
        const ids = plot(el).getAttribute('aria-describedby')!.split(' ');
        expect(ids.map((id) => root(el).getElementById(id)!.textContent).join(' ')).to.equal(el.summary);
        await expect(el).to.be.accessible();
        // where there is room, one paragraph says it all
        (el.parentElement as HTMLElement).style.width = '900px';
        await waitUntil(() => !root(el).querySelector('details.summary-more'), 'no fold at 900 px', { timeout: 5000 });
        expect(root(el).querySelector('[part="description"]')!.textContent).to.equal(el.summary);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
