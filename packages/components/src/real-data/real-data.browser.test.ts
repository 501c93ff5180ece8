/**
 * `<send-need-breakdown preset="ees-ehc-plans-by-need">` on real Department for Education figures:
 * "Education, health and care plans", January 2025, file `sen_needs_all_plans.csv`, as published.
 *
 * Two inputs: the small committed extract (REAL_EHC_NEEDS_CSV, given as `data` and as a child
 * `<script type="text/csv">`), and the whole 3 MB file through `src`, served by the test server's
 * `/__real/<file>` route from ../shared/data/real (see web-test-runner.config.mjs). Without that
 * folder the `src` tests skip with a message, except on CI, where the route answers 500 and they fail.
 *
 * Every expected share is read from the file's own published percentage columns (`asd_pc`…) by the
 * small CSV reader below, which shares no code with the data package; nothing is copied from the
 * chart.
 */
import { expect } from '@open-wc/testing';
import { REAL_EHC_NEEDS_CSV } from '@send-insight/data/demo';
import '../need-breakdown/define.js';
import type { SendNeedBreakdown } from '../need-breakdown/need-breakdown.js';
import { splitCsvLine } from '../../../../test/csv-lines.mjs';
import { mountChart } from '../../../core/src/test/mount.js';
import { realFile } from '../test/real-file.js';

const FILE = 'ehcp2025_sen_needs_all_plans.csv';
const WOLVERHAMPTON = 'E08000031';

/** Need code as the chart marks its rows (`data-need`) → the file's count and published percentage columns. */
const NEEDS: Record<string, [count: string, percent: string]> = {
  SLCN: ['number_slcn', 'slcn_pc'],
  ASD: ['number_asd', 'asd_pc'],
  SEMH: ['number_semh', 'semh_pc'],
  MLD: ['number_mld', 'mld_pc'],
  SpLD: ['number_spld', 'spld_pc'],
  SLD: ['number_sld', 'sld_pc'],
  PMLD: ['number_pmld', 'pmld_pc'],
  HI: ['number_hi', 'hi_pc'],
  VI: ['number_vi', 'vi_pc'],
  MSI: ['number_msi', 'msi_pc'],
  PD: ['number_pd', 'pd_pc'],
  OTH: ['number_oth', 'oth_pc'],
  UNKNOWN: ['number_need_unknown', 'unknown_pc'],
};

// ---- an independent reader of the published file --------------------------------------------

/** One CSV line into cells: the tests' own reader, sharing no code with the data package. */
const cells = splitCsvLine;

type FileRow = Record<string, string>;

function readFile(text: string): FileRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length);
  const head = cells(lines[0]!);
  return lines.slice(1).map((l) => {
    const c = cells(l);
    return Object.fromEntries(head.map((h, i) => [h, c[i] ?? '']));
  });
}

/** The published row for an area (GSS code) or England, "All EHC plans" or one type of placement. */
function publishedRow(rows: FileRow[], area: string | 'England', setting: string): FileRow {
  const row = rows.find(
    (r) =>
      (area === 'England'
        ? r.geographic_level === 'National'
        : r.geographic_level === 'Local authority' && r.new_la_code === area) &&
      (setting === 'all'
        ? r.breakdown_topic === 'All EHC plans'
        : r.breakdown_topic === 'Type of placement' && r.breakdown === setting),
  );
  if (!row) throw new Error(`no published row for ${area}, ${setting}`);
  return row;
}

const whole = (cell: string) => (/^\d+$/.test(cell) ? Number(cell) : undefined);

// ---- the element ---------------------------------------------------------------------------

const mount = (setup: (el: SendNeedBreakdown) => void, attributes: Record<string, string>, width = 900) =>
  mountChart<SendNeedBreakdown>('send-need-breakdown', {
    width,
    attributes: { heading: 'EHC plans by primary type of need', ...attributes },
    setup,
    until: 'settled',
  });

const withData = (attributes: Record<string, string>, text = REAL_EHC_NEEDS_CSV) =>
  mount((el) => (el.data = text), { preset: 'ees-ehc-plans-by-need', ...attributes });

const withScript = (attributes: Record<string, string>) =>
  mount(
    (el) => {
      const script = document.createElement('script');
      script.type = 'text/csv';
      script.textContent = REAL_EHC_NEEDS_CSV;
      el.append(script);
    },
    { preset: 'ees-ehc-plans-by-need', ...attributes },
  );

