import { describe, expect, it } from 'vitest';
import { buildNeedsModel, needsContract, toRawData, validate } from '@send-insight/data';
import { demoNeedsRows } from '@send-insight/data/demo';
import { textWidth } from '@send-insight/core/layout';
import { exportKey } from './need-breakdown.key.js';
import type { CompositionLayout } from './need-breakdown.layout.js';
import { needBreakdownView, needViewOptions } from './need-breakdown.view.js';

const demo = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
const comp = (width: number, hidden: string[] = []) =>
  needBreakdownView(demo, needViewOptions({ mode: 'composition', provision: 'all', hidden }), {}, width)
    .layout as CompositionLayout;

/** The key's rows: entries grouped by the swatch's top, in order. */
function rows(key: ReturnType<typeof exportKey>) {
  const byTop = new Map<number, typeof key.items>();
  for (const item of key.items) byTop.set(item.swatch.y, [...(byTop.get(item.swatch.y) ?? []), item]);
  return [...byTop.values()];
}

describe("the composition's colour key in the SVG file", () => {
  it('lies in even rows and aligned columns, as the page legend does (at 800 px it ran 1, 2, 2, 2 and 1 a row; at 1,248 px 3, 3 and 2)', () => {
    for (const width of [288, 320, 400, 600, 720, 800, 1000, 1248]) {
      const l = comp(width);
      const key = exportKey(l.legend, l.width, l.height, l.fontSize, l.lineHeight);
      const what = `${width}px`;
      expect(
        key.items.map((i) => i.key),
        what,
      ).toEqual(l.legend.map((e) => e.key));
      const r = rows(key);
      const columns = r[0]!.length;
      // every row full but the last, short by fewer than there are rows
      for (const row of r.slice(0, -1)) expect(row.length, what).toBe(columns);
      expect(r.length * columns - key.items.length, what).toBeLessThan(r.length);
      // the same columns in every row: the n-th swatch of each row starts at the same x
      for (const row of r) row.forEach((item, i) => expect(item.swatch.x, what).toBe(r[0]![i]!.swatch.x));
      // each name stays inside its column and the file's width, and the key under the chart
      const step = columns > 1 ? r[0]![1]!.swatch.x - r[0]![0]!.swatch.x : l.width;
      for (const item of key.items)
        for (const t of item.text) {
          const right = t.x + textWidth(t.text, l.fontSize);
          expect(right, `${what} ${t.text}`).toBeLessThanOrEqual(Math.min(l.width, item.swatch.x + step) + 0.5);
          expect(t.y, what).toBeGreaterThan(l.height);
          expect(t.y, what).toBeLessThan(key.height);
        }
    }
  });

  it('draws only the needs the legend shows, still in even rows', () => {
    const l = comp(800, ['SLCN', 'SEMH']);
    const key = exportKey(l.legend, l.width, l.height, l.fontSize, l.lineHeight);
    expect(key.items.map((i) => i.key)).toEqual(l.legend.filter((e) => !e.hidden).map((e) => e.key));
    const r = rows(key);
    for (const row of r.slice(0, -1)) expect(row.length).toBe(r[0]!.length);
  });

  it('sets rows a third of a line apart, so a wrapped name is not read as the next row', () => {
    const l = comp(800);
    const key = exportKey(l.legend, l.width, l.height, l.fontSize, l.lineHeight);
    const r = rows(key);
    for (let i = 1; i < r.length; i++) {
      const above = Math.max(...r[i - 1]!.flatMap((item) => item.text.map((t) => t.y)));
      const below = Math.min(...r[i]!.flatMap((item) => item.text.map((t) => t.y)));
      expect(below - above).toBeCloseTo(l.lineHeight * (4 / 3), 6);
    }
    expect(exportKey([{ key: 'SLCN', label: 'SLCN', fill: 0, hidden: false }], 320, 200, 16, 21).height).toBe(229);
  });

  it('takes no room when nothing is drawn', () => {
    expect(exportKey([], 800, 200, 16, 21)).toEqual({ items: [], height: 200 });
  });
});
