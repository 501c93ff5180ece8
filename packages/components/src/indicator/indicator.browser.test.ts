import { expect } from '@open-wc/testing';
import type { SendSelectEvent } from '@send-insight/core';
import { applyPreset, fromCsvText, isMissing, type RawData } from '@send-insight/data';
import {
  demoLocalTimelinessRows,
  demoReviewBacklogRows,
  REAL_EHC_CASELOAD_CSV,
  REAL_SEN2_MI_CSV,
} from '@send-insight/data/demo';
import { everyChannel, runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { pressKeys } from '../../../core/src/test/keyboard.js';
import { labelProblems } from '../../../core/src/test/label-check.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { atZoom400, reflowProblems } from '../../../core/src/test/reflow-check.js';
import { pseudoStrings, shadowText, untranslated } from '../../../core/src/test/wording-check.js';
import './define.js';
import type { SendIndicator } from './indicator.js';
import { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
import type { IndicatorDatum } from './indicator.view.js';

/** Rows of a preset's output as plain objects (symbols as published), as a partner would give them. */
function rowsOf(raw: RawData): Record<string, string | number>[] {
  return Array.from({ length: raw.numRows }, (_, r) =>
    Object.fromEntries(
      raw.columns.map((c) => {
        const v = raw.values.get(c)![r];
        return [c, isMissing(v) ? v.symbol : ((v as string | number | undefined) ?? '')];
      }),
    ),
  );
}

/** The 20-week rate for every authority in 2022 and Wolverhampton, the West Midlands and England in 2014–2022 (committed extract). */
const sen2Rows = () =>
  rowsOf(
    applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), { everyArea: true, indicator: 'no_exc_20week_rate' })
      .data,
  );

const mount = (data: unknown, attributes: Record<string, string> = {}, width = 720) =>
  mountChart<SendIndicator>('send-indicator', {
    width,
    attributes: { heading: 'New EHC plans issued within 20 weeks', area: 'E08000031', ...attributes },
    setup: (el) => (el.data = data as SendIndicator['data']),
  });

