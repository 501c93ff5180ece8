/**
 * `<send-deprivation-chart>`'s neighbourhood context on MHCLG's English Indices of Deprivation
 * 2019, File 1 (IMD by LSOA), the whole published file (32,844 LSOAs) read through `src` or
 * `context-src` from the test server's `/__real/<file>` route (../shared/data/real, see
 * web-test-runner.config.mjs). Without that folder these tests skip with a message, except on CI,
 * where the route answers 500 and they fail.
 *
 * Every expected count is worked out here from the file's text by the small CSV reader below,
 * which shares no code with the data package; nothing is copied from the chart.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deprivationDemo } from '@send-insight/data/demo';
import '../deprivation-chart/define.js';
import type { SendDeprivationChart } from '../deprivation-chart/deprivation-chart.js';
import { splitCsvLine } from '../../../../test/csv-lines.mjs';
import { mountChart } from '../../../core/src/test/mount.js';
import { realFile } from '../test/real-file.js';

const FILE = 'imd2019_lsoa_file1.csv';

/** One CSV line into cells: the tests' own reader, sharing no code with the data package. */
const cells = splitCsvLine;

interface District {
  code: string;
  name: string;
  /** LSOAs per decile, index 0 = decile 1. */
  counts: number[];
}

/** Districts by GSS code, with their LSOAs per national decile, read from the published columns. */
function districts(text: string): Map<string, District> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length);
  const head = cells(lines[0]!);
  const codeAt = head.indexOf('Local Authority District code (2019)');
  const nameAt = head.indexOf('Local Authority District name (2019)');
  const decileAt = head.indexOf('Index of Multiple Deprivation (IMD) Decile');
  const out = new Map<string, District>();
  for (const line of lines.slice(1)) {
    const c = cells(line);
    const district = out.get(c[codeAt]!) ?? {
      code: c[codeAt]!,
      name: c[nameAt]!,
      counts: new Array<number>(10).fill(0),
    };
    district.counts[Number(c[decileAt]) - 1]!++;
    out.set(district.code, district);
  }
  return out;
}

const mount = (attributes: Record<string, string>, setup: (el: SendDeprivationChart) => void = () => {}, width = 900) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width,
    attributes: { heading: 'Neighbourhoods by deprivation decile', ...attributes },
    setup,
    until: 'settled',
  });

const drawn = (el: SendDeprivationChart) =>
  [...el.shadowRoot!.querySelectorAll('.context-group')].map((g) => Number(g.getAttribute('data-lsoas')));
const pct = (n: number, total: number) => `${Math.round((100 * n) / total)}%`;

describe('<send-deprivation-chart> context from the whole IoD2019 File 1 (32,844 LSOAs)', function () {
  this.timeout(60_000);
  const file = realFile(FILE);

  const fromSrc = (area: string) => mount({ src: `/__real/${FILE}`, preset: 'iod2019-lsoa', area });

  it('the file has 32,844 LSOAs in 300+ districts, and Wolverhampton 158 (33/45/17/15/11/9/13/11/3/1, as SOURCES.md says)', () => {
    const all = districts(file.text);
    expect([...all.values()].reduce((s, d) => s + d.counts.reduce((a, b) => a + b, 0), 0)).to.equal(32844);
    expect(all.size).to.be.above(300);
    expect(all.get('E08000031')!.counts).to.deep.equal([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);
  });

  it('draws Wolverhampton from src: the ten decile counts, the table and the summary all agree with the file', async () => {
    const expected = districts(file.text).get('E08000031')!.counts;
    const el = await fromSrc('E08000031');
    expect(el.state).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    const most = expected[0]! + expected[1]!;
    const least = expected[8]! + expected[9]!;
    expect(el.summary).to.contain(
      `Wolverhampton has 158 neighbourhoods (LSOAs). ${most} of them (${pct(most, 158)}) are among the 20% most deprived in England (deciles 1 and 2), and ${least} (${pct(least, 158)}) among the 20% least deprived`,
    );
    el.view = 'table';
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows.map((r) => Number(r[1]))).to.deep.equal(expected);
    expect(rows[0]![0]).to.equal('Decile 1 (most deprived)');
  });

  it('draws any district in the file by name: Bristol, City of; Rutland; Cornwall', async () => {
    const all = [...districts(file.text).values()];
    for (const name of ['Bristol, City of', 'Rutland', 'Cornwall']) {
      const district = all.find((d) => d.name === name)!;
      expect(district, name).to.exist;
      const el = await fromSrc(name);
      expect(drawn(el), name).to.deep.equal(district.counts);
      expect(el.summary, name).to.match(
        new RegExp(
          `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has ${district.counts.reduce((a, b) => a + b, 0).toLocaleString('en-GB')} neighbourhoods`,
        ),
      );
    }
  });

  it('without an area, the whole of England: a tenth of the 32,844 LSOAs in each decile', async () => {
    const el = await mount({ src: `/__real/${FILE}`, preset: 'iod2019-lsoa' });
    const counts = drawn(el);
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(32844);
    for (const n of counts) expect([3284, 3285]).to.include(n);
    expect(el.summary).to.match(/^The \d+ areas in the data have 32,844 neighbourhoods \(LSOAs\) together\./);
  });

  it('puts the file beside SEN rates with context-src, for the authority the SEN data names', async () => {
    const expected = districts(file.text).get('E08000031')!.counts;
    const el = await mount({ 'context-src': `/__real/${FILE}` }, (e) => (e.data = deprivationDemo));
    await waitUntil(() => drawn(el).length === 10, 'the context strip', { timeout: 20_000 });
    expect(drawn(el)).to.deep.equal(expected);
    expect(el.summary).to.contain(
      `Of the 158 neighbourhoods (LSOAs) in Wolverhampton, ${expected[0]! + expected[1]!} (`,
    );
  });

  it('an unknown authority draws nothing and names the closest ones in the file', async () => {
    const el = await fromSrc('Wolverhamptn');
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('.state.empty')!.textContent).to.contain('Wolverhampton (E08000031)');
  });

  it('a county draws nothing and says that the file lists its neighbourhoods under its districts', async () => {
    const el = await fromSrc('E10000034');
    expect(el.state).to.equal('empty');
    const message = el.shadowRoot!.querySelector('.state.empty')!.textContent!.replace(/\s+/g, ' ');
    expect(message).to.contain('No data to show for E10000034.');
    expect(message).to.contain("a county council's neighbourhoods are listed under its district councils");
    expect(message).not.to.contain('did you mean');
  });
});
