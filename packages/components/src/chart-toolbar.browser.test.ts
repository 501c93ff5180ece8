import { expect } from '@open-wc/testing';
import {
  DEMO_ACTIONS_AS_OF,
  demoActions,
  demoNeedsRows,
  demoOutcomesRows,
  deprivationDemo,
} from '@send-insight/data/demo';
import type { SendElement } from '@send-insight/core';
import { mountChart } from '../../core/src/test/mount.js';
import './index.js';

/**
 * Every chart's toolbar on a phone (a 320 px screen, and the 254 px card of the ICB example), in
 * the default, council and NHS themes: at most two lines (the chart's own controls, then the table
 * toggle and Download together), and the toggle's words on one line.
 */
const CHARTS: { tag: string; data: unknown; attributes: Record<string, string> }[] = [
  { tag: 'send-deprivation-chart', data: deprivationDemo, attributes: {} },
  { tag: 'send-need-breakdown', data: demoNeedsRows(), attributes: {} },
  { tag: 'send-outcomes-radar', data: demoOutcomesRows(), attributes: {} },
  { tag: 'send-priority-tracker', data: demoActions, attributes: { 'as-of': DEMO_ACTIONS_AS_OF } },
];

/** The toolbar's lines: its children's tops, to the pixel. */
const lines = (items: Element[]) => new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size;

describe('chart toolbars on a phone', () => {
  for (const { tag, data, attributes } of CHARTS) {
    it(`<${tag}>: two lines at most, the table toggle and Download side by side, at 288 and 254 px`, async () => {
      const problems: string[] = [];
      for (const theme of ['', 'council', 'nhs'])
        for (const width of [288, 254]) {
          const el = await mountChart<SendElement>(tag, {
            width,
            attributes: { heading: 'Chart', 'loading-delay': '0', ...attributes, ...(theme ? { theme } : {}) },
            setup: (e) => {
              e.data = data as SendElement['data'];
              // the examples' type: Arial, as the council and ICB pages set it
              e.style.setProperty('--send-font-family', 'Arial, Helvetica, sans-serif');
            },
          });
          const root = el.shadowRoot!;
          const bar = root.querySelector('.toolbar')!;
          const items = [...bar.children].filter((c) => c.getBoundingClientRect().height > 0);
          const toggle = root.querySelector<HTMLElement>('.toggle-table')!;
          const download = root.querySelector('.download summary')!;
          const where = `${theme || 'default'} ${width}px`;
          if (lines(items) > 2) problems.push(`${where}: the toolbar takes ${lines(items)} lines`);
          if (Math.round(toggle.getBoundingClientRect().top) !== Math.round(download.getBoundingClientRect().top))
            problems.push(`${where}: Download is on a line of its own`);
          const lineHeight = parseFloat(getComputedStyle(toggle).lineHeight);
          const textHeight =
            toggle.getBoundingClientRect().height - 2 * parseFloat(getComputedStyle(toggle).paddingTop);
          if (textHeight > lineHeight * 1.5) problems.push(`${where}: the table toggle's words wrap`);
          if (bar.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5)
            problems.push(`${where}: the toolbar runs past the chart`);
          el.parentElement!.remove();
        }
      expect(problems).to.deep.equal([]);
    });
  }

  it("keeps a wide table's caption inside the chart, wrapped, while the table scrolls sideways", async () => {
    const el = await mountChart<SendElement>('send-priority-tracker', {
      width: 288,
      attributes: { heading: 'Chart', 'loading-delay': '0', 'as-of': DEMO_ACTIONS_AS_OF, view: 'table' },
      setup: (e) => (e.data = demoActions as SendElement['data']),
    });
    const root = el.shadowRoot!;
    const table = root.querySelector('table')!.getBoundingClientRect();
    const caption = root.querySelector('caption')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(table.width, 'the table is wider than the chart').to.be.greaterThan(host.width);
    expect(caption.right, "the caption's right edge").to.be.at.most(host.right + 0.5);
    el.parentElement!.remove();
  });
});
