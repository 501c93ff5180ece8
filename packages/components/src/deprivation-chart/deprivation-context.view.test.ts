import { describe, expect, it } from 'vitest';
import {
  buildDeprivationModel,
  deprivationContract,
  deprivationContextSentence,
  readDeprivationContext,
  summariseDeprivationContext,
  toRawData,
  validate,
} from '@send-insight/data';
import { deprivationDemo, REAL_IOD_WOLVERHAMPTON_CSV } from '@send-insight/data/demo';
import { cellText } from '@send-insight/core/view';
import { deprivationView, deprivationViewOptions } from './deprivation-chart.view.js';
import { deprivationContextView, pupilsMostDeprived, withContextStrip } from './deprivation-context.view.js';

const { context } = readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV, { area: 'E08000031' });
const rates = buildDeprivationModel(validate(toRawData(deprivationDemo), deprivationContract));

describe('deprivationContextView', () => {
  it('keys the keyboard and the table to the ten deciles, in words and figures', () => {
    const v = deprivationContextView(context, { name: 'Wolverhampton', orientation: 'auto' }, {}, 720);
    expect(v.layout.kind).toBe('context');
    expect(v.height).toBe(v.layout.height);
    expect(v.navigation).toHaveLength(1);
    const points = v.navigation[0]!.points;
    expect(points.map((p) => p.id)).toEqual(Array.from({ length: 10 }, (_, i) => `context|${i + 1}`));
    expect(points[0]!.label).toBe(
      'Decile 1 (most deprived): 33 of the 158 neighbourhoods (LSOAs) in Wolverhampton, 20.9% (England: 10% in each decile)',
    );
    expect(points[1]!.datum).toEqual({ kind: 'context', decile: 2, lsoas: 45, share: 45 / 158, evenShare: 0.1 });
    points.forEach((p, i) => expect([p.x, p.y]).toEqual([v.layout.bars[i]!.anchor.x, v.layout.bars[i]!.anchor.y]));
    expect(v.table.caption).toBe('Neighbourhoods (LSOAs) in Wolverhampton by national IMD decile');
    expect(v.table.rows.map((r) => cellText(r.lsoas!))).toEqual([
      '33',
      '45',
      '17',
      '15',
      '11',
      '9',
      '13',
      '11',
      '3',
      '1',
    ]);
    expect(v.table.notes![0]).toContain('These are counts of areas, not of people.');
    expect(v.summary).toBe(summariseDeprivationContext(context, { name: 'Wolverhampton' }));
  });

  it('is empty with no neighbourhoods, and takes the heading as the caption', () => {
    const none = { ...context, lsoas: Array(10).fill(0), shares: Array(10).fill(0), total: 0 };
    expect(deprivationContextView(none, { orientation: 'auto' }, {}, 720).state).toBe('empty');
    expect(
      deprivationContextView(context, { orientation: 'auto', heading: 'Where they are' }, {}, 720).table.caption,
    ).toBe('Where they are');
  });
});

describe('withContextStrip', () => {
  it('puts the strip under the panels, decile under decile, and its keyboard series after theirs', () => {
    const rates720 = deprivationView(rates, deprivationViewOptions({ orientation: 'vertical' }), {}, 720);
    const v = withContextStrip(rates720, context, 'Wolverhampton', rates, {});
    const strip = v.layout.strip;
    expect(v.height).toBe(rates720.height + strip.height);
    strip.bars.forEach((b, i) => expect(b.anchor.x).toBeCloseTo(rates720.layout.decileTicks[i]!.pos, 6));
    // one x scale: each neighbourhood column's centre is its decile's bar's centre in every panel above
    for (const panel of rates720.layout.panels)
      for (const mark of panel.marks)
        if (mark.bar)
          expect([
            mark.decile,
            strip.bars[mark.decile - 1]!.bar.x + strip.bars[mark.decile - 1]!.bar.width / 2,
          ]).toEqual([mark.decile, expect.closeTo(mark.bar.x + mark.bar.width / 2, 6)]);
    expect(v.navigation.map((s) => s.label)).toEqual(['SEN support', 'EHC plans', 'Neighbourhoods (LSOAs)']);
    // the strip's stops sit below the rates
    expect(Math.min(...v.navigation[2]!.points.map((p) => p.y))).toBeGreaterThan(rates720.height);
  });

  it('adds the neighbourhoods to the table and their sentence to the summary', () => {
    const base = deprivationView(rates, deprivationViewOptions({}), {}, 720);
    const v = withContextStrip(base, context, 'Wolverhampton', rates, {});
    expect(v.table.columns.slice(-2).map((c) => c.key)).toEqual(['lsoas', 'share']);
    expect(cellText(v.table.rows[1]!.lsoas!)).toBe('45');
    expect(v.table.notes!.at(-1)).toBe(
      "Neighbourhoods: 158 LSOAs in Wolverhampton by national IMD decile (each decile is a tenth of England's LSOAs). These are counts of areas, not of people.",
    );
    const sentence = deprivationContextSentence(context, {
      name: 'Wolverhampton',
      pupilsMostDeprived: pupilsMostDeprived(rates),
    });
    expect(v.summary).toBe(`${base.summary} ${sentence}`);
    expect(sentence).toMatch(
      /^Of the 158 neighbourhoods \(LSOAs\) in Wolverhampton, 78 \(49%\) are among the 20% most deprived/,
    );
  });

  it("gives the share of pupils in deciles 1 and 2 only when every decile's pupils can be shown", () => {
    const share = pupilsMostDeprived(rates);
    const rows = deprivationDemo.filter((r) => r.geography === 'local');
    const all = rows.reduce((s, r) => s + (r.pupils as number), 0);
    const most = rows.filter((r) => (r.imd_decile as number) <= 2).reduce((s, r) => s + (r.pupils as number), 0);
    expect(share).toBeCloseTo(most / all, 9);
    const hidden = {
      ...rates,
      local: {
        ...rates.local,
        sen_support: {
          ...rates.local.sen_support,
          deciles: rates.local.sen_support.deciles.map((d, i) => (i === 3 ? { ...d, pupils: undefined } : d)),
        },
      },
    };
    expect(pupilsMostDeprived(hidden)).toBeUndefined();
  });
});
