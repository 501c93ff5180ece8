/**
 * The deprivation chart's context view (an area's neighbourhoods across England's IMD deciles,
 * from data with no pupils) and the context strip under the SEN rates (`context`, `context-src`).
 * Expected counts are worked out here from the rows or CSV lines, not read from the chart.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SendSelectEvent } from '@send-insight/core';
import { formatCsv, IOD2019_COLUMNS } from '@send-insight/data';
import { deprivationDemo, deprivationLsoaDemo, REAL_IOD_WOLVERHAMPTON_CSV } from '@send-insight/data/demo';
import { everyChannel, runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { openCspFrame } from '../../../core/src/test/csp-frame.js';
import './define.js';
import type { DeprivationChartModel, SendDeprivationChart } from './deprivation-chart.js';
import { key, pressKeys } from '../../../core/src/test/keyboard.js';
import { mountChart, within } from '../../../core/src/test/mount.js';

type Row = Record<string, string | number>;

/** Waits for a promise, failing with a message (not hanging) if it takes longer than `ms`. */

const mount = (
  setup: (el: SendDeprivationChart) => void,
  width = 720,
  attributes: Record<string, string> = {},
  event = 'send-render',
) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width,
    attributes: { heading: 'Neighbourhoods by deprivation', 'loading-delay': '0', ...attributes },
    setup,
    until: event,
  });

/** The extract's LSOAs per decile, from its lines: the decile is the last cell, the district code the third. */
function extractCounts(csv = REAL_IOD_WOLVERHAMPTON_CSV, code = 'E08000031'): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const line of csv.split(/\r?\n/).slice(1))
    if (line.includes(`,${code},`)) counts[Number(line.slice(line.lastIndexOf(',') + 1)) - 1]!++;
  return counts;
}

/** LSOA rows with the contract's names: `counts[d − 1]` LSOAs in decile d. */
function lsoaRows(counts: number[], code = 'E08000031', name = 'Wolverhampton'): Row[] {
  return counts.flatMap((k, i) =>
    Array.from({ length: k }, (_, j) => ({
      lsoa_code: `${code}${i}${j}`,
      lsoa_name: `${name} ${i}${j}`,
      imd_decile: i + 1,
      area_code: code,
      area_name: name,
    })),
  );
}

/** Rows with the published IoD2019 headers (a few per decile), every text cell set to `text`. */
function publishedRows(text: string): Row[] {
  return Array.from({ length: 20 }, (_, i) => ({
    [IOD2019_COLUMNS.lsoa_code!]: `E0100${i}`,
    [IOD2019_COLUMNS.lsoa_name!]: text,
    [IOD2019_COLUMNS.area_code!]: 'E08000031',
    [IOD2019_COLUMNS.area_name!]: text,
    [IOD2019_COLUMNS.imd_rank!]: 100 + i * 1500,
    [IOD2019_COLUMNS.imd_decile!]: Math.floor(i / 2) + 1,
  }));
}

const bars = (el: SendDeprivationChart) =>
  [...el.shadowRoot!.querySelectorAll('.context-group')].map((g) => ({
    decile: Number(g.getAttribute('data-decile')),
    lsoas: Number(g.getAttribute('data-lsoas')),
    rect: g.querySelector('rect.context-bar')!,
  }));

const labels = (el: SendDeprivationChart) =>
  [...el.shadowRoot!.querySelectorAll('.context-label')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => t.textContent!.trim()).join(' '),
  );

async function tableOf(el: SendDeprivationChart): Promise<{ head: string[]; rows: string[][] }> {
  el.view = 'table';
  await el.updateComplete;
  const root = el.shadowRoot!;
  const head = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[↕▲▼]/g, '').trim());
  const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
  el.view = 'chart';
  await el.updateComplete;
  return { head, rows };
}

const pct = (n: number, total: number) => `${Math.round((100 * n) / total)}%`;

