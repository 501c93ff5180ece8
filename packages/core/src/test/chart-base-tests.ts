import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SendElement } from '../base-element.js';
import type { SendDataErrorEvent, SendSelectEvent } from '../events.js';
import { setViewport } from '@web/test-runner-commands';
import { HOSTILE_STRINGS } from './hostile.js';
import { key } from './keyboard.js';
import { reflowProblems } from './reflow-check.js';

/** What a chart's shared tests need: data it draws, data it must reject, and so on. */
export interface ChartTestFixture {
  /** Valid data for the `data` property. */
  valid: () => unknown;
  /** Extra attributes for the element (e.g. {phase: 'primary'}). */
  attributes?: Record<string, string>;
  /** CSV text with one bad cell, and where the error must point. */
  bad: { csv: string; row: number; column: string };
  /** Builds valid rows in which every text field holds the given hostile string. */
  hostile: (text: string) => unknown;
  /** Data containing small counts, and patterns that must not appear anywhere (text, aria, table, CSV, SVG). */
  small?: { data: () => unknown; forbidden: RegExp[] };
}

/** Everything a screen reader, a sighted user or an export could get from the element, as one string. */
export async function everyChannel(el: SendElement): Promise<string> {
  const root = el.shadowRoot!;
  const parts: string[] = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const attr of Array.from(node.attributes)) {
      if (/^(aria-|title|alt|data-label)/.test(attr.name)) parts.push(attr.value);
    }
  }
  await el.tableReady();
  parts.push(el.summary, el.toCsv(), await el.toSvg());
  const before = el.view;
  el.view = 'table';
  await el.updateComplete;
  parts.push(root.querySelector('table')?.textContent ?? '');
  el.view = before;
  await el.updateComplete;
  return parts.join('\n');
}

async function make(tag: string, attributes: Record<string, string> = {}): Promise<SendElement> {
  const el = document.createElement(tag) as SendElement;
  el.setAttribute('heading', 'Test heading');
  el.setAttribute('source', 'Illustrative data');
  el.setAttribute('loading-delay', '0');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.style.width = '720px';
  return el;
}

/**
 * The tests every send-insight chart must pass: axe in each state, keyboard, the bad-data error,
 * escaping of hostile text, no small count in any channel, events and exports.
 * Call inside a `describe` in the chart's `*.browser.test.ts`.
 */
