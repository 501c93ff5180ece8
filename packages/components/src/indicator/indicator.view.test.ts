import {
  applyPreset,
  buildIndicatorModel,
  fromCsvText,
  fromRows,
  indicatorsContract,
  validate,
  Wording,
  type IndicatorModelOptions,
} from '@send-insight/data';
import { REAL_EHC_CASELOAD_CSV, REAL_SEN2_MI_CSV } from '@send-insight/data/demo';
import { describe, expect, it } from 'vitest';
import { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
import { textWidth } from '@send-insight/core/layout';
import { layoutCompare } from './indicator-compare.layout.js';
import { defaultScope, viewIndicatorCompare } from './indicator-compare.view.js';
import { layoutTrend } from './indicator-trend.layout.js';
import { defaultScale, viewIndicatorTrend } from './indicator-trend.view.js';
import { viewIndicatorTileTable } from './indicator.table.js';
import { viewIndicatorTile, type IndicatorForm, type IndicatorViewOptions } from './indicator.view.js';

const sen2 = (options: IndicatorModelOptions = { area: 'E08000031' }) =>
  buildIndicatorModel(
    validate(
      applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), { everyArea: true, indicator: 'no_exc_20week_rate' })
        .data,
      indicatorsContract,
    ),
    options,
  );
const caseload = (options: IndicatorModelOptions = { area: 'E08000031' }) =>
  buildIndicatorModel(
    validate(
      applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), { everyArea: true, indicators: true }).data,
      indicatorsContract,
    ),
    options,
  );
const w = new Wording(SEND_INDICATOR_FORMS_TEXT);

/** The view of a form with its table, as the element picks it (the trend's, the comparison's and the tile's table load on first use). */
const VIEWS = { tile: viewIndicatorTileTable, trend: viewIndicatorTrend, compare: viewIndicatorCompare };
const viewIndicator = (
  model: ReturnType<typeof sen2>,
  { form, ...options }: IndicatorViewOptions & { form: IndicatorForm },
  wording: typeof w,
  width: number,
) => VIEWS[form](model, options, wording, width);