describe('<send-deprivation-chart> context view (neighbourhoods, no pupils)', () => {
  runChartBaseTests('send-deprivation-chart', {
    attributes: { preset: 'iod2019-lsoa', area: 'E08000031' },
    valid: () => REAL_IOD_WOLVERHAMPTON_CSV,
    bad: {
      csv: `${Object.values(IOD2019_COLUMNS).join(',')}\nE01010410,Wolverhampton 033A,E08000031,Wolverhampton,"3,038",1\nE01010411,Wolverhampton 033B,E08000031,Wolverhampton,"9,209",eleven\n`,
      row: 3,
      column: IOD2019_COLUMNS.imd_decile!,
    },
    hostile: publishedRows,
  });

  it('draws the published IoD2019 rows for Wolverhampton: one bar per decile with the counts in the file', async () => {
    const expected = extractCounts();
    expect(expected.reduce((s, n) => s + n, 0)).to.equal(158);
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), 1000, {
      preset: 'iod2019-lsoa',
      area: 'E08000031',
    });
    expect(el.state).to.equal('ready');
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    expect(svg.getAttribute('data-view')).to.equal('context');
    expect(bars(el).map((b) => b.decile)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(expected);
    expect(labels(el)).to.deep.equal(expected.map((n) => `${n} ${pct(n, 158)}`));
    // bar heights follow the counts; England's even spread is one dashed line
    const h = (d: number) => Number(bars(el)[d - 1]!.rect.getAttribute('height'));
    expect(h(2) / h(10)).to.be.closeTo(expected[1]! / expected[9]!, 1e-6);
    expect(el.shadowRoot!.querySelectorAll('.even-line[data-share="0.1"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.even-line line.even').length).to.be.at.least(1);
    expect(el.shadowRoot!.querySelector('.decile-axis')!.textContent).to.contain('← Most deprived');
    const most = expected[0]! + expected[1]!;
    const least = expected[8]! + expected[9]!;
    expect(el.summary).to.equal(
      `Wolverhampton has 158 neighbourhoods (LSOAs). ${most} of them (${pct(most, 158)}) are among the 20% most deprived in England (deciles 1 and 2), and ${least} (${pct(least, 158)}) among the 20% least deprived (deciles 9 and 10). The most are in decile 2: ${expected[1]} (${pct(expected[1]!, 158)}). Spread like England's, each decile would hold 10% of them (15.8).`,
    );
    // no pupils, so no rates controls, measure words or suppression notes
    expect(el.shadowRoot!.textContent).to.not.contain('per 100');
    expect(el.shadowRoot!.querySelector('.views, .period')).to.equal(null);
  });

  it('reads plain LSOA rows (lsoa_code, imd_decile) without a preset, and a columns mapping', async () => {
    const counts = [5, 4, 3, 2, 1, 0, 1, 2, 3, 4];
    const el = await mount((e) => (e.data = lsoaRows(counts, 'E09000001', 'City of Test')));
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(counts);
    expect(el.summary).to.match(
      /^City of Test has 25 neighbourhoods \(LSOAs\)\. 9 of them \(36%\) are among the 20% most deprived/,
    );
    const renamed = lsoaRows(counts).map((r) => ({ code: r.lsoa_code!, dec: r.imd_decile! }));
    const mapped = await mount((e) => (e.data = renamed), 720, {
      columns: '{"lsoa_code": "code", "imd_decile": "dec"}',
    });
    expect(bars(mapped).map((b) => b.lsoas)).to.deep.equal(counts);
    expect(mapped.summary).to.match(/^The data has 25 neighbourhoods/);
  });

  it('keeps rates data without pupils an error that names the missing column (the context needs LSOAs)', async () => {
    const el = await mount((e) => (e.data = 'imd_decile,sen_support,ehc_plan\n1,100,20\n'), 720, {}, 'send-data-error');
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('"pupils"');
  });

  it('names the closest authorities for an area the file does not have', async () => {
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), 720, {
      preset: 'iod2019-lsoa',
      area: 'Wolverhamton',
    });
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('.state.empty')!.textContent).to.contain('Wolverhampton (E08000031)');
  });

  it('moves through the ten deciles with the keyboard, decile 1 "most deprived", and selects one', async () => {
    const expected = extractCounts();
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), 720, {
      preset: 'iod2019-lsoa',
      area: 'E08000031',
    });
    const root = el.shadowRoot!;
    const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
    const heard = await pressKeys(el, Array(10).fill('ArrowRight'));
    expect(heard[0]).to.equal(
      `Decile 1 (most deprived): ${expected[0]} of the 158 neighbourhoods (LSOAs) in Wolverhampton, ${((100 * expected[0]!) / 158).toFixed(1)}% (England: 10% in each decile) (1 of 10)`,
    );
    for (let d = 2; d <= 9; d++)
      expect(heard[d - 1]).to.match(new RegExp(`^Decile ${d}: ${expected[d - 1]} of the 158`));
    expect(heard[9]).to.match(/^Decile 10 \(least deprived\)/);
    expect(root.querySelector('.context-group.active')!.getAttribute('data-decile')).to.equal('10');
    expect(root.querySelector('[part~="tooltip"]')!.textContent).to.contain('Decile 10 (least deprived)');
    plot.dispatchEvent(key('Home'));
    await el.updateComplete;
    const selected = oneEvent(el, 'send-select');
    plot.dispatchEvent(key('Enter'));
    const event = (await within(selected, 'send-select')) as SendSelectEvent;
    expect(event.detail.datum).to.deep.equal({
      kind: 'context',
      decile: 1,
      lsoas: expected[0],
      share: expected[0]! / 158,
      evenShare: 0.1,
    });
  });

  it("shows the chart's figures in the table and the CSV: LSOAs, share and England's tenth per decile", async () => {
    const expected = extractCounts();
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), 720, {
      preset: 'iod2019-lsoa',
      area: 'E08000031',
    });
    const drawn = bars(el).map((b) => String(b.lsoas));
    const { head, rows } = await tableOf(el);
    expect(head).to.deep.equal([
      'National IMD decile',
      'Neighbourhoods (LSOAs)',
      'Share of the neighbourhoods',
      'England (each decile a tenth)',
    ]);
    expect(rows[0]![0]).to.equal('Decile 1 (most deprived)');
    expect(rows[9]![0]).to.equal('Decile 10 (least deprived)');
    expect(rows.map((r) => r[1])).to.deep.equal(drawn);
    expect(rows.map((r) => r[2])).to.deep.equal(expected.map((n) => `${((100 * n) / 158).toFixed(1)}%`));
    expect(rows.every((r) => r[3] === '10.0%')).to.equal(true);
    const csv = el.toCsv().split('\r\n').filter(Boolean);
    expect(csv).to.have.length(11);
    expect(csv[2]).to.equal(`Decile 2,${expected[1]},${((100 * expected[1]!) / 158).toFixed(1)}%,10.0%`);
  });

  it('turns to rows at 320 px, keeps every label inside, and passes axe', async () => {
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), 320, {
      preset: 'iod2019-lsoa',
      area: 'E08000031',
    });
    const root = el.shadowRoot!;
    const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
    expect(svg.getAttribute('data-orientation')).to.equal('horizontal');
    expect(root.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(322);
    const box = svg.getBoundingClientRect();
    for (const t of root.querySelectorAll<SVGTextElement>('svg.chart text')) {
      const r = t.getBoundingClientRect();
      if (!r.width) continue;
      expect(r.left, t.textContent!).to.be.at.least(box.left - 1);
      expect(r.right, t.textContent!).to.be.at.most(box.right + 1);
    }
    await expect(el).to.be.accessible();
  });

  it("draws the context view and the strip under script-src 'self'; style-src 'self' without a single violation", async () => {
    const define = new URL('./define.ts', import.meta.url).pathname;
    const rates = formatCsv(
      Object.keys(deprivationDemo[0]!),
      deprivationDemo.map((r) => Object.values(r).map(String)),
    );
    const frame = await openCspFrame(
      `<send-deprivation-chart id="context" heading="Context under CSP" preset="iod2019-lsoa" area="E08000031" loading-delay="0"><script type="text/csv">${REAL_IOD_WOLVERHAMPTON_CSV}</script></send-deprivation-chart>
      <send-deprivation-chart id="strip" heading="Rates and context under CSP" loading-delay="0"><script type="text/csv">${rates}</script></send-deprivation-chart>`,
      define,
      '#strip',
    );
    try {
      const { doc, violations } = frame;
      const context = doc.querySelector('#context') as SendDeprivationChart;
      const strip = doc.querySelector('#strip') as SendDeprivationChart;
      await waitUntil(
        () =>
          (context as Partial<SendDeprivationChart>).state === 'ready' &&
          (strip as Partial<SendDeprivationChart>).state === 'ready',
        'never ready',
        { timeout: 10_000 },
      );
      strip.context = REAL_IOD_WOLVERHAMPTON_CSV;
      await waitUntil(
        () => strip.shadowRoot!.querySelectorAll('.context-group').length === 10,
        'the strip never drew',
        { timeout: 5000 },
      );
      expect(bars(context).map((b) => b.lsoas)).to.deep.equal(extractCounts());
      // keyboard focus ring and tooltip, positioned through the CSSOM
      for (const el of [context, strip]) {
        const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
        plot.focus();
        plot.dispatchEvent(key('End'));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.exist;
        el.view = 'table';
        await el.updateComplete;
        el.view = 'chart';
        await el.updateComplete;
        expect(await el.toSvg()).to.contain('<svg');
        expect((await el.toPng(1))?.type).to.equal('image/png');
      }
      await aTimeout(50);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('<send-deprivation-chart> SEN rates with the neighbourhood context', () => {
  /** The share of the demo's local pupils in deciles 1 and 2, worked out from the rows. */
  const demoPupilsShare = () => {
    const local = deprivationDemo.filter((r) => r.geography === 'local');
    const all = local.reduce((s, r) => s + (r.pupils as number), 0);
    const most = local.filter((r) => (r.imd_decile as number) <= 2).reduce((s, r) => s + (r.pupils as number), 0);
    return pct(most, all);
  };

  it('draws the LSOA strip under the rates, each decile under its own rates, and says so in the summary', async () => {
    const expected = extractCounts();
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    }, 1200);
    const root = el.shadowRoot!;
    expect(root.querySelector('svg.chart')!.getAttribute('data-view')).to.equal('deciles');
    expect(root.querySelectorAll('svg.chart')).to.have.length(1);
    expect(root.querySelector('.context')!.getAttribute('data-mode')).to.equal('compact');
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(expected);
    // decile under decile: the strip's bar centre is the centre of the decile's rate bars (one x scale; the hit areas span the band)
    for (let d = 1; d <= 10; d++) {
      const pair = [...root.querySelectorAll(`.bar-group[data-decile="${d}"] rect.bar`)].map((r) =>
        r.getBoundingClientRect(),
      );
      const centre = (Math.min(...pair.map((r) => r.left)) + Math.max(...pair.map((r) => r.right))) / 2;
      const strip = bars(el)[d - 1]!.rect.getBoundingClientRect();
      expect(strip.left + strip.width / 2, `decile ${d}`).to.be.closeTo(centre, 1);
      expect(strip.top, `decile ${d} is below`).to.be.greaterThan(Math.max(...pair.map((r) => r.bottom)));
    }
    const most = expected[0]! + expected[1]!;
    expect(el.summary).to.contain(
      `Of the 158 neighbourhoods (LSOAs) in Wolverhampton, ${most} (${pct(most, 158)}) are among the 20% most deprived in England (deciles 1 and 2); ${demoPupilsShare()} of the pupils live in deciles 1 and 2.`,
    );
    // the rates summary is unchanged before it
    expect(el.summary).to.match(/^SEN support: 16\.5 per 100 pupils/);
  });

  it('adds the LSOAs to the decile table and the CSV', async () => {
    const expected = extractCounts();
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    });
    const { head, rows } = await tableOf(el);
    const i = head.indexOf('Neighbourhoods (LSOAs)');
    expect(i).to.be.greaterThan(0);
    expect(rows.map((r) => r[i])).to.deep.equal(expected.map(String));
    expect(rows.map((r) => r[i + 1])).to.deep.equal(expected.map((n) => `${((100 * n) / 158).toFixed(1)}%`));
    expect(el.toCsv().split('\r\n')[0]).to.contain('Neighbourhoods (LSOAs),Share of the neighbourhoods');
  });

  it('goes down from the rates to the neighbourhoods of the same decile with the keyboard', async () => {
    const expected = extractCounts();
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    });
    const root = el.shadowRoot!;
    const heard = await pressKeys(el, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown']);
    expect(heard.at(-1)).to.equal(
      `Neighbourhoods (LSOAs). Decile 3: ${expected[2]} of the 158 neighbourhoods (LSOAs) in Wolverhampton, ${((100 * expected[2]!) / 158).toFixed(1)}% (England: 10% in each decile) (3 of 10)`,
    );
    expect(root.querySelector('.context-group.active')!.getAttribute('data-decile')).to.equal('3');
    // the focus ring sits on the strip's bar, below the rates
    const marker = root.querySelector<HTMLElement>('.focus-marker')!.getBoundingClientRect();
    const bar = bars(el)[2]!.rect.getBoundingClientRect();
    expect(marker.top + marker.height / 2).to.be.closeTo(bar.top, 2);
    await expect(el).to.be.accessible();
  });

  it("uses the SEN data's own area code when `area` is not set, and asks for one when it cannot tell", async () => {
    const walsall = lsoaRows([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 'E08000030', 'Walsall');
    const both = [...lsoaRows(extractCounts()), ...walsall];
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = both;
    });
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(extractCounts());
    const anonymous = deprivationDemo.map(({ area_code: _c, area_name: _n, ...rest }) => rest);
    const unsure = await mount((e) => {
      e.data = anonymous;
      e.context = both;
    });
    expect(bars(unsure)).to.have.length(0);
    expect(unsure.state).to.equal('ready');
    expect(unsure.shadowRoot!.querySelector('[part~="context-note"]')!.textContent).to.contain(
      'holds 2 areas; say which with the area attribute',
    );
    unsure.area = 'Walsall';
    await within(oneEvent(unsure, 'send-render'), 'render after area');
    await unsure.updateComplete;
    // the SEN rows have no area columns, so `area` picks only the neighbourhoods
    expect(bars(unsure).map((b) => b.lsoas)).to.deep.equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("takes neighbourhoods already counted per decile (a county's districts added up) for an authority the IoD file does not name", async () => {
    // Kent (E10000016) is a county: the 2019 file has its districts, so the analyst adds them up
    const counted = [40, 61, 90, 100, 95, 110, 120, 121, 100, 65];
    const el = await mount((e) => {
      e.data = deprivationDemo.map((r) =>
        r.geography === 'local' ? { ...r, area_code: 'E10000016', area_name: 'Kent' } : r,
      );
      e.context = counted.map((lsoas, i) => ({ imd_decile: i + 1, lsoas }));
    });
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(counted);
    const total = counted.reduce((a, b) => a + b, 0);
    expect(el.summary).to.contain(
      `Of the ${total.toLocaleString('en-GB')} neighbourhoods (LSOAs) in Kent, ${counted[0]! + counted[1]!} (${pct(counted[0]! + counted[1]!, total)}) are among`,
    );
  });

  it('loads context-src after the rates: a note while it loads, then the strip and a new summary', async () => {
    const expected = extractCounts();
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.setAttribute(
        'context-src',
        `/__test/delay/400/packages/components/src/deprivation-chart/deprivation-context.browser.test.ts?none`,
      );
    });
    // a file that is not IoD data: the rates stay, the note says why
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="context-note"]')?.textContent?.includes('cannot be shown'),
      'the context error',
      { timeout: 5000 },
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('.bar-group').length).to.be.greaterThan(10);

    const csv = new Blob([REAL_IOD_WOLVERHAMPTON_CSV], { type: 'text/csv' });
    const url = URL.createObjectURL(csv);
    try {
      const summaries: string[] = [];
      el.addEventListener('send-render', (e) => summaries.push(e.detail.summary));
      el.contextSrc = url;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="context-note"]')?.textContent).to.contain(
        'Loading the neighbourhood (LSOA) context',
      );
      await waitUntil(
        () => summaries.some((t) => t.includes('Of the 158 neighbourhoods (LSOAs) in Wolverhampton')),
        'a send-render with the context',
        { timeout: 5000 },
      );
      await el.updateComplete;
      expect(el.summary).to.contain(
        `Of the 158 neighbourhoods (LSOAs) in Wolverhampton, ${expected[0]! + expected[1]!} (`,
      );
      expect(bars(el).map((b) => b.lsoas)).to.deep.equal(expected);
      expect(el.shadowRoot!.querySelector('[part~="context-note"]')).to.equal(null);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('says why a context-src that fails cannot be shown, and still draws the rates', async () => {
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.setAttribute('context-src', '/__test/status/404');
    });
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="context-note"]')?.textContent?.includes('404'),
      'the 404 note',
      { timeout: 5000 },
    );
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it("never shows a small pupil count, and leaves out the pupils' share when a decile's pupils are hidden", async () => {
    // decile 10 has 6 pupils: hidden, and with it the share of pupils in deciles 1 and 2
    const rows = Array.from({ length: 10 }, (_, i) => ({
      area_code: 'E08000031',
      area_name: 'Wolverhampton',
      imd_decile: i + 1,
      pupils: i === 9 ? 6 : 1000 + i,
      sen_support: i === 9 ? 1 : 150 - i,
      ehc_plan: i === 9 ? 0 : 30,
    }));
    const el = await mount((e) => {
      e.data = rows;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    });
    expect(el.summary).to.contain('Of the 158 neighbourhoods (LSOAs) in Wolverhampton');
    expect(el.summary).to.not.contain('of the pupils');
    const all = await everyChannel(el);
    expect(all).to.not.match(/(?<![\d.,])6 pupils|(?<![\d.,])6 of|(^|,)"?6"?(,|\r|\n|$)/m);
  });

  it('shows a hostile area name in the context literally and runs none of it', async () => {
    const w = window as unknown as { __xss?: number };
    w.__xss = 0;
    const text = `<img src=x onerror="window.__xss=(window.__xss||0)+1">`;
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = lsoaRows([3, 2, 1, 0, 0, 0, 0, 0, 0, 1], 'E08000031', text);
    });
    expect(el.summary).to.contain(`in ${text}, 5 (71%)`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    await aTimeout(50);
    expect(w.__xss).to.equal(0);
  });

  it('exports the strip with the rates (one SVG) and keeps the model JSON-serialisable', async () => {
    const el = await mount((e) => {
      e.data = deprivationDemo;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    });
    const svg = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect([...svg.querySelectorAll('[data-lsoas]')].map((g) => Number(g.getAttribute('data-lsoas')))).to.deep.equal(
      extractCounts(),
    );
    const model = (el as unknown as { model: DeprivationChartModel }).model;
    expect(JSON.parse(JSON.stringify(model)).context.context.total).to.equal(158);
  });

  it('keeps the strip out of the area view (which draws every LSOA itself), and brings it back by decile', async () => {
    const el = await mount((e) => {
      e.data = deprivationLsoaDemo;
      e.context = REAL_IOD_WOLVERHAMPTON_CSV;
    });
    expect(bars(el)).to.have.length(10);
    el.view = 'area';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('data-view')).to.equal('area');
    expect(bars(el)).to.have.length(0);
    expect(el.summary).to.not.contain('Of the 158 neighbourhoods');
    el.view = 'chart';
    await el.updateComplete;
    expect(bars(el).map((b) => b.lsoas)).to.deep.equal(extractCounts());
  });
});
