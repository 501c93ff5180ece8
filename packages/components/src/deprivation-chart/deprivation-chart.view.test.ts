import { describe, expect, it } from 'vitest';
import {
  buildDeprivationModel,
  deprivationContract,
  deprivationNotes,
  summariseDeprivation,
  toRawData,
  validate,
  Wording,
  type DeprivationModel,
} from '@send-insight/data';
import { deprivationDemo, deprivationPeriodsDemo } from '@send-insight/data/demo';
import { cellText } from '@send-insight/core/view';
import { deprivationState, deprivationView, deprivationViewOptions } from './deprivation-chart.view.js';
import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';

const modelOf = (rows: readonly Record<string, unknown>[], options: { period?: string } = {}): DeprivationModel =>
  buildDeprivationModel(validate(toRawData(rows), deprivationContract), options);
const demo = modelOf(deprivationDemo);
const view = (attributes = {}, model = demo, width = 720) =>
  deprivationView(model, deprivationViewOptions(attributes), {}, width);

/** Rates per 100 from the demo rows, worked out here independently of the model. */
function demoRate(decile: number, column: 'sen_support' | 'ehc_plan'): string {
  const row = deprivationDemo.find((r) => r.geography === 'local' && r.imd_decile === decile)!;
  return ((100 * (row[column] as number)) / (row.pupils as number)).toFixed(1);
}

describe('deprivationViewOptions', () => {
  it('has the expected defaults: both measures, England, orientation by width, no intervals, a threshold of 10', () => {
    expect(deprivationViewOptions({})).toEqual({
      measure: 'both',
      comparator: true,
      orientation: 'auto',
      intervals: false,
      minCount: 10,
    });
  });

  it('drops what it does not know, and keeps what it does', () => {
    expect(deprivationViewOptions({ measure: 'pie', comparator: 'wales', orientation: 'diagonal' })).toMatchObject({
      measure: 'both',
      comparator: true,
      orientation: 'auto',
    });
    expect(
      deprivationViewOptions({
        measure: 'ehc_plan',
        comparator: 'none',
        orientation: 'horizontal',
        intervals: true,
        heading: 'H',
        period: '2022/23',
        minCount: 5,
      }),
    ).toEqual({
      measure: 'ehc_plan',
      comparator: false,
      orientation: 'horizontal',
      intervals: true,
      heading: 'H',
      period: '2022/23',
      minCount: 5,
    });
  });
});

