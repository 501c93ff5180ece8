import { aTimeout, expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DataLoader } from './data-loader.js';

const FIXTURES = '/packages/core/src/test/fixtures';

/** A bare host: the loader's status and what it read. */
class LoaderHost extends LitElement {
  static override properties = { data: { attribute: false }, src: {}, delay: { type: Number } };
  declare data?: unknown;
  declare src?: string;
  delay = 0;
  changes = 0;
  readonly loader = new DataLoader(this, {
    data: () => this.data,
    script: true,
    src: () => this.src,
    delay: () => this.delay,
    onChange: () => this.changes++,
  });
  /** One template per status, as a chart's shell renders its states. */
  override render() {
    const { status, value, error, slow } = this.loader;
    if (status === 'complete')
      return html`<p>${value!.raw.numRows} rows: ${String(value!.raw.values.get('category')?.[0])}</p>`;
    if (status === 'error') return html`<p>${error!.issues[0]!.code} ${error!.status ?? ''}</p>`;
    return html`<p>${status === 'pending' ? (slow ? 'slow' : 'waiting') : 'nothing'}</p>`;
  }
}
customElements.define('loader-host', LoaderHost);

/** A host that reads a published file through a preset, with the area as its option (as a chart's `area`). */
class PresetHost extends LitElement {
  static override properties = { src: {}, area: {}, preset: {} };
  declare src?: string;
  declare area?: string;
  preset = 'ees-ehc-plans-by-need';
  readonly loader = new DataLoader(this, {
    data: () => undefined,
    src: () => this.src,
    preset: () => ({ name: this.preset, options: { area: this.area } }),
  });
  /** The local area's name in the preset's output, or the error's code. */
  get shown(): string {
    const { status, value, error } = this.loader;
    if (status === 'error') return error!.issues[0]!.code;
    if (status !== 'complete') return status;
    const raw = value!.raw;
    const geography = raw.values.get('geography')!;
    const names = raw.values.get('area_name');
    for (let r = 0; r < raw.numRows; r++) if (geography[r] === 'local') return String(names?.[r] ?? '');
    return '';
  }
}
customElements.define('preset-host', PresetHost);

/** Requests the page made for an address (resource timing: each is a request on the wire, or from the cache). */
const requestsFor = (path: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(path)).length;
const PUBLISHED = '/examples/data/ehc-plans-by-need-2025.csv';

const text = (el: LoaderHost) => el.shadowRoot!.querySelector('p')!.textContent!.trim();
const settled = (el: LoaderHost) =>
  waitUntil(() => el.loader.status === 'complete' || el.loader.status === 'error', 'the load never settled', {
    timeout: 5000,
  });

