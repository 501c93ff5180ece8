import { expect, oneEvent } from '@open-wc/testing';
import { demoNeedsRows } from '@send-insight/data/demo';
import { NEED_CODES } from '@send-insight/data';
import type { SendSelectEvent } from '@send-insight/core';
import { everyChannel, runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { pseudoStrings, shadowText, untranslated } from '../../../core/src/test/wording-check.js';
import { atZoom400, reflowProblems } from '../../../core/src/test/reflow-check.js';
import { labelProblems, type LabelRule } from '../../../core/src/test/label-check.js';
import { NEED_BREAKDOWN_TEXT } from './need-breakdown.strings.js';
import './define.js';
import type { NeedDatum, SendNeedBreakdown } from './need-breakdown.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { key as keydown } from '../../../core/src/test/keyboard.js';

/** Small counts: ASD 7 is primary-suppressed, HI 47 is the secondary suppression (the next smallest). */
const SMALL = [
  { geography: 'local', phase: 'primary', provision: 'all', need: 'SLCN', pupils: 1203 },
  { geography: 'local', phase: 'primary', provision: 'all', need: 'ASD', pupils: 7 },
  { geography: 'local', phase: 'primary', provision: 'all', need: 'SEMH', pupils: 311 },
  { geography: 'local', phase: 'primary', provision: 'all', need: 'HI', pupils: 47 },
  { geography: 'local', phase: 'primary', provision: 'all', need: 'MLD', pupils: 500 },
  { geography: 'england', phase: 'primary', provision: 'all', need: 'SLCN', pupils: 35400 },
  { geography: 'england', phase: 'primary', provision: 'all', need: 'ASD', pupils: 20000 },
  { geography: 'england', phase: 'primary', provision: 'all', need: 'SEMH', pupils: 20000 },
  { geography: 'england', phase: 'primary', provision: 'all', need: 'HI', pupils: 4600 },
  { geography: 'england', phase: 'primary', provision: 'all', need: 'MLD', pupils: 20000 },
];

/** The special-school EHC plan rows under a long placement name, as in the Long labels story. */
const LONG_SETTING = demoNeedsRows()
  .filter((r) => r.provision === 'ehc_plan' && r.phase === 'special')
  .map((r) => ({ ...r, phase: 'Independent or non-maintained special school, including out-of-area placements' }));

const mount = (data: unknown, width = 720, attributes: Record<string, string> = {}) =>
  mountChart<SendNeedBreakdown>('send-need-breakdown', {
    width,
    attributes: { heading: 'Primary type of need', ...attributes },
    setup: (el) => (el.data = data as SendNeedBreakdown['data']),
  });

const root = (el: SendNeedBreakdown) => el.shadowRoot!;
const plot = (el: SendNeedBreakdown) => root(el).querySelector<HTMLElement>('[part~="plot"]')!;
const live = (el: SendNeedBreakdown) => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const chartRows = (el: SendNeedBreakdown) =>
  [...root(el).querySelectorAll('svg.chart g.row')].map((g) => ({
    need: g.getAttribute('data-need')!,
    label: [...g.querySelectorAll('text.label')].map((t) => t.textContent!.trim()).join(' '),
    values: [...g.querySelectorAll('text.value, text.secondary, text.flag')].map((t) => t.textContent!.trim()),
    gap: g.querySelector('text.gap')?.textContent?.trim(),
  }));

async function press(el: SendNeedBreakdown, key: string) {
  plot(el).dispatchEvent(keydown(key));
  await el.updateComplete;
}

async function tableRows(el: SendNeedBreakdown): Promise<string[][]> {
  el.view = 'table';
  await el.updateComplete;
  const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );
  el.view = 'chart';
  await el.updateComplete;
  return rows;
}