describe('the indicator views (tile, trend, comparison)', () => {
  it('has the expected defaults: the tile, its keyboard points along the sparkline, the series table and the summary', () => {
    const v = viewIndicator(sen2(), { form: 'tile' }, w, 320);
    expect(v.layout.kind).toBe('tile');
    if (v.layout.kind !== 'tile') return;
    expect(v.layout.value.lines.map((l) => l.text)).toEqual(['25.7%']);
    expect(v.layout.sub.text).toBe('2022 · 90 of 350');
    expect(v.layout.lines.map((l) => [l.kind, l.tag])).toEqual([
      ['change', 'Worsened'],
      ['comparison', undefined],
      ['comparison', undefined],
      ['rank', undefined],
      ['gaps', undefined],
    ]);
    // the sparkline's dotted gaps are keyed on the tile, last
    expect(v.layout.lines.at(-1)!.text).toBe('Dotted line: a period with no figure shown (the table says why).');
    // nine periods; the three gaps are breaks in the line, not points
    expect(v.navigation[0]!.points).toHaveLength(9);
    expect(v.layout.spark.marks.filter(Boolean)).toHaveLength(6);
    expect(v.layout.spark.gaps).toHaveLength(3);
    expect(v.navigation[0]!.points[0]!.label).toBe('Wolverhampton, 2014: not applicable (z)');
    // the tile's own view has no table (its code loads on first use); with it, the same view and the table
    const bare = viewIndicatorTile(sen2(), {}, w, 320);
    expect(bare.table.columns).toEqual([]);
    expect({ ...v, table: bare.table }).toEqual(bare);
    expect(v.table.columns.map((c) => c.label)).toEqual([
      'Period',
      'Wolverhampton',
      'Wolverhampton: 95% interval',
      'Wolverhampton: counts',
      'England',
      'West Midlands',
    ]);
    expect(v.table.rows.at(-1)).toMatchObject({
      period: { text: '2022' },
      s0: { text: '25.7%' },
      counts: { text: '90 of 350' },
      s1: { text: '49.2%' },
    });
    expect(v.summary.startsWith('Wolverhampton, 2022: 25.7% (90 of 350). Worsened since 2021 (38.1%)')).toBe(true);
  });

  it('keeps every text inside the width it is laid out at (320 px)', () => {
    for (const form of ['tile', 'trend', 'compare'] as const) {
      const l = viewIndicator(sen2(), { form }, w, 320).layout;
      const texts =
        l.kind === 'tile'
          ? [...l.label, ...l.value.lines, l.sub, ...l.spark.ends]
          : l.kind === 'trend'
            ? [
                ...l.xTicks,
                ...l.lines.flatMap((s) => (s.label ? [s.label] : [])),
                ...l.legend.map((g) => ({ x: g.x + 26, text: g.text, anchor: 'start' as const })),
              ]
            : l.kind === 'pending'
              ? []
              : [...l.sentence, ...l.rows.flatMap((r) => [r.label, r.value].filter((t) => t !== undefined))];
      for (const t of texts) {
        const width = textWidth(t.text, 13);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
        expect(left, `${form}: ${t.text}`).toBeGreaterThanOrEqual(-1);
        if (l.kind !== 'tile' || !l.value.lines.includes(t as never))
          expect(left + width, `${form}: ${t.text}`).toBeLessThanOrEqual(321);
      }
    }
  });

  it('keeps every period label inside the chart and 8 px from the next, at every width (the index trend cut "2024/25" at 320 px)', () => {
    for (const [name, m] of [
      ['caseload', caseload()],
      ['SEN2', sen2()],
    ] as const)
      for (const width of [288, 320, 360, 480, 640, 960, 1280]) {
        const l = viewIndicator(m, { form: 'trend' }, w, width).layout;
        if (l.kind !== 'trend') throw new Error('not a trend');
        const boxes = l.xTicks.map((t) => ({
          text: t.text,
          left: t.x - textWidth(t.text, 16) / 2,
          width: textWidth(t.text, 16),
        }));
        expect(boxes.at(-1)!.text, `${name} at ${width} px`).toBe(m.periods.at(-1));
        boxes.forEach((b, i) => {
          expect(b.left, `${name} ${b.text} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(b.left + b.width, `${name} ${b.text} at ${width} px`).toBeLessThanOrEqual(width);
          if (i)
            expect(
              boxes[i - 1]!.left + boxes[i - 1]!.width + 8,
              `${name} ${b.text} at ${width} px`,
            ).toBeLessThanOrEqual(b.left + 1e-6);
        });
      }
  });

  it("draws the trend from 0 for percentages, with the area's band, gaps named, and lines labelled at their ends when wide enough", () => {
    const wide = viewIndicator(sen2(), { form: 'trend' }, w, 960).layout;
    if (wide.kind !== 'trend') throw new Error('not a trend');
    expect(wide.yTicks[0]!.text).toBe('0%');
    expect(wide.lines.map((l) => [l.name, l.label?.text])).toEqual([
      ['Wolverhampton', 'Wolverhampton 25.7%'],
      ['England', 'England 49.2%'],
      ['West Midlands', 'West Midlands 50.1%'],
    ]);
    expect(wide.lines[0]!.bands.length).toBeGreaterThan(0);
    expect(wide.lines[1]!.bands).toEqual([]);
    expect(wide.gaps.map((g) => [g.period, g.symbol])).toEqual([
      ['2014', 'z'],
      ['2015', '–'],
      ['2016', '–'],
    ]);
    // two labels never closer than a line apart
    const ys = wide.lines.map((l) => l.label!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13);
    const narrow = viewIndicator(sen2(), { form: 'trend' }, w, 320).layout;
    if (narrow.kind !== 'trend') throw new Error('not a trend');
    expect(narrow.lines.every((l) => !l.label)).toBe(true);
    expect(narrow.legend.map((g) => g.text)).toEqual(['Wolverhampton', 'England', 'West Midlands']);
  });

  it('compares counts as an index by default (England and the region end near 180 and 169), and values show only the area', () => {
    const m = caseload();
    expect(defaultScale(m)).toBe('index');
    const index = viewIndicator(m, { form: 'trend' }, w, 960).layout;
    if (index.kind !== 'trend') throw new Error('not a trend');
    expect(index.yTitle?.text).toBe('Index (2018/19 = 100)');
    // the title's descenders (a quarter of 16 px) end above the top tick label, which rises 12 px over its baseline at plot.y + 4
    for (const width of [960, 320]) {
      const l = viewIndicator(m, { form: 'trend' }, w, width).layout;
      if (l.kind !== 'trend') throw new Error('not a trend');
      expect(l.yTitle!.y + 4).toBeLessThanOrEqual(l.plot.y + 4 - 12 - 4);
    }
    expect(index.lines.map((l) => l.label?.text)).toEqual(['Wolverhampton 180', 'England 180', 'West Midlands 169']);
    const values = viewIndicator(m, { form: 'trend', scale: 'value' }, w, 960).layout;
    if (values.kind !== 'trend') throw new Error('not a trend');
    expect(values.lines.map((l) => l.name)).toEqual(['Wolverhampton']);
    expect(values.notes).toEqual(['England and the region are compared in the index.']);
    expect(viewIndicator(m, { form: 'trend' }, w, 960).table.columns.map((c) => c.key)).toEqual([
      'period',
      's0',
      'i0',
      's1',
      'i1',
      's2',
      'i2',
    ]);
  });

  it("compares the region's authorities best first, hidden ones last, England as a line only for percentages", () => {
    const m = sen2();
    expect(defaultScope(m)).toBe('region');
    const v = viewIndicator(m, { form: 'compare' }, w, 960);
    if (v.layout.kind !== 'compare') throw new Error('not a comparison');
    expect(v.layout.rows.map((r) => r.authority.name)).toEqual([
      'Telford and Wrekin',
      'Coventry',
      'Birmingham',
      'Stoke-on-Trent',
      'Warwickshire',
      'Sandwell',
      'Shropshire',
      'Dudley',
      'Staffordshire',
      'Worcestershire',
      'Wolverhampton',
      'Walsall',
      // hidden: Herefordshire to protect Solihull's small count (a region's counts less the others' would give it away)
      'Herefordshire, County of',
      'Solihull',
    ]);
    expect(v.layout.rows.at(-1)!.gap?.text).toBe('not shown to protect small numbers');
    expect(v.layout.england?.label.text).toBe('England 49.2%');
    expect(v.navigation[0]!.vertical).toBe(true);
    expect(v.navigation[0]!.points[10]!.label).toBe('Wolverhampton (the area shown): 25.7%');
    expect(v.table.rows[10]).toEqual({
      authority: { text: 'Wolverhampton', sort: 10 },
      value: { text: '25.7%', sort: 25.714 },
    });
    const all = viewIndicator(m, { form: 'compare', scope: 'all' }, w, 960).layout;
    if (all.kind !== 'compare') throw new Error('not a comparison');
    expect([all.compact, all.rows.length, all.rows.filter((r) => r.label || r.value).length]).toEqual([true, 152, 1]);
    expect(all.hidden?.map((h) => h.text).join(' ')).toBe(
      '21 more authorities with no figure shown (the table says why)',
    );
    // narrow: the note wraps, the area's name sits over its value, and no text runs off the chart or into the next
    for (const width of [288, 320, 375, 479, 480, 640, 960]) {
      const narrow = viewIndicator(m, { form: 'compare', scope: 'all' }, w, width).layout;
      if (narrow.kind !== 'compare') throw new Error('not a comparison');
      // the area's name and value are bold; the note and the ticks regular (ticks with the layout's 15% for '%')
      const texts = [
        ...narrow.hidden!.map((t) => ({ ...t, bold: false, over: 1.02 })),
        ...narrow.rows.flatMap((r) => [r.label, r.value].flatMap((t) => (t ? [{ ...t, bold: true, over: 1 }] : []))),
        ...narrow.ticks.map((t) => ({
          x: t.labelX,
          y: narrow.axisY - 4,
          text: t.text,
          anchor: 'middle' as const,
          bold: false,
          over: 1.15,
        })),
      ];
      const boxes = texts.map((t) => {
        const size = textWidth(t.text, narrow.fontSize, t.bold) * t.over;
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - size : t.x - size / 2;
        return { text: t.text, left, right: left + size, top: t.y - narrow.fontSize * 0.8, bottom: t.y + 2 };
      });
      for (const b of boxes) expect([width, b.text, b.left >= 0 && b.right <= width]).toEqual([width, b.text, true]);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect([width, a.text, b.text, overlap]).toEqual([width, a.text, b.text, false]);
        }
      expect(narrow.height).toBeGreaterThanOrEqual(Math.max(...boxes.map((b) => b.bottom)));
      // the grid and England's line stop above the note about the hidden rows
      expect(narrow.hidden![0]!.y - narrow.fontSize).toBeGreaterThan(narrow.linesBottom);
      // no blank band for the hidden rows' slots (85 px before), and the bars take the width (115 px of 320 before)
      expect(narrow.height).toBeLessThanOrEqual(Math.max(...boxes.map((b) => b.bottom)) + 12);
      expect(Math.max(...narrow.ticks.map((t) => t.x))).toBeGreaterThan(width * 0.9);
      // the area's label stands clear of every bar (none runs under its name or value)
      const label = boxes.filter((b) => b.text === 'Wolverhampton' || b.text.includes('25.7%'));
      for (const r of narrow.rows)
        for (const b of r.bar ? label : [])
          expect([
            width,
            r.authority.name,
            b.left < r.bar!.x + r.bar!.width && b.top < r.bar!.y + r.bar!.height && r.bar!.y < b.bottom,
          ]).toEqual([width, r.authority.name, false]);
    }
    const counts = viewIndicator(caseload(), { form: 'compare' }, w, 960);
    if (counts.layout.kind !== 'compare') throw new Error('not a comparison');
    expect(counts.layout.england).toBe(undefined);
    expect(counts.layout.notes).toEqual(['Counts are not adjusted for the size of each authority.']);
  });

  it("draws England's line and the grid only where no text is, at 320 and 1,280 px, for the region and every authority", () => {
    const m = sen2();
    for (const scope of ['region', 'all'] as const)
      for (const width of [288, 320, 375, 640, 960, 1280]) {
        const l = viewIndicator(m, { form: 'compare', scope }, w, width).layout;
        if (l.kind !== 'compare') throw new Error('not a comparison');
        const f = l.fontSize;
        // every text of the comparison (the area's bold, a gap's reason italic, ticks measured 15% wide), cap height to descenders
        const texts = [
          ...l.sentence.map((t) => ({ ...t, bold: false, over: 1 })),
          ...l.rows.flatMap((r) => [
            ...[r.label, r.value].flatMap((t) => (t ? [{ ...t, bold: r.area, over: 1 }] : [])),
            ...(r.gap ? [{ ...r.gap, bold: false, over: 1.05 }] : []),
          ]),
          ...(l.hidden ?? []).map((t) => ({ ...t, bold: false, over: 1 })),
          ...l.ticks.map((t) => ({
            x: t.labelX,
            y: l.axisY - 4,
            text: t.text,
            anchor: 'middle' as const,
            bold: false,
            over: 1.15,
          })),
          ...(l.england ? [{ ...l.england.label, bold: true, over: 1 }] : []),
        ];
        const boxes = texts.map((t) => {
          const size = textWidth(t.text, f, t.bold) * t.over;
          const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - size : t.x - size / 2;
          return { text: t.text, left, right: left + size, top: t.y - f * 0.8, bottom: t.y + f * 0.25 };
        });
        const lines = [
          ...(l.england ? [{ name: 'England', x: l.england.x, pieces: l.england.pieces }] : []),
          ...l.ticks.map((t) => ({ name: `grid ${t.text}`, x: t.x, pieces: t.pieces })),
        ];
        if (scope === 'region') expect(l.england, `${width}: England's line`).toBeDefined();
        for (const line of lines) {
          expect(line.pieces.length, `${width} ${scope}: ${line.name} is drawn`).toBeGreaterThan(0);
          for (const [y1, y2] of line.pieces)
            for (const b of boxes) {
              // the line is 2 px wide
              const crossed = line.x + 1 > b.left && line.x - 1 < b.right && y1 < b.bottom && y2 > b.top;
              expect([width, scope, line.name, b.text, crossed]).toEqual([width, scope, line.name, b.text, false]);
            }
        }
      }
  });

  it('cuts names and periods drawn in the trend and the comparison at 300 characters (MAX_TEXT), as every label beside a mark', () => {
    const long = (t: string) => `${t} ${'x'.repeat(999 - t.length)}`;
    for (const model of [sen2(), caseload()]) {
      // every name and period of the model 1,000 characters long (the longest a cell may be)
      const seen = new Set<object>();
      const lengthen = (o: unknown): void => {
        if (!o || typeof o !== 'object' || seen.has(o)) return;
        seen.add(o);
        for (const [k, v] of Object.entries(o)) {
          if (typeof v === 'string' && ['name', 'period', 'indexBase'].includes(k))
            (o as Record<string, string>)[k] = long(v);
          else if (k === 'periods') (o as Record<string, string[]>)[k] = (v as string[]).map(long);
          else lengthen(v);
        }
      };
      lengthen(model);
      for (const width of [320, 1280])
        for (const layout of [
          (k: number) => layoutTrend(model, 'value', k, w),
          (k: number) => layoutTrend(model, 'index', k, w),
          (k: number) => layoutCompare(model, 'region', k, w),
          (k: number) => layoutCompare(model, 'all', k, w),
        ]) {
          const texts: string[] = [];
          const walk = (o: unknown): void => {
            if (Array.isArray(o)) o.forEach(walk);
            else if (o && typeof o === 'object')
              for (const [k, v] of Object.entries(o)) k === 'text' && typeof v === 'string' ? texts.push(v) : walk(v);
          };
          walk(layout(width));
          expect(texts.length).toBeGreaterThan(3);
          // a name with its figure ("Wolverhampton … 25.7%") may add the figure to the 300
          for (const t of texts)
            expect([width, layout.toString(), t.length]).toEqual([width, layout.toString(), Math.min(t.length, 320)]);
        }
    }
  });

  it('labels local data and leaves out the sparkline for a single figure', () => {
    const m = buildIndicatorModel(
      validate(
        fromRows([
          {
            area_code: 'E08000031',
            area_name: 'Wolverhampton',
            time_period: '2021 (inspection)',
            indicator: 'reviews',
            unit: 'count',
            value: 200,
            better: 'lower',
            target: 0,
          },
        ]),
        indicatorsContract,
      ),
    );
    const v = viewIndicator(m, { form: 'tile', local: true }, w, 320);
    if (v.layout.kind !== 'tile') throw new Error('not a tile');
    expect(v.layout.badge?.text).toBe('Local data');
    expect(v.layout.spark.paths).toEqual([]);
    expect(v.layout.lines.map((l) => l.text)).toEqual(['Target 0: not met.', 'Local data, not published statistics.']);
    expect(v.summary).toBe(
      'Wolverhampton, 2021 (inspection): 200. Target 0: not met. Local data, not published statistics.',
    );
  });
});