describe('DataLoader', () => {
  it('has the expected defaults: nothing given is the initial status', async () => {
    const el = await fixture<LoaderHost>(fixtureHtml`<loader-host></loader-host>`);
    expect(el.loader.status).to.equal('initial');
    expect(text(el)).to.equal('nothing');
  });

  it('settles rows given as a property within the same update: the first render shows them', async () => {
    const el = document.createElement('loader-host') as LoaderHost;
    el.data = [{ category: 'A', count: 1 }];
    document.body.append(el);
    await el.updateComplete;
    expect(el.loader.status).to.equal('complete');
    expect(text(el)).to.equal('1 rows: A');
    expect(el.changes).to.equal(1);
    el.remove();
  });

  it('reads a child CSV script, and again when it changes', async () => {
    const el = await fixture<LoaderHost>(fixtureHtml`<loader-host><script type="text/csv">category,count
First,1</script></loader-host>`);
    expect(text(el)).to.equal('1 rows: First');
    el.querySelector('script')!.textContent = 'category,count\nSecond,2\nThird,3';
    await waitUntil(() => text(el) === '2 rows: Second', 'the changed script was not read', { timeout: 2000 });
  });

  it('fetches src: pending, slow after the delay, then complete', async () => {
    const src = `/__test/delay/1500${FIXTURES}/counts.csv`;
    const el = await fixture<LoaderHost>(fixtureHtml`<loader-host .delay=${50} src=${src}></loader-host>`);
    expect(el.loader.status).to.equal('pending');
    expect(text(el)).to.equal('waiting');
    await waitUntil(() => text(el) === 'slow', 'never slow', { timeout: 1400 });
    await settled(el);
    await el.updateComplete;
    expect(text(el)).to.equal('3 rows: Alpha');
    expect(el.loader.from).to.equal(src);
  });

  it('lets the latest src win over a slower, older one', async () => {
    const el = await fixture<LoaderHost>(
      fixtureHtml`<loader-host src="/__test/delay/600${FIXTURES}/late.csv"></loader-host>`,
    );
    el.src = `${FIXTURES}/counts.csv`;
    await settled(el);
    await aTimeout(800);
    expect(text(el)).to.equal('3 rows: Alpha');
  });

  it('gives the server status for an HTTP error and a code for a web page in place of data', async () => {
    const el = await fixture<LoaderHost>(fixtureHtml`<loader-host src="/__test/status/404"></loader-host>`);
    await settled(el);
    await el.updateComplete;
    expect(el.loader.error!.status).to.match(/^404/);
    expect(text(el)).to.match(/^http 404/);
    el.src = '/__test/html';
    await waitUntil(() => el.loader.error?.issues[0]?.code === 'html-not-data', 'no html-not-data error', {
      timeout: 5000,
    });
  });

  it('reads a file that is not UTF-8 as Windows-1252 (Excel\'s plain CSV), so "Café" stays "Café", even when the server calls it UTF-8', async () => {
    // "Café" with é as the one byte 0xE9, served as Excel saves it, with and without a UTF-8 label
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('category,count\nCaf'),
      0xe9,
      ...new TextEncoder().encode(',12\n'),
    ]);
    for (const type of ['text/csv', 'text/csv; charset=utf-8']) {
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      const el = await fixture<LoaderHost>(fixtureHtml`<loader-host src=${url}></loader-host>`);
      await settled(el);
      await el.updateComplete;
      expect(text(el), type).to.equal('1 rows: Café');
      URL.revokeObjectURL(url);
    }
  });

  it('decodes with the charset a server declares', async () => {
    const url = URL.createObjectURL(
      new Blob(
        [
          new Uint8Array([
            ...new TextEncoder().encode('category,count\nGr'),
            0xfc,
            ...new TextEncoder().encode('n,3\n'),
          ]),
        ],
        { type: 'text/csv; charset=ISO-8859-1' },
      ),
    );
    const el = await fixture<LoaderHost>(fixtureHtml`<loader-host src=${url}></loader-host>`);
    await settled(el);
    await el.updateComplete;
    expect(text(el)).to.equal('1 rows: Grün');
    URL.revokeObjectURL(url);
  });

  it('aborts a fetch when disconnected and fetches again when reconnected', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    const el = document.createElement('loader-host') as LoaderHost;
    el.src = `/__test/delay/300${FIXTURES}/counts.csv`;
    wrapper.append(el);
    await el.updateComplete;
    el.remove();
    await aTimeout(450);
    expect(el.loader.status).to.equal('pending');
    wrapper.append(el);
    await settled(el);
    expect(el.loader.status).to.equal('complete');
  });

  it('lets the data property win over a child script and src', async () => {
    const el =
      await fixture<LoaderHost>(fixtureHtml`<loader-host src="${FIXTURES}/counts.csv" .data=${[{ category: 'Property', count: 1 }]}><script type="text/csv">category,count
Script,1</script></loader-host>`);
    expect(text(el)).to.equal('1 rows: Property');
    el.data = undefined;
    await el.updateComplete;
    expect(text(el)).to.equal('1 rows: Script');
  });

  describe('with a preset', () => {
    before(() => performance.setResourceTimingBufferSize(10_000));

    it('applies another area to the file it already read: no second request', async () => {
      const src = `${PUBLISHED}?case=area`;
      const el = await fixture<PresetHost>(fixtureHtml`<preset-host area="E08000031" src=${src}></preset-host>`);
      await waitUntil(() => el.shown === 'Wolverhampton', `never showed Wolverhampton: ${el.shown}`, {
        timeout: 10_000,
      });
      const version = el.loader.version;
      el.area = 'Walsall';
      await el.updateComplete;
      await waitUntil(() => el.shown === 'Walsall', `never showed Walsall: ${el.shown}`, { timeout: 5000 });
      expect(el.loader.version).to.be.greaterThan(version);
      el.area = 'Bristol, City of';
      await waitUntil(() => el.shown === 'Bristol, City of', `never showed Bristol: ${el.shown}`, { timeout: 5000 });
      expect(el.loader.from).to.equal(src);
      expect(requestsFor(src), 'requests for the file').to.equal(1);
    });

    it('reports an area the file does not hold, then shows a known one again, all from the one request', async () => {
      const src = `${PUBLISHED}?case=unknown`;
      const el = await fixture<PresetHost>(fixtureHtml`<preset-host area="E08000031" src=${src}></preset-host>`);
      await waitUntil(() => el.shown === 'Wolverhampton', 'never loaded', { timeout: 10_000 });
      el.area = 'Atlantis';
      await waitUntil(() => el.shown === 'unknown-area', `no unknown-area error: ${el.shown}`, { timeout: 5000 });
      el.area = 'Rutland';
      await waitUntil(() => el.shown === 'Rutland', `never showed Rutland: ${el.shown}`, { timeout: 5000 });
      expect(requestsFor(src)).to.equal(1);
    });

    it('does not abort a fetch on its way when the area changes: the file arrives once and is read for the latest area', async () => {
      const path = `${PUBLISHED}?case=inflight`;
      const src = `/__test/delay/400${path}`;
      const el = await fixture<PresetHost>(fixtureHtml`<preset-host area="E08000031" src=${src}></preset-host>`);
      expect(el.loader.status).to.equal('pending');
      el.area = 'E08000030';
      await el.updateComplete;
      await waitUntil(() => el.loader.status === 'complete', 'never settled', { timeout: 10_000 });
      expect(el.shown).to.equal('Walsall');
      expect(requestsFor(src)).to.equal(1);
    });

    it('fetches again when the address changes', async () => {
      const first = `${PUBLISHED}?case=address-1`;
      const second = `${PUBLISHED}?case=address-2`;
      const el = await fixture<PresetHost>(fixtureHtml`<preset-host area="E08000031" src=${first}></preset-host>`);
      await waitUntil(() => el.shown === 'Wolverhampton', 'never loaded', { timeout: 10_000 });
      el.src = second;
      el.area = 'Rutland';
      await waitUntil(
        () => el.shown === 'Rutland' && el.loader.from === second,
        `never read the second file: ${el.shown}`,
        { timeout: 10_000 },
      );
      expect([requestsFor(first), requestsFor(second)]).to.deep.equal([1, 1]);
    });
  });
});