const root = (el: SendNeedBreakdown) => el.shadowRoot!;

interface ChartRow {
  need: string;
  label: string;
  values: string[];
  gap?: string;
}

const chartRows = (el: SendNeedBreakdown): ChartRow[] =>
  [...root(el).querySelectorAll('svg.chart g.row')].map((g) => ({
    need: g.getAttribute('data-need')!,
    label: [...g.querySelectorAll('text.label')].map((t) => t.textContent!.trim()).join(' '),
    values: [...g.querySelectorAll('text.value, text.secondary, text.flag')].map((t) => t.textContent!.trim()),
    gap: g.querySelector('text.gap')?.textContent?.trim(),
  }));

/** "22.7%" → 22.7; the England marker's value "England 21.3%" → 21.3. */
const percentIn = (text: string | undefined) => {
  const m = /(-?\d+(?:\.\d+)?)%/.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
};

async function tableOf(el: SendNeedBreakdown): Promise<{ head: string[]; rows: string[][] }> {
  el.view = 'table';
  await el.updateComplete;
  // header cells carry a sort arrow (↕ ▲ ▼) after the label
  const head = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[↕▲▼]/g, '').trim());
  const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
  el.view = 'chart';
  await el.updateComplete;
  return { head, rows };
}

/**
 * Checks the drawn chart against the published row for the local authority and England's row:
 * every share drawn equals the published percentage to one decimal place; every count from 1 to 9
 * is drawn as "suppressed", never as a share; at most `secondary` further needs are hidden (the
 * secondary suppression: one for "all"; a placement subtotal may need a few more, as a part hidden
 * in it must not be recoverable from the subtotal minus the other parts); England's marker equals
 * England's published percentage.
 */
function expectPublishedShares(el: SendNeedBreakdown, local: FileRow, england: FileRow, secondary = 1): void {
  const rows = chartRows(el);
  expect(rows.map((r) => r.need).sort()).to.deep.equal(Object.keys(NEEDS).sort());
  let hidden = 0;
  for (const row of rows) {
    const [countCol, pcCol] = NEEDS[row.need]!;
    const count = whole(local[countCol]!);
    const published = Number(local[pcCol]);
    const englandPublished = Number(england[pcCol]);
    const drawn = percentIn(row.values.find((v) => !v.startsWith('England')));
    const englandDrawn = percentIn(row.values.find((v) => v.startsWith('England')));
    const what = `${row.need} (${local.la_name}, ${local.breakdown})`;
    expect(englandDrawn, `${what}: England's marker`).to.equal(englandPublished);
    if (count !== undefined && count > 0 && count < 10) {
      expect(drawn, `${what}: a count of ${count} must not be drawn`).to.equal(undefined);
      expect(row.gap, `${what}: a small count is drawn as "suppressed"`).to.equal('suppressed');
      continue;
    }
    if (drawn === undefined) {
      hidden++;
      expect(row.gap, `${what}: hidden as the secondary suppression`).to.equal('suppressed');
      continue;
    }
    expect(drawn, `${what}: published ${pcCol} is ${local[pcCol]}`).to.equal(published);
  }
  expect(hidden, `${secondary} secondary suppression${secondary === 1 ? '' : 's'} at most`).to.be.at.most(secondary);
}