export function runChartBaseTests(tag: string, f: ChartTestFixture): void {
  const mount = async (data: unknown, attributes = f.attributes) => {
    const el = await make(tag, attributes);
    el.data = data as SendElement['data'];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const rendered = oneEvent(el, 'send-render');
    wrapper.append(el);
    await rendered;
    await el.updateComplete;
    return el;
  };

  it('renders the data and passes axe', async () => {
    const el = await mount(f.valid());
    expect(el.state).to.equal('ready');
    expect(el.summary.length).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('offers a data table that passes axe', async () => {
    const el = await mount(f.valid());
    el.view = 'table';
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table).to.exist;
    expect(table.querySelector('caption')!.textContent!.trim().length).to.be.greaterThan(0);
    expect(table.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(1);
    expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('names itself in its own words, not its tag name, when it has no heading', async () => {
    const el = await mount(f.valid());
    el.removeAttribute('heading');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="heading"]')).to.equal(null);
    const name = root.querySelector('figure')!.getAttribute('aria-label') ?? '';
    expect(name.length).to.be.greaterThan(3);
    expect(name).to.not.equal('Chart');
    const plotLabel = root.querySelector('[part~="plot"]')!.getAttribute('aria-label') ?? '';
    expect(plotLabel.startsWith(name)).to.equal(true);
    for (const text of [name, plotLabel]) expect(text).to.not.include(tag);
    await expect(el).to.be.accessible();
    el.setAttribute('heading', 'Given heading');
    await el.updateComplete;
    expect(root.querySelector('figure')!.hasAttribute('aria-label')).to.equal(false);
    expect(root.querySelector('[part~="plot"]')!.getAttribute('aria-label')!.startsWith('Given heading')).to.equal(
      true,
    );
  });

  it('moves between points with the keyboard and announces them', async () => {
    const el = await mount(f.valid());
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    plot.focus();
    plot.dispatchEvent(key('ArrowRight'));
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const first = live.textContent!.trim();
    expect(first.length).to.be.greaterThan(3);
    plot.dispatchEvent(key('End'));
    await el.updateComplete;
    expect(live.textContent!.trim()).to.not.equal('');
    const selected = oneEvent(el, 'send-select');
    plot.dispatchEvent(key('Enter'));
    const event = (await selected) as SendSelectEvent;
    expect(event.detail.label.length).to.be.greaterThan(0);
    plot.dispatchEvent(key('Escape'));
    await el.updateComplete;
    // Escape leaves: no tooltip shown (it is kept, hidden and empty, for the next point; an element
    // is never what an assertion compares, as web-test-runner cannot send one back when it fails)
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
    expect(tip?.hidden ?? true, 'tooltip hidden').to.equal(true);
    expect(tip?.textContent ?? '', 'tooltip words').to.equal('');
  });

  it('shows a specific error for bad data and fires send-data-error', async () => {
    const el = await make(tag, f.attributes);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errored = oneEvent(el, 'send-data-error');
    el.data = f.bad.csv;
    wrapper.append(el);
    const event = (await errored) as SendDataErrorEvent;
    await el.updateComplete;
    expect(
      event.detail.some((i) => i.row === f.bad.row && i.column === f.bad.column),
      JSON.stringify(event.detail),
    ).to.equal(true);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(`row ${f.bad.row}`);
    expect(alert.textContent).to.contain(f.bad.column);
    expect(el.shadowRoot!.querySelector('[part~="plot"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows hostile text literally and runs none of it', async () => {
    const w = window as unknown as { __xss?: number };
    w.__xss = 0;
    for (const text of HOSTILE_STRINGS.slice(0, 12)) {
      const el = await mount(f.hostile(text), { ...f.attributes, heading: text, source: text });
      const root = el.shadowRoot!;
      expect(root.querySelector('script, img, iframe, object, embed, foreignObject, a[href^="javascript"]')).to.equal(
        null,
      );
      expect(root.querySelector('[onerror], [onload], [onclick]')).to.equal(null);
      expect(root.textContent).to.contain(text.trim().slice(0, 20));
      el.remove();
    }
    await aTimeout(50);
    expect(w.__xss).to.equal(0);
  });

  if (f.small) {
    const small = f.small;
    it('never shows a small count in any channel', async () => {
      const el = await mount(small.data());
      const all = await everyChannel(el);
      for (const pattern of small.forbidden) expect(pattern.test(all), `found ${pattern} in output`).to.equal(false);
    });
  }

  it('exports a valid SVG and a CSV of the table', async () => {
    const el = await mount(f.valid());
    const svgText = await el.toSvg();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    await el.tableReady();
    const csv = el.toCsv();
    expect(csv.split('\r\n').filter(Boolean).length).to.be.greaterThan(1);
    const png = await el.toPng(1);
    expect(png?.type).to.equal('image/png');
    expect(png!.size).to.be.greaterThan(200);
  });

  it('lays out at 320 px without overflowing', async () => {
    const el = await mount(f.valid());
    el.style.width = '320px';
    (el.parentElement as HTMLElement).style.width = '320px';
    await aTimeout(100);
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(322);
    await expect(el).to.be.accessible();
  });

  it('reflows at 400% zoom (320 × 256 CSS px): no sideways scrolling, no clipped or overlapping text, every control in reach', async () => {
    await setViewport({ width: 320, height: 256 });
    try {
      const el = await make(tag, f.attributes);
      el.style.width = '';
      el.data = f.valid() as SendElement['data'];
      const rendered = oneEvent(el, 'send-render');
      document.body.append(el);
      try {
        await rendered;
        await aTimeout(100);
        await el.updateComplete;
        expect(reflowProblems(el)).to.deep.equal([]);
        // the data table may scroll inside its own region (WCAG exempts data tables), never the page
        el.view = 'table';
        await el.updateComplete;
        expect(reflowProblems(el, { scrollable: '.table-scroll' })).to.deep.equal([]);
      } finally {
        el.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
}
