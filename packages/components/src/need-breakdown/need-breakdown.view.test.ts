import { describe, expect, it } from 'vitest';
import {
  buildNeedsModel,
  needsContract,
  summariseComposition,
  summariseNeeds,
  toRawData,
  validate,
} from '@send-insight/data';
import { demoNeedsRows } from '@send-insight/data/demo';
import { cellText } from '@send-insight/core/view';
import { needBreakdownView, needViewOptions } from './need-breakdown.view.js';
import type { CompositionLayout, SharesLayout } from './need-breakdown.layout.js';

const demo = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
const model = (csv: string) => buildNeedsModel(validate(toRawData(csv), needsContract));
const view = (attributes = {}, m = demo, width = 720) =>
  needBreakdownView(m, needViewOptions({ phase: 'primary', ...attributes }), {}, width);

/** ASD 7 is below the threshold; HI 47 is hidden with it (the next smallest), so neither can be worked out. */
const SMALL = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,1203
local,primary,all,ASD,7
local,primary,all,SEMH,311
local,primary,all,HI,47
local,primary,all,MLD,500
england,primary,all,SLCN,35400
england,primary,all,ASD,20000
england,primary,all,SEMH,20000
england,primary,all,HI,4600
england,primary,all,MLD,20000`);

describe('needViewOptions', () => {
  it('has the expected defaults: shares, sorted by share, every need, bars per phase', () => {
    expect(needViewOptions({})).toEqual({
      mode: 'shares',
      phase: undefined,
      provision: undefined,
      top: undefined,
      sort: 'share',
      by: 'phase',
      hidden: [],
    });
  });

  it('sorts the difference view by difference unless told otherwise', () => {
    expect(needViewOptions({ mode: 'difference' }).sort).toBe('difference');
    expect(needViewOptions({ mode: 'difference', sort: 'name' }).sort).toBe('name');
  });

  it('keeps six needs at most in the composition view, and any N from 1 elsewhere', () => {
    expect(needViewOptions({ mode: 'composition' }).top).toBe(6);
    expect(needViewOptions({ mode: 'composition', top: 12 }).top).toBe(6);
    expect(needViewOptions({ top: 12.7 }).top).toBe(12);
    expect(needViewOptions({ top: 0 }).top).toBeUndefined();
  });

  it('drops what it does not know: a mode, provision or sort the chart does not have', () => {
    expect(needViewOptions({ mode: 'pie', provision: 'other', sort: 'random' })).toMatchObject({
      mode: 'shares',
      provision: undefined,
      sort: 'share',
    });
  });
});

describe('needBreakdownView', () => {
  it('keys the table, the keyboard and the bars to the same needs in the same order', () => {
    const v = view();
    const layout = v.layout as SharesLayout;
    const drawn = layout.rows.map((r) => r.row.label);
    expect(v.table.rows.map((r) => cellText(r.need))).toEqual(drawn);
    expect(v.navigation).toHaveLength(1);
    expect(v.navigation[0]!.vertical).toBe(true);
    expect(v.navigation[0]!.points.map((p) => p.id)).toEqual(layout.rows.map((r) => r.key));
    expect(v.height).toBe(layout.height);
    expect(v.phase).toBe('primary');
    expect(v.state).toBeUndefined();
  });

  it('gives the table exactly the shares the bars are labelled with', () => {
    const v = view();
    const layout = v.layout as SharesLayout;
    const shown = layout.rows.filter((r) => r.row.local.share !== undefined);
    expect(shown.length).toBeGreaterThan(5);
    for (const r of shown)
      expect(cellText(v.table.rows.find((t) => cellText(t.need) === r.row.label)!.share)).toBe(r.values[0]!.text);
    const period = demo.period ? `, ${demo.period}` : '';
    expect(v.table.caption).toBe(`Primary type of need: Primary, All with SEN${period}`);
    expect(view({ heading: 'Needs in Wolverhampton' }).table.caption).toBe(
      `Needs in Wolverhampton: Primary, All with SEN${period}`,
    );
  });

  it('announces a need in words: its share and interval, England, the difference and the verdict', () => {
    const v = view();
    const row = (v.layout as SharesLayout).rows.find((r) => r.key === 'MLD')!.row;
    const mld = v.navigation[0]!.points.find((p) => p.id === 'MLD')!;
    const verdict = {
      higher: 'significantly higher than England',
      lower: 'significantly lower than England',
      similar: 'similar to England (no significant difference)',
    }[row.difference!.verdict];
    expect(mld.label).toMatch(
      /^Moderate learning difficulty \(MLD\): \d+\.\d% of pupils in this area \(95% interval \d+\.\d% to \d+\.\d%\); England \d+\.\d%; difference [+\u2212]?\d+\.\d pts, /,
    );
    expect(mld.label.endsWith(verdict)).toBe(true);
    expect(mld.datum).toMatchObject({
      need: 'MLD',
      phase: 'primary',
      provision: 'all',
      status: 'shown',
      verdict: row.difference!.verdict,
      share: row.local.share,
    });
  });

  it('summarises the group it draws, as the data package words it', () => {
    expect(view().summary).toBe(summariseNeeds(demo, { phase: 'primary' }));
    expect(view({ mode: 'composition' }).summary).toBe(summariseComposition(demo, { by: 'phase', phase: 'primary' }));
  });

  it('never shows a suppressed count in the table, the keyboard words or the selection it sends', () => {
    const v = view({}, SMALL);
    const channels = JSON.stringify([v.table, v.navigation, v.summary]);
    for (const hidden of ['ASD', 'HI']) {
      const row = v.table.rows.find((r) => cellText(r.need).includes(`(${hidden})`))!;
      expect(cellText(row.pupils)).toBe('suppressed');
      expect(cellText(row.share)).toBe('suppressed');
      const point = v.navigation[0]!.points.find((p) => p.id === hidden)!;
      expect(point.datum).not.toHaveProperty('pupils');
      expect(point.label).toContain('suppressed');
    }
    // a count stands alone: not as the decimal places of a share or a difference ("+20.7 pts")
    expect(channels).not.toMatch(/(?<![\d.])(7|47|54)(?![\d.])/);
    expect(v.table.notes!.at(-1)).toBe('Figures based on fewer than 10 people are suppressed to protect privacy.');
  });

  it('says when there is nothing to draw: a phase the data does not have, or every need suppressed', () => {
    expect(view({ phase: 'nursery' }).state).toBe('empty');
    expect(view({ phase: 'nursery' }).navigation).toEqual([]);
    const tiny = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,4
local,primary,all,ASD,3`);
    expect(view({}, tiny).state).toBe('suppressed');
  });

  it('composition: a keyboard series per bar, and the table leaves out the needs switched off in the legend', () => {
    const all = view({ mode: 'composition' });
    const layout = all.layout as CompositionLayout;
    expect(all.navigation.map((s) => s.label)).toEqual(['Primary', 'Secondary', 'Special schools']);
    expect(all.navigation[0]!.points.map((p) => p.id.split(':')[1])).toEqual(
      layout.bars[0]!.segments.map((s) => s.key),
    );
    const off = view({ mode: 'composition', hidden: ['SLCN'] });
    expect(all.table.rows.some((r) => cellText(r.need).includes('SLCN'))).toBe(true);
    expect(off.table.rows.some((r) => cellText(r.need).includes('SLCN'))).toBe(false);
    expect((off.layout as CompositionLayout).legend.find((e) => e.key === 'SLCN')!.hidden).toBe(true);
  });

  it('words everything with the strings it is given: chart text, shell text and the summary', () => {
    const strings = {
      strings: { needColType: 'Prif fath o angen', suppressedCell: 'wedi’i atal', needsSummaryMostCommon: 'CRYNODEB' },
    };
    const v = needBreakdownView(SMALL, needViewOptions({ phase: 'primary' }), strings, 720);
    expect(v.table.columns[0]!.label).toBe('Prif fath o angen');
    expect(v.table.rows.some((r) => cellText(r.pupils) === 'wedi’i atal')).toBe(true);
    expect(v.summary.startsWith('CRYNODEB')).toBe(true);
  });
});