describe('<send-need-breakdown> on the real DfE EHC plans by need extract', () => {
  const published = readFile(REAL_EHC_NEEDS_CSV);
  const local = publishedRow(published, WOLVERHAMPTON, 'all');
  const england = publishedRow(published, 'England', 'all');

  it('the extract holds the published totals: England 638,745, Wolverhampton 3,148', () => {
    expect(whole(england.ehc_plans)).to.equal(638745);
    expect(whole(local.ehc_plans)).to.equal(3148);
    expect(local.la_name).to.equal('Wolverhampton');
  });

  it('draws Wolverhampton against England (all EHC plans) with the published shares, given as data', async () => {
    const el = await withData({ area: WOLVERHAMPTON });
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expectPublishedShares(el, local, england);
    // SLCN is the largest local share, as the published row says (22.7%)
    expect(chartRows(el)[0]!.need).to.equal('SLCN');
    expect(chartRows(el)[0]!.label).to.equal('Speech, language and communication needs (SLCN)');
  });

  it('reads the same extract from a child <script type="text/csv">', async () => {
    const el = await withScript({ area: WOLVERHAMPTON });
    expectPublishedShares(el, local, england);
  });

  it('finds the authority by name as well as by GSS code, in any case', async () => {
    const byCode = chartRows(await withData({ area: WOLVERHAMPTON }));
    for (const area of ['Wolverhampton', 'wolverhampton', '336']) {
      expect(chartRows(await withData({ area })), area).to.deep.equal(byCode);
    }
  });

  it('offers the placement types as settings and draws each with its published shares', async () => {
    const el = await withData({ area: WOLVERHAMPTON });
    const select = [...root(el).querySelectorAll('select')].find((s) =>
      s.closest('label')?.textContent?.includes('Phase or setting'),
    )!;
    expect(select, 'the phase or setting picker').to.exist;
    const options = [...select.options].map((o) => o.value);
    const settings = published
      .filter((r) => r.new_la_code === WOLVERHAMPTON && r.breakdown_topic === 'Type of placement')
      .map((r) => r.breakdown);
    expect(options).to.include.members(['all', ...settings]);
    for (const setting of ['Special - total', 'Mainstream - total', 'FE - total', 'Educated elsewhere - total']) {
      el.phase = setting;
      await el.updateComplete;
      // protected through the placement hierarchy too: up to three needs hidden beside the small counts
      expectPublishedShares(
        el,
        publishedRow(published, WOLVERHAMPTON, setting),
        publishedRow(published, 'England', setting),
        3,
      );
    }
  });

  it('opens on a placement type given by the phase attribute, and says which setting in its summary', async () => {
    const el = await withData({ area: WOLVERHAMPTON, phase: 'Special - total' });
    expectPublishedShares(
      el,
      publishedRow(published, WOLVERHAMPTON, 'Special - total'),
      publishedRow(published, 'England', 'Special - total'),
    );
    expect(el.summary).to.contain('“Special - total”');
    const top = chartRows(el)[0]!;
    // the largest published share in special schools: SLD 25.2%
    expect(top.need).to.equal('SLD');
  });

  it('summarises with the published shares and the table lists the published counts and shares', async () => {
    const el = await withData({ area: WOLVERHAMPTON });
    expect(el.summary).to.contain(
      `speech, language and communication needs (SLCN): ${local.slcn_pc}%, against ${england.slcn_pc}% in England`,
    );
    const { head, rows } = await tableOf(el);
    expect(head[0]).to.equal('Primary type of need');
    const slcn = rows.find((r) => r[0]!.includes('(SLCN)'))!;
    const pupils = Number(local.number_slcn).toLocaleString('en-GB');
    expect(slcn.slice(1, 3)).to.deep.equal([pupils, `${local.slcn_pc}%`]);
    expect(slcn[head.indexOf('Share (England)')]).to.equal(`${england.slcn_pc}%`);
    // every count the table shows is the published count; the hidden ones are "suppressed", and
    // shown plus hidden needs are all 13 (the component shows no overall total to check 3,148 against)
    const codeOf = (label: string) => /\(([A-Za-z]+)\)$/.exec(label)?.[1];
    expect(rows.map((r) => codeOf(r[0]!)).sort()).to.deep.equal(Object.keys(NEEDS).sort());
    let shownSum = 0;
    for (const r of rows) {
      const code = codeOf(r[0]!)!;
      const count = whole(local[NEEDS[code]![0]]!)!;
      if (r[1] === 'suppressed') {
        expect(r[2], `${code} share`).to.equal('suppressed');
        continue;
      }
      expect(r[1], `${code} pupils`).to.equal(count.toLocaleString('en-GB'));
      expect(r[2], `${code} share`).to.equal(`${Number(local[NEEDS[code]![1]]).toFixed(1)}%`);
      shownSum += count;
    }
    const hiddenSum = whole(local.ehc_plans)! - shownSum;
    // MSI 1 and SpLD 11 are the suppressed ones: 3,148 − 12
    expect(hiddenSum).to.equal(whole(local.number_msi)! + whole(local.number_spld)!);
    expect(rows.find((r) => r[0]!.includes('(MSI)'))![1]).to.equal('suppressed');
  });

  it('an unknown authority draws nothing and says why, naming the closest authorities in the file (no data for it, not bad data)', async () => {
    const el = await withData({ area: 'Wolverhamton' });
    expect(el.state).to.equal('empty');
    const message = root(el).querySelector('.state.empty')!;
    expect(message.textContent).to.contain(
      'The file has no local authority "Wolverhamton"; did you mean Wolverhampton (E08000031)?',
    );
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(root(el).querySelector('svg.chart')).to.equal(null);

    const walsall = await withData({ area: 'Walsal' });
    expect(root(walsall).querySelector('.state.empty')!.textContent).to.contain('Walsall (E08000030)');
  });
});