describe('<send-need-breakdown>', () => {
  runChartBaseTests('send-need-breakdown', {
    valid: demoNeedsRows,
    attributes: { phase: 'primary' },
    bad: {
      csv: 'geography,phase,provision,need,pupils\nlocal,primary,all,SLCN,120\nlocal,primary,all,AUT,40\n',
      row: 3,
      column: 'need',
    },
    // geography and phase are the contract's text fields; no phase attribute, so the hostile phase is shown
    hostile: (text) =>
      ['SLCN', 'ASD', 'SEMH'].map((need, i) => ({
        geography: text,
        phase: text,
        provision: 'all',
        need,
        pupils: 100 + i * 50,
      })),
    small: {
      data: () => SMALL,
      // as text, in a table or CSV cell, or with a unit (SVG coordinates are numbers too, so the bare digits are not forbidden)
      forbidden: [
        /(^|[\s,>(])7($|[\s,<)])/m,
        /(^|[\s,>(])47($|[\s,<)%])/m,
        /\b7 pupils/,
        /\b47 pupils/,
        /\b2\.3%/,
        /\b0\.3%/,
      ],
    },
  });

  it('reads the seed figures on the chart: primary SLCN 36.3% against England 35.4%', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'primary', provision: 'all' });
    const rows = chartRows(el);
    expect(rows[0]!.need).to.equal('SLCN');
    expect(rows[0]!.label).to.equal('Speech, language and communication needs (SLCN)');
    expect(rows[0]!.values).to.deep.equal(['36.3%', 'England 35.4%']);
    expect(el.summary).to.contain('speech, language and communication needs (SLCN): 36.3%, against 35.4% in England');
    el.phase = 'secondary';
    await el.updateComplete;
    const secondary = chartRows(el);
    expect(secondary.find((r) => r.need === 'MLD')!.values).to.deep.equal(['28.5%', 'England 16.8%']);
    expect(secondary.find((r) => r.need === 'SEMH')!.values).to.deep.equal(['21.8%', 'England 23.4%']);
    el.phase = 'special';
    await el.updateComplete;
    expect(chartRows(el).find((r) => r.need === 'ASD')!.values).to.deep.equal(['29.2%', 'England 35.2%']);
  });

  it('shows the difference from England with significance in words and shapes: MLD +11.7 pts, higher', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'secondary', mode: 'difference' });
    const rows = chartRows(el);
    expect(rows[0]!.need).to.equal('MLD');
    expect(rows[0]!.values).to.deep.equal(['+11.7 pts', '▲ Higher']);
    expect(root(el).querySelector('g.row[data-need="MLD"] .dot.higher')).to.exist;
    expect(rows.find((r) => r.need === 'SEMH')!.values[0]).to.equal('\u22121.6 pts');
    expect(root(el).querySelector('svg.chart .key')!.textContent).to.contain('Significantly higher');
    await expect(el).to.be.accessible();
  });

  it('gives the table exactly the figures the chart shows', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'secondary' });
    const chart = chartRows(el);
    const table = await tableRows(el);
    expect(table.map((r) => r[0])).to.deep.equal(chart.map((r) => r.label));
    chart.forEach((c, i) => {
      const t = table[i]!;
      if (c.values.length) {
        expect(t[2]).to.equal(c.values[0]);
        expect(`England ${t[4]}`).to.equal(c.values[1]);
      } else expect(t[2]).to.equal(c.gap);
    });
    const mld = table.find((r) => r[0].includes('(MLD)'))!;
    expect(mld[5]).to.equal('+11.7 pts');
    expect(mld[7]).to.equal('significantly higher than England');
  });

  it('moves through needs with the keyboard, announcing them in words, and selects with Enter', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'primary' });
    plot(el).focus();
    await press(el, 'ArrowDown');
    expect(live(el)).to.match(
      /^Speech, language and communication needs \(SLCN\): 36\.3% of pupils in this area \(95% interval [\d.]+% to [\d.]+%\); England 35\.4%; difference \+0\.9 pts, (similar to England|significantly higher)/,
    );
    await press(el, 'ArrowDown');
    expect(live(el)).to.contain('(2 of ');
    expect(root(el).querySelector('.active-ring')).to.exist;
    await press(el, 'Home');
    const selected = oneEvent(el, 'send-select');
    await press(el, 'Enter');
    const datum = ((await selected) as SendSelectEvent<NeedDatum>).detail.datum;
    expect(datum.need).to.equal('SLCN');
    expect(Math.round(datum.share! * 1000) / 10).to.equal(36.3);
  });

  it('keeps every label inside the chart at 320 px (measured in the browser)', async () => {
    for (const mode of ['shares', 'difference', 'composition']) {
      const el = await mount(demoNeedsRows(), 320, { phase: 'secondary', mode });
      const svgEl = root(el).querySelector<SVGSVGElement>('svg.chart')!;
      const box = svgEl.getBoundingClientRect();
      expect(box.width).to.be.at.most(321);
      for (const t of svgEl.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        expect(r.left, `${mode}: "${t.textContent}"`).to.be.at.least(box.left - 1);
        expect(r.right, `${mode}: "${t.textContent}"`).to.be.at.most(box.right + 1);
      }
      // labels never overlap one another (the composition's key for SVG files is not on the page)
      const labels = [...svgEl.querySelectorAll('text.label')]
        .filter((t) => !t.closest('.file-key'))
        .map((t) => t.getBoundingClientRect());
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.top).to.be.at.least(labels[i - 1]!.bottom - 3);
      expect(root(el).querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(322);
      el.remove();
    }
  });

  it('shows suppressed needs as "suppressed", never as 0', async () => {
    const el = await mount(SMALL, 720);
    const rows = chartRows(el);
    expect(rows.find((r) => r.need === 'ASD')!.gap).to.equal('suppressed');
    expect(rows.find((r) => r.need === 'HI')!.gap).to.equal('suppressed');
    expect(root(el).querySelector('g.row[data-need="ASD"] rect.bar')).to.equal(null);
    const table = await tableRows(el);
    const asd = table.find((r) => r[0].includes('(ASD)'))!;
    expect(asd[1]).to.equal('suppressed');
    expect(asd[2]).to.equal('suppressed');
    expect(el.summary).to.contain('Figures for two needs are suppressed');
    const all = await everyChannel(el);
    expect(all).to.not.match(/(?<![\d.,])7 pupils/);
  });

  it('shows the suppressed state when every figure is below the threshold', async () => {
    const el = await mount(
      [
        { geography: 'local', phase: 'special', provision: 'ehc_plan', need: 'ASD', pupils: 3 },
        { geography: 'local', phase: 'special', provision: 'ehc_plan', need: 'SLD', pupils: 4 },
      ],
      720,
    );
    expect(el.state).to.equal('suppressed');
    expect(root(el).textContent).to.not.match(/(?<![\d.,])[34](?![\d.,])/);
  });

  it('shows "no data" for a phase the data does not have', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'nursery' });
    expect(el.state).to.equal('empty');
    expect(root(el).querySelector('.state.empty')!.textContent).to.contain('nursery');
  });

  it('composition: 100% bars per phase with a legend that filters', async () => {
    const el = await mount(demoNeedsRows(), 900, { mode: 'composition' });
    const bars = [...root(el).querySelectorAll('g.composition-bar')];
    expect(bars.map((b) => b.getAttribute('data-setting'))).to.deep.equal(['primary', 'secondary', 'special']);
    expect([...bars[0]!.querySelectorAll('text.segment-text')].map((t) => t.textContent)).to.include('SLCN 36.3%');
    expect(el.summary).to.contain(
      'moderate learning difficulty (MLD) in secondary (28.5%) and autistic spectrum disorder (ASD) in special schools (29.2%)',
    );
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="legend"] button')];
    const slcn = buttons.find((b) => b.textContent!.includes('(SLCN)'))!;
    expect(slcn.getAttribute('aria-pressed')).to.equal('true');
    slcn.click();
    await el.updateComplete;
    const after = root(el).querySelector<HTMLButtonElement>('[part~="legend"] button[aria-pressed="false"]')!;
    expect(after.textContent).to.contain('(SLCN)');
    expect(root(el).querySelector('g.segment-group[data-need="SLCN"]')).to.equal(null);
    const table = await tableRows(el);
    expect(table.some((r) => r[1].includes('(SLCN)'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('switches mode with its own control', async () => {
    const el = await mount(demoNeedsRows(), 720, { phase: 'secondary' });
    const select = root(el).querySelector<HTMLSelectElement>('.controls select')!;
    select.value = 'difference';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.mode).to.equal('difference');
    expect(root(el).querySelector('.dot')).to.exist;
  });

  it('composition: SEN support against EHC plans, chosen with its own control', async () => {
    const el = await mount(demoNeedsRows(), 720, { mode: 'composition', phase: 'secondary' });
    const by = root(el).querySelector<HTMLSelectElement>('select[id$="-by"]')!;
    by.value = 'provision';
    by.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.compositionBy).to.equal('provision');
    const bars = [...root(el).querySelectorAll('g.composition-bar')].map((b) => b.getAttribute('data-setting'));
    expect(bars).to.deep.equal(['sen_support', 'ehc_plan']);
    expect(root(el).querySelector('g.composition-bar text.label')!.textContent).to.equal('SEN support');
    await expect(el).to.be.accessible();
  });

  it('shows the period asked for, the latest by default, and follows min-count', async () => {
    const rows = [
      ['2022/23', 'ASD', 300],
      ['2022/23', 'SLCN', 500],
      ['2023/24', 'ASD', 450],
      ['2023/24', 'SLCN', 550],
    ].map(([time_period, need, pupils]) => ({
      time_period,
      geography: 'local',
      phase: 'all',
      provision: 'ehc_plan',
      need,
      pupils,
    }));
    const el = await mount(rows, 720);
    expect(chartRows(el).map((r) => r.values[0])).to.deep.equal(['55.0%', '45.0%']);
    expect(el.summary).to.contain('(2023/24)');
    el.period = '2022/23';
    await el.updateComplete;
    expect(chartRows(el).map((r) => r.values[0])).to.deep.equal(['62.5%', '37.5%']);
    el.period = '2019/20';
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    el.period = undefined;
    el.minCount = 500;
    await el.updateComplete;
    // ASD 450 is now a small count, and SLCN (550) would give it away from the total: nothing can be drawn
    expect(el.state).to.equal('suppressed');
    expect(chartRows(el)).to.deep.equal([]);
    expect(root(el).textContent).to.not.match(/450|550|45\.0%|55\.0%/);
  });

  it('reads the EHC plans layout: setting labels and EHC plans only', async () => {
    const rows = [
      ['all', 'ASD', 700, 201183],
      ['all', 'SEMH', 500, 132217],
      ['all', 'SLCN', 400, 135836],
      ['Mainstream school', 'ASD', 300, 90000],
      ['Mainstream school', 'SEMH', 200, 60000],
      ['Mainstream school', 'SLCN', 250, 70000],
    ].flatMap(([phase, need, local, england]) => [
      { geography: 'local', phase, provision: 'ehc_plan', need, pupils: local },
      { geography: 'england', phase, provision: 'ehc_plan', need, pupils: england },
    ]);
    const el = await mount(rows, 720, { phase: 'Mainstream school' });
    expect(el.state).to.equal('ready');
    expect(chartRows(el).map((r) => [r.need, r.values[0]])).to.deep.equal([
      ['ASD', '40.0%'],
      ['SLCN', '33.3%'],
      ['SEMH', '26.7%'],
    ]);
    expect(el.summary).to.contain('children and young people with an EHC plan in the setting “Mainstream school”');
  });

  it('rewords every text with a strings object: chart, controls, table, live region and summary, in each mode', async () => {
    const el = await mount(demoNeedsRows(), 720, { source: 'DfE' });
    el.locale = 'cy';
    el.strings = pseudoStrings(NEED_BREAKDOWN_TEXT);
    await el.updateComplete;
    // words that come from the data or the page, not from strings
    const data = [...NEED_CODES, 'Primary type of need', 'DfE'];
    const texts: string[] = [];
    for (const [mode, by] of [
      ['shares', 'phase'],
      ['difference', 'phase'],
      ['composition', 'phase'],
      ['composition', 'provision'],
    ] as const) {
      el.mode = mode;
      el.compositionBy = by;
      await el.updateComplete;
      await press(el, 'ArrowRight');
      expect(live(el), `${mode}: the announcement`).to.match(/^⟦announce⟧/);
      texts.push(...shadowText(el), live(el), el.summary);
      el.view = 'table';
      await el.updateComplete;
      expect(root(el).querySelector('caption')!.textContent, `${mode}: the caption`).to.match(
        /^⟦need(Caption|CaptionBy\w+)⟧/,
      );
      texts.push(...shadowText(el));
      el.view = 'chart';
      await el.updateComplete;
    }
    expect(el.summary).to.match(/^⟦needsComposition/);
    expect(untranslated(texts, data)).to.deep.equal([]);
  });

  it('takes real Welsh from the strings attribute and keeps English for the keys it leaves out', async () => {
    const el = await mount(demoNeedsRows(), 720, {
      strings: JSON.stringify({
        showTable: 'Dangos tabl data',
        needControlShow: 'Dangos',
        'needMode.shares': 'Cyfran y disgyblion',
        needKeyHigher: 'Yn sylweddol uwch',
      }),
    });
    expect(root(el).querySelector('.toggle-table')!.textContent!.trim()).to.equal('Dangos tabl data');
    expect(root(el).querySelector('label[for$="-mode"]')!.textContent!.trim()).to.match(/^Dangos\s/);
    expect(root(el).querySelector('select.control-select option:checked')!.textContent).to.equal('Cyfran y disgyblion');
    expect(el.summary).to.contain('the most common primary need is');
  });

  it('keeps each label to its own need (its row), overlapping no other text and inside the SVG, at 1280, 720 and 320 px', async () => {
    const rows: LabelRule[] = [{ group: 'svg.chart g.row[data-need]', mark: 'rect.row-hit', axis: 'row' }];
    for (const width of [1280, 720, 320]) {
      const modes: Record<string, string>[] = [
        { phase: 'primary' },
        { mode: 'difference', phase: 'secondary' },
        { phase: LONG_SETTING[0]!.phase },
      ];
      for (const attributes of modes) {
        const data = attributes.phase === LONG_SETTING[0]!.phase ? LONG_SETTING : demoNeedsRows();
        const el = await mount(data, width, attributes);
        expect(labelProblems(el, rows), `${width}px ${JSON.stringify(attributes)}`).to.deep.equal([]);
      }
    }
  });

  it('composition: keeps each segment label inside its own segment, by phase and by provision', async () => {
    const segments: LabelRule[] = [
      { group: 'svg.chart g.segment-group', mark: 'rect.segment', label: 'text.segment-text', axis: 'column' },
    ];
    for (const width of [1280, 720, 600, 320]) {
      const modes: Record<string, string>[] = [
        { mode: 'composition' },
        { mode: 'composition', 'composition-by': 'provision', phase: 'special' },
      ];
      for (const attributes of modes) {
        const el = await mount(demoNeedsRows(), width, attributes);
        expect(labelProblems(el, segments), `${width}px ${JSON.stringify(attributes)}`).to.deep.equal([]);
      }
    }
  });

  it('reflows at 400% zoom in every mode: no sideways scrolling, no clipped or overlapping text, controls in reach', async () => {
    const modes: Record<string, string>[] = [
      {},
      { mode: 'difference' },
      { mode: 'composition' },
      { mode: 'composition', 'composition-by': 'provision', phase: 'special' },
      { phase: 'secondary', top: '4' },
    ];
    for (const attributes of modes) {
      await atZoom400('send-need-breakdown', demoNeedsRows(), attributes, async (el) => {
        expect(reflowProblems(el), JSON.stringify(attributes)).to.deep.equal([]);
      });
    }
  });
});