describe('deprivationView', () => {
  it('keys the keyboard, the table and the bars to the same deciles: a series per panel, a row per decile', () => {
    const v = view();
    expect(v.height).toBe(v.layout.height);
    expect(v.state).toBeUndefined();
    expect(v.navigation.map((s) => s.label)).toEqual(['SEN support', 'EHC plans']);
    v.navigation.forEach((series, si) => {
      const panel = v.layout.panels[si]!;
      expect(series.points.map((p) => p.id)).toEqual(panel.marks.map((m) => `${panel.measure}|${m.decile}`));
      series.points.forEach((p, i) => expect([p.x, p.y]).toEqual([panel.marks[i]!.anchor.x, panel.marks[i]!.anchor.y]));
    });
    expect(v.table.rows.map((r) => cellText(r.decile!))).toEqual([
      'Decile 1 (most deprived)',
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((d) => `Decile ${d}`),
      'Decile 10 (least deprived)',
    ]);
    // the table's rates are the labels' rates (and the demo's own)
    v.layout.panels[0]!.marks.forEach((m, i) => {
      expect(cellText(v.table.rows[i]!.sen_support_rate!)).toBe(m.valueLabel!.text);
      expect(m.valueLabel!.text).toBe(demoRate(i + 1, 'sen_support'));
    });
  });

  it('says each decile in words with its interval, counts and England, and only the status of a hidden one', () => {
    const v = view();
    const first = v.navigation[0]!.points[0]!;
    expect(first.label).toMatch(
      /^Decile 1 \(most deprived\): SEN support 16\.5 per 100 pupils \(95% interval \d+\.\d to \d+\.\d; 1,829 of 11,078 pupils\); England 16\.5$/,
    );
    expect(first.datum).toMatchObject({
      kind: 'decile',
      measure: 'sen_support',
      decile: 1,
      status: 'shown',
      count: 1829,
      pupils: 11078,
    });
    expect((first.datum as { england: number }).england).toBeCloseTo(16.5, 3);
    const hidden = v.navigation[1]!.points[9]!;
    expect(hidden.label).toBe('Decile 10 (least deprived): EHC plans suppressed to protect small numbers');
    expect(hidden.datum).toEqual({ kind: 'decile', measure: 'ehc_plan', decile: 10, status: 'suppressed' });
    // without England, no England in the words or the datum
    const none = view({ comparator: 'none' });
    expect(none.navigation[0]!.points[0]!.label).not.toContain('England');
    expect(none.navigation[0]!.points[0]!.datum).not.toHaveProperty('england');
  });

  it("tables each measure's count, rate, interval and England, hides what is suppressed, and notes the trend", () => {
    const v = view({ heading: 'Deprivation', minCount: 10 });
    expect(v.table.caption).toBe('Deprivation (2022/23)');
    expect(v.table.columns.map((c) => c.key)).toEqual([
      'decile',
      'pupils',
      'sen_support_count',
      'sen_support_rate',
      'sen_support_ci',
      'sen_support_england',
      'ehc_plan_count',
      'ehc_plan_rate',
      'ehc_plan_ci',
      'ehc_plan_england',
    ]);
    const d10 = v.table.rows[9]!;
    expect(['ehc_plan_count', 'ehc_plan_rate', 'ehc_plan_ci'].map((k) => cellText(d10[k]!))).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
    expect(cellText(d10.ehc_plan_england!)).toBe('3.6');
    expect(v.table.notes![0]).toBe('Figures based on fewer than 10 people are suppressed to protect privacy.');
    // then the data layer's notes, the same findings as the summary (rate ratio, test for trend) …
    const line = (n: string) => n.includes('straight line');
    const data = deprivationNotes(demo, {
      measures: ['sen_support', 'ehc_plan'],
      text: new Wording(DEPRIVATION_CHART_TEXT),
    });
    expect(v.table.notes!.slice(1).filter((n) => !line(n))).toEqual(data.filter((n) => !line(n)));
    expect(v.table.notes!.filter(line)).toHaveLength(data.filter(line).length);
    expect(v.table.notes![1]).toMatch(
      /^SEN support: the rate in the most deprived tenth is 2\.0 times that in the least/,
    );
    // … with the line described as not drawn (the chart draws none)
    expect(v.table.notes!.find((n) => n.includes('straight line'))).toMatch(
      /^SEN support: the pupil-weighted straight line through the deciles shown \(not drawn\) gives 1\.\d more per 100/,
    );
    // one measure, no England: its columns only
    expect(view({ measure: 'ehc_plan', comparator: 'none' }).table.columns.map((c) => c.key)).toEqual([
      'decile',
      'pupils',
      'ehc_plan_count',
      'ehc_plan_rate',
      'ehc_plan_ci',
    ]);
  });

  it('takes its summary from the data layer, for the measures and comparator shown', () => {
    expect(view().summary).toBe(summariseDeprivation(demo, { measure: 'both', comparator: 'england' }));
    expect(view({ measure: 'ehc_plan', comparator: 'none' }).summary).toBe(
      summariseDeprivation(demo, { measure: 'ehc_plan', comparator: 'none' }),
    );
    expect(view().summary).toMatch(
      /^SEN support: 16\.5 per 100 pupils in the most deprived tenth against 8\.4 in the least/,
    );
  });

  it('words the panels, the keyboard, the table and the summary in the strings and locale given', () => {
    const v = deprivationView(
      demo,
      deprivationViewOptions({}),
      {
        locale: 'cy',
        strings: {
          'deprivationMeasure.sen_support': 'Cymorth AAA',
          deprivationPanelTitle: '{measure} fesul 100',
          suppressedCell: 'wedi’i atal',
          deprivationColDecile: 'Degradd',
        },
      },
      720,
    );
    expect(v.layout.panels[0]!.title.map((t) => t.text).join(' ')).toBe('Cymorth AAA fesul 100');
    expect(v.navigation[0]!.label).toBe('Cymorth AAA');
    expect(v.table.columns[0]!.label).toBe('Degradd');
    expect(cellText(v.table.rows[9]!.ehc_plan_rate!)).toBe('wedi’i atal');
    expect(v.summary).toMatch(/^Cymorth AAA:/);
  });

  it('is empty for a period the data does not have, and suppressed when every decile shown is hidden', () => {
    const periods = modelOf(deprivationPeriodsDemo);
    expect(deprivationView(periods, deprivationViewOptions({ period: '1999/00' }), {}, 720).state).toBe('empty');
    expect(deprivationState(periods, deprivationViewOptions({ period: '2021/22' }))).toBeUndefined();
    const tiny = modelOf(
      Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils: 5, sen_support: 1, ehc_plan: 0 })),
    );
    expect(view({}, tiny).state).toBe('suppressed');
    expect(view({}, modelOf([{ imd_decile: 1, pupils: 0, sen_support: 0, ehc_plan: 0 }])).state).toBe('empty');
  });

  it('draws the intervals when asked, as a view option (the same model)', () => {
    const plain = view();
    const withIntervals = view({ intervals: true });
    expect(plain.layout.panels[0]!.marks.some((m) => m.whisker)).toBe(false);
    expect(withIntervals.layout.panels[0]!.marks.every((m) => m.whisker)).toBe(true);
    expect(withIntervals.table).toEqual(plain.table);
  });
});