const text = (el: SendIndicator) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function tableRows(el: SendIndicator): Promise<string[][]> {
  const before = el.view;
  el.view = 'table';
  await el.updateComplete;
  const rows = [...el.shadowRoot!.querySelectorAll('tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
  el.view = before;
  await el.updateComplete;
  return rows;
}

/** A small area with a percentage of 9 of 14 (2015) and 26 of 32 (2016): both give away a small count. */
const SMALL = [
  {
    area_code: 'E08000031',
    area_name: 'Wolverhampton',
    time_period: '2015',
    indicator: 'rate',
    unit: 'percent',
    value: 64.3,
    numerator: 9,
    denominator: 14,
    better: 'higher',
  },
  {
    area_code: 'E08000031',
    area_name: 'Wolverhampton',
    time_period: '2016',
    indicator: 'rate',
    unit: 'percent',
    value: 81.3,
    numerator: 26,
    denominator: 32,
    better: 'higher',
  },
  {
    area_code: 'E08000031',
    area_name: 'Wolverhampton',
    time_period: '2017',
    indicator: 'rate',
    unit: 'percent',
    value: 52.3,
    numerator: 56,
    denominator: 107,
    better: 'higher',
  },
  {
    area_code: 'E92000001',
    area_name: 'England',
    time_period: '2017',
    indicator: 'rate',
    unit: 'percent',
    value: 64.9,
    numerator: 23805,
    denominator: 36702,
    better: 'higher',
  },
];

describe('<send-indicator>', () => {
  runChartBaseTests('send-indicator', {
    valid: sen2Rows,
    attributes: { area: 'E08000031' },
    bad: {
      csv: 'area_code,time_period,indicator,unit,value\nE08000031,2024/25,ehc_plans,count,3148\nE08000031,2023/24,ehc_plans,count,12.5\n',
      row: 3,
      column: 'value',
    },
    hostile: (t) => [
      {
        area_code: 'E08000031',
        area_name: t,
        time_period: '2021',
        indicator: 'x',
        label: t,
        unit: 'percent',
        value: 38.1,
        numerator: 121,
        denominator: 318,
      },
      {
        area_code: 'E08000031',
        area_name: t,
        time_period: '2022',
        indicator: 'x',
        label: t,
        unit: 'percent',
        value: 25.7,
        numerator: 90,
        denominator: 350,
      },
      {
        area_code: 'E92000001',
        area_name: `${t} 2`,
        time_period: '2022',
        indicator: 'x',
        label: t,
        unit: 'percent',
        value: 49.2,
      },
    ],
    small: { data: () => SMALL, forbidden: [/64\.3/, /81\.3/, /64%/, /81%/, /\b9 of 14\b/, /\b26 of 32\b/] },
  });

  it('acceptance: the tile gives 25.7% in 2022, worsened since 38.1% by a test, England 49.2%, the West Midlands 50.1%, 111th of 131 and 11th of 12', async () => {
    const el = await mount(sen2Rows());
    const root = el.shadowRoot!;
    expect(root.querySelector('.tile-value')!.textContent).to.equal('25.7%');
    expect(root.querySelector('.tile-sub')!.textContent).to.equal('2022 · 90 of 350');
    expect(root.querySelector('.tag.worsened')!.textContent).to.equal('Worsened');
    expect(getComputedStyle(root.querySelector('.tag.worsened')!).color).to.equal('rgb(212, 53, 28)');
    const lines = [...root.querySelectorAll('.tile-lines li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal([
      'Worsened Since 2021 (38.1%): down 12.4 points, a significant change (5% level).',
      'England: 49.2%; Wolverhampton is 23.5 points lower, a significant difference (5% level).',
      'West Midlands: 50.1%; Wolverhampton is 24.4 points lower, a significant difference (5% level).',
      'Ranks 111th of 131 authorities with a value shown for 2022 (1st is the highest) and 11th of 12 West Midlands authorities shown.',
      'Dotted line: a period with no figure shown (the table says why).',
    ]);
    // the key's dotted line is drawn as the sparkline's gaps are, and hidden from screen readers
    const key = root.querySelector('.tile-lines .gaps svg.gap-key')!;
    expect(key.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(key.querySelector('line')!).strokeDasharray).to.equal(
      getComputedStyle(root.querySelector('.spark line.gap')!).strokeDasharray,
    );
    // 2014 is a gap (z, not applicable), never 0: the sparkline has no mark there and the keyboard says why
    const heard = await pressKeys(el, ['Home']);
    expect(heard[0]).to.contain('Wolverhampton, 2014: not applicable (z)');
    expect(root.querySelectorAll('.spark .gap')).to.have.length(3);
  });

  it("acceptance: the trend draws every series with the area's interval band and labels line ends; the keyboard reaches every point", async () => {
    const el = await mount(sen2Rows(), { view: 'trend' }, 960);
    const root = el.shadowRoot!;
    // drawn last to first, so the area's line and points lie over the others'
    expect([...root.querySelectorAll('svg.trend .series')].map((g) => g.getAttribute('data-series'))).to.deep.equal([
      'West Midlands',
      'England',
      'Wolverhampton',
    ]);
    expect(root.querySelectorAll('svg.trend .s0 .band').length).to.be.greaterThan(0);
    // the lines take the theme's colours: the area the first series colour, England dashed dark grey
    expect(getComputedStyle(root.querySelector('svg.trend .area .line')!).stroke).to.equal('rgb(18, 67, 109)');
    expect(getComputedStyle(root.querySelector('svg.trend .england .line')!).strokeDasharray).to.equal('6px, 3px');
    expect([...root.querySelectorAll('.end-label')].map((t) => t.textContent)).to.deep.equal([
      'West Midlands 50.1%',
      'England 49.2%',
      'Wolverhampton 25.7%',
    ]);
    expect(text(el)).to.contain(
      'Gaps in Wolverhampton: 2014 not applicable (z); 2015 not shown to protect small numbers and 2016 not shown to protect small numbers.',
    );
    // the comparators' lines break off where they are hidden to protect Wolverhampton's small counts: the note says so
    for (const name of ['England', 'West Midlands'])
      expect(text(el)).to.contain(
        `Gaps in ${name}: 2015 not shown to protect small numbers and 2016 not shown to protect small numbers.`,
      );
    const heard = await pressKeys(el, ['End', 'ArrowDown', 'End']);
    expect(heard[0]).to.equal('Wolverhampton, 2022: 25.7% (90 of 350; 95% interval 21.4% to 30.5%) (9 of 9)');
    expect(heard[2]).to.match(/^England, 2022: 49\.2%/);
    const chosen = new Promise<SendSelectEvent>((resolve) =>
      el.addEventListener('send-select', (e) => resolve(e as SendSelectEvent), { once: true }),
    );
    await pressKeys(el, ['Enter']);
    expect(((await chosen).detail.datum as IndicatorDatum).value).to.equal(49.166);
  });

  it('acceptance: the comparison draws the 14 West Midlands authorities best first with Wolverhampton highlighted, and every one of 152 with the switch', async () => {
    const el = await mount(sen2Rows(), { view: 'compare' }, 960);
    const root = el.shadowRoot!;
    const codes = [...root.querySelectorAll('svg.compare .row')].map((g) => g.getAttribute('data-code'));
    expect(codes).to.have.length(14);
    expect(codes.indexOf('E08000031')).to.equal(10); // Solihull's figure is hidden, and Herefordshire's to protect it: both listed last
    expect(root.querySelector('.row.area')!.getAttribute('data-code')).to.equal('E08000031');
    expect(root.querySelector('.england-label')!.textContent).to.equal('England 49.2%');
    const all = [...root.querySelectorAll<HTMLButtonElement>('.switch button')].find(
      (b) => b.textContent!.trim() === 'All authorities',
    )!;
    all.click();
    await el.updateComplete;
    expect(root.querySelectorAll('svg.compare .row')).to.have.length(152);
    const heard = await pressKeys(el, ['Home', 'End']);
    expect(heard[0]).to.match(/^[A-Z][^:]*: 100\.0% \(1 of 152\)$/);
    expect(heard[1]).to.match(
      /: (not available|not shown to protect small numbers|fewer than 10 in the total, not shown) \(152 of 152\)$/,
    );
    const rows = await tableRows(el);
    expect(rows.find((r) => r[0] === 'Wolverhampton')).to.deep.equal(['Wolverhampton', '25.7%']);
  });

  it('acceptance: EHC plans (caseload preset) 3,148 against 2,847, England +10.8%; indexed to 2018/19 both end near 180', async () => {
    const el = await mount(REAL_EHC_CASELOAD_CSV, { preset: 'ees-ehc-caseload', heading: 'EHC plans' });
    expect(el.shadowRoot!.querySelector('.tile-value')!.textContent).to.equal('3,148');
    expect(text(el)).to.contain('Since 2023/24 (2,847): up 301 (+10.6%).');
    expect(text(el)).to.contain('England: 576,474 to 638,745 (+10.8%).');
    el.view = 'trend';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.axis-title')!.textContent).to.equal('Index (2018/19 = 100)');
    const ends = [...el.shadowRoot!.querySelectorAll('.end-label')].map((t) => t.textContent);
    expect(ends).to.include.members(['Wolverhampton 180', 'England 180']);
    el.area = 'Worcestershire';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.summary).to.contain('Worcestershire 3,502 to 6,970 (+99.0%)');
  });

  it("shows the area's point where England's meets it (caseload index, both near 180 at 2024/25), at 320 and 720 px", async () => {
    for (const width of [320, 720]) {
      const el = await mount(
        REAL_EHC_CASELOAD_CSV,
        { preset: 'ees-ehc-caseload', heading: 'EHC plans', view: 'trend' },
        width,
      );
      const root = el.shadowRoot!;
      root.querySelector('svg.trend')!.scrollIntoView({ block: 'center' });
      const last = (role: string) =>
        [...root.querySelectorAll(`g.series.${role} > path.marker[class*=' s']`)].at(-1)!.getBoundingClientRect();
      const [area, england] = [last('area'), last('england')];
      const [x, y] = [area.left + area.width / 2, area.top + area.height / 2];
      expect(
        Math.hypot(x - england.left - england.width / 2, y - england.top - england.height / 2),
        `${width} px`,
      ).to.be.below(4);
      // England's point is a ring: the area's dot shows through it (England's filled dot covered it)
      const top = root.elementFromPoint(x, y);
      expect(
        top?.closest('g.series')?.classList.contains('area'),
        `${width} px: the area's dot on top at its centre`,
      ).to.equal(true);
      expect(
        root.elementFromPoint(x, england.top)?.closest('g.series')?.classList.contains('england'),
        `${width} px: England's ring`,
      ).to.equal(true);
    }
  });

  it('shows nothing for an area the data does not hold, says why, and draws again when given one it holds', async () => {
    const el = await mountChart<SendIndicator>('send-indicator', {
      attributes: { heading: 'Within 20 weeks', area: 'Wolverhamton' },
      setup: (e) => (e.data = sen2Rows()),
    });
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain(
      'the data has no area "Wolverhamton"; did you mean "Wolverhampton"?'.replace(/^t/, 'T'),
    );
    el.area = 'E08000031';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.summary).to.contain('25.7%');
  });

  it('labels local data, and a target by which way is better (the backlog of 200 annual reviews, target 0)', async () => {
    const local = await mount(demoLocalTimelinessRows(), { 'local-data': '' });
    expect(local.shadowRoot!.querySelector('.badge')!.textContent).to.equal('Local data');
    expect(local.summary).to.contain('Local data, not published statistics.');
    expect(local.summary).to.not.match(/significant/);
    const backlog = await mount(demoReviewBacklogRows(), { 'local-data': '' });
    expect(backlog.shadowRoot!.querySelector('.tile-value')!.textContent).to.equal('200');
    expect(text(backlog)).to.contain('Target 0: not met.');
    await expect(backlog).to.be.accessible();
  });

  it('fits the bold tile label and the "Local data" badge in a wide system font: the label wraps inside the tile, the word inside its box', async () => {
    // the Storybook and council pages' font (DejaVu Sans here), wider than the test page's default serif
    document.body.style.fontFamily = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
    try {
      for (const width of [288, 320, 720]) {
        for (const rows of [demoLocalTimelinessRows(), demoReviewBacklogRows()]) {
          const el = await mount(rows, { 'local-data': '' }, width);
          expect(
            labelProblems(el, [{ group: 'g.badge', mark: 'rect', axis: 'column', slack: -2 }]),
            `${width} px`,
          ).to.deep.equal([]);
          // as much room on the right of the word as on the left (10 px more on the right before)
          const box = el.shadowRoot!.querySelector('g.badge rect')!.getBoundingClientRect();
          const word = el.shadowRoot!.querySelector('g.badge text')!.getBoundingClientRect();
          expect(Math.abs(word.left - box.left - (box.right - word.right)), `${width} px`).to.be.below(1);
        }
      }
    } finally {
      document.body.style.removeProperty('font-family');
    }
  });

  it('never shows a hidden count in the trend, the comparison or their tables', async () => {
    const el = await mount(SMALL, {});
    for (const view of ['trend', 'compare'] as const) {
      el.view = view;
      await el.updateComplete;
      const all = await everyChannel(el);
      expect(all).to.not.match(/64\.3|81\.3|9 of 14|26 of 32/);
    }
  });

  it('passes axe in every view, with the switches pressed as shown', async () => {
    const el = await mount(sen2Rows());
    for (const view of ['trend', 'compare'] as const) {
      el.view = view;
      await el.updateComplete;
      const pressed = [...el.shadowRoot!.querySelectorAll('.switch button[aria-pressed="true"]')].map((b) =>
        b.textContent!.trim(),
      );
      expect(pressed[0]).to.equal(view === 'trend' ? 'Over time' : 'Compare');
      await expect(el).to.be.accessible();
    }
    el.view = 'table';
    await el.updateComplete;
    el.view = 'chart';
    await el.updateComplete;
    expect(el.view).to.equal('compare');
  });

  it('reflows at 400% zoom in every view', async () => {
    for (const view of ['tile', 'trend', 'compare']) {
      await atZoom400('send-indicator', sen2Rows(), { area: 'E08000031', view }, async (el) => {
        expect(reflowProblems(el), view).to.deep.equal([]);
      });
    }
  });

  it('takes every word from strings (a pseudo-translation leaves no English)', async () => {
    const el = await mount(sen2Rows(), { heading: 'Heading' });
    el.strings = pseudoStrings(SEND_INDICATOR_FORMS_TEXT);
    await el.updateComplete;
    const texts: string[] = [];
    for (const view of ['tile', 'trend', 'compare', 'table'] as const) {
      el.view = view;
      await el.updateComplete;
      if (view !== 'table') texts.push(...(await pressKeys(el, ['ArrowRight'])));
      texts.push(...shadowText(el), el.summary);
    }
    // the data's own words: names, the measure's label (wrapped lines are joined without a space), the symbol z
    const label = 'New EHC plans issued within 20 weeks, excluding exceptions'.split(' ');
    const data = [
      'Wolverhampton',
      'England',
      'West',
      'Midlands',
      'Heading',
      'z',
      ...label,
      ...sen2Rows().map((r) => String(r.area_name)),
      ...'2014 2015 2016 2017 2018 2019 2020 2021 2022'.split(' '),
    ];
    expect(untranslated(texts, data)).to.deep.equal([]);
  });
});