describe('<send-need-breakdown src> on the whole published file (3 MB, every authority)', function () {
  this.timeout(60_000);
  const file = realFile(FILE);

  const fromSrc = (attributes: Record<string, string>) =>
    mount((el) => el.setAttribute('src', `/__real/${FILE}`), { preset: 'ees-ehc-plans-by-need', ...attributes });

  it('the file has England 638,745 and Wolverhampton 3,148 EHC plans, and 150+ authorities', () => {
    const rows = readFile(file.text);
    expect(rows).to.have.length(13939);
    expect(whole(publishedRow(rows, 'England', 'all').ehc_plans)).to.equal(638745);
    expect(whole(publishedRow(rows, WOLVERHAMPTON, 'all').ehc_plans)).to.equal(3148);
    const authorities = new Set(rows.filter((r) => r.geographic_level === 'Local authority').map((r) => r.new_la_code));
    expect(authorities.size).to.be.above(150);
  });

  it('draws Wolverhampton against England from src, overall and in special schools, with the published shares', async () => {
    const rows = readFile(file.text);
    const el = await fromSrc({ area: WOLVERHAMPTON });
    expectPublishedShares(el, publishedRow(rows, WOLVERHAMPTON, 'all'), publishedRow(rows, 'England', 'all'));
    el.phase = 'Special - total';
    await el.updateComplete;
    expectPublishedShares(
      el,
      publishedRow(rows, WOLVERHAMPTON, 'Special - total'),
      publishedRow(rows, 'England', 'Special - total'),
    );
  });

  it('draws any authority in the file by name: Bristol, City of; Rutland; Cornwall', async () => {
    const rows = readFile(file.text);
    for (const name of ['Bristol, City of', 'Rutland', 'Cornwall']) {
      const row = rows.find((r) => r.la_name === name && r.breakdown_topic === 'All EHC plans')!;
      const el = await fromSrc({ area: name });
      expectPublishedShares(el, row, publishedRow(rows, 'England', 'all'));
    }
  });

  it("reports Surrey's published percentages that do not match its counts (sld_pc 7.8, spld_pc 0.1) as warnings naming row and column", async () => {
    const rows = readFile(file.text);
    const surrey = rows.find((r) => r.la_name === 'Surrey' && r.breakdown_topic === 'All EHC plans')!;
    const total = Number(surrey.ehc_plans);
    const recomputed = (col: string) => ((Number(surrey[col]) / total) * 100).toFixed(1);
    // the file's own figures disagree: 595 and 665 of 16,069 are 3.7% and 4.1%
    expect([surrey.sld_pc, surrey.spld_pc]).to.deep.equal(['7.8', '0.1']);
    expect([recomputed('number_sld'), recomputed('number_spld')]).to.deep.equal(['3.7', '4.1']);
    const line = rows.indexOf(surrey) + 2; // row 1 is the header
    const el = await fromSrc({ area: 'Surrey' });
    const warnings = root(el).querySelector('details.warnings');
    expect(warnings, 'the warnings are listed').to.exist;
    const text_ = warnings!.textContent!.replace(/\s+/g, ' ');
    expect(text_).to.contain(`row ${line}`);
    expect(text_).to.contain('sld_pc');
    expect(text_).to.contain('spld_pc');
    // the notes are on the page beside a chart that may hide counts: they say where to look, never the counts
    expect(text_).to.contain('check the row');
    for (const n of [surrey.number_sld, surrey.number_spld, surrey.ehc_plans]) {
      expect(text_).not.to.contain(Number(n).toLocaleString('en-GB'));
    }
    // the chart draws the recomputed shares, not the published ones
    const sld = chartRows(el).find((r) => r.need === 'SLD')!;
    expect(percentIn(sld.values[0])).to.equal(Number(recomputed('number_sld')));
  });

  it('an unknown authority in the whole file draws nothing and names close ones', async () => {
    const el = await fromSrc({ area: 'Wolverhamptn' });
    expect(el.state).to.equal('empty');
    expect(root(el).querySelector('.state.empty')!.textContent).to.contain('Wolverhampton (E08000031)');
  });
});
