import { describe, expect, it } from 'vitest';
import {
  buildOutcomesModel,
  OUTCOME_CODES,
  outcomesContract,
  toRawData,
  validate,
  wordingOf,
  type OutcomesModel,
} from '@send-insight/data';
import { demoOutcomesRows, demoOutcomesSuppressedRows, DEMO_OUTCOMES_SUPPRESSED_CELL } from '@send-insight/data/demo';
import { boxesOverlap, textWidth, type Box } from '@send-insight/core/layout';
import {
  chooseOutcomesView,
  layoutOutcomesRadar,
  RADAR_MIN_RADIUS,
  type BarsLayout,
  type OutcomesLayoutOptions,
  type RadarLayout,
} from './outcomes-radar.layout.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import { outcomesFormat } from './outcomes-radar.words.js';

const model = (rows: Record<string, unknown>[]): OutcomesModel =>
  buildOutcomesModel(validate(toRawData(rows), outcomesContract));
const demo = model(demoOutcomesRows());
const suppressed = model(demoOutcomesSuppressedRows());
const text = wordingOf(OUTCOMES_RADAR_TEXT);
const words = { text, format: outcomesFormat(text) };
const radar = (m: OutcomesModel, width: number, extra: Partial<OutcomesLayoutOptions> = {}) =>
  layoutOutcomesRadar(m, { width }, { view: 'radar', ...words, ...extra }) as RadarLayout;
const bars = (m: OutcomesModel, width: number, extra: Partial<OutcomesLayoutOptions> = {}) =>
  layoutOutcomesRadar(m, { width }, { view: 'bars', ...words, ...extra }) as BarsLayout;

function expectNoOverlap(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(
        boxesOverlap(boxes[i]!, boxes[j]!),
        `boxes ${i} and ${j} overlap: ${JSON.stringify([boxes[i], boxes[j]])}`,
      ).toBe(false);
    }
  }
}

const inside = (b: Box, width: number, height: number) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.01 && b.y + b.height <= height + 0.01;

describe('layoutOutcomesRadar (radar)', () => {
  it('has the expected defaults: eight axes clockwise from the top in the strategy order, one series per group, the latest period', () => {
    const l = radar(demo, 640);
    expect(l.kind).toBe('radar');
    expect(l.axes.map((a) => a.outcome)).toEqual([...OUTCOME_CODES]);
    expect(l.seriesBy).toBe('group');
    expect(l.about).toBe('2025');
    expect(l.series.map((s) => s.label)).toEqual(demo.groups);
    // first axis straight up, third straight right
    expect(l.axes[0]!.x).toBeCloseTo(l.cx, 6);
    expect(l.axes[0]!.y).toBeCloseTo(l.cy - l.radius, 6);
    expect(l.axes[2]!.x).toBeCloseTo(l.cx + l.radius, 6);
    expect(l.fontSize).toBe(16);
  });

  it('puts each value at its percentage of the radius along its axis', () => {
    const l = radar(demo, 640);
    const m = l.marks[1]![4]!; // Parents and carers, safe
    expect(m.cell.group).toBe('Parents and carers (Voice 4 Parents)');
    const angle = -Math.PI / 2 + (2 * Math.PI * 4) / 8;
    expect(m.x).toBeCloseTo(l.cx + ((l.radius * m.cell.percent!) / 100) * Math.cos(angle), 6);
    expect(m.y).toBeCloseTo(l.cy + ((l.radius * m.cell.percent!) / 100) * Math.sin(angle), 6);
    expect(m.valueText).toBe(`${Math.round(m.cell.percent!)}%`);
  });

  it.each([320, 360, 480, 640, 1024])('keeps axis labels apart and inside the width at %i px', (width) => {
    const l = radar(demo, width);
    expectNoOverlap([...l.axes.map((a) => a.label.box), ...l.legend.map((i) => i.text.box)]);
    for (const a of l.axes) expect(inside(a.label.box, width, l.height), JSON.stringify(a.label.box)).toBe(true);
    for (const i of l.legend) expect(inside(i.text.box, width, l.height)).toBe(true);
  });

  it('wraps the long "In control / prepared for adulthood" label at 360 px', () => {
    const l = radar(demo, 360);
    const label = l.axes[7]!.label;
    expect(label.lines.length).toBeGreaterThan(1);
    expect(label.lines.map((x) => x.text).join(' ')).toBe('In control / prepared for adulthood');
    expect(l.axes.some((a) => a.key)).toBe(false);
    expect(l.radius).toBeGreaterThanOrEqual(RADAR_MIN_RADIUS);
  });

  it.each([256, 288, 300, 320])(
    'numbers the spokes at %i px, where the names would leave the radar under its smallest radius, and names them in a key under it',
    (width) => {
      for (const m of [demo, suppressed]) {
        const l = radar(m, width, { target: 70 });
        expect(l.radius).toBeGreaterThanOrEqual(RADAR_MIN_RADIUS);
        l.axes.forEach((a, i) => {
          // the number sits at the end of its own spoke, outside the rings
          expect(a.label.lines.map((x) => x.text)).toEqual([String(i + 1)]);
          const b = a.label.box;
          const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          const toSpoke = Math.atan2(a.y - l.cy, a.x - l.cx);
          const toLabel = Math.atan2(centre.y - l.cy, centre.x - l.cx);
          expect(Math.abs(Math.atan2(Math.sin(toLabel - toSpoke), Math.cos(toLabel - toSpoke)))).toBeLessThan(0.3);
          // the key: the same number, then the whole name, under the radar and its labels
          expect(a.key!.lines[0]!.text).toBe(String(i + 1));
          const name = a.key!.lines.filter((x) => x.kind === undefined).map((x) => x.text);
          expect(name.join(' ')).toBe(text.t(`outcome.${a.outcome}`));
          expect(a.key!.box.y).toBeGreaterThan(
            Math.max(l.cy + l.radius, ...l.axes.map((x) => x.label.box.y + x.label.box.height)),
          );
        });
        const boxes = [
          ...l.axes.flatMap((a) => [a.label.box, a.key!.box]),
          ...l.legend.map((i) => i.text.box),
          ...l.rings.map((r) => r.label.box).filter((b) => b.width > 0),
          ...(l.target?.label.box.width ? [l.target.label.box] : []),
        ];
        expectNoOverlap(boxes);
        for (const b of boxes) expect(inside(b, width, l.height), JSON.stringify(b)).toBe(true);
        for (const a of l.axes)
          for (const line of a.key!.lines)
            expect(line.x + textWidth(line.text, l.fontSize, line.kind === 'title')).toBeLessThanOrEqual(width);
      }
    },
  );

  it('never draws the radar under its smallest radius, from 256 to 1,248 px, with or without a target and a gap', () => {
    for (const width of [256, 272, 288, 304, 320, 336, 352, 368, 384, 400, 440, 480, 560, 640, 800, 1024, 1248])
      for (const [m, target] of [
        [demo, undefined],
        [suppressed, 70],
      ] as const)
        expect(radar(m, width, { target }).radius, `${width} px`).toBeGreaterThanOrEqual(RADAR_MIN_RADIUS);
  });

  it('writes a result not shown in the key of a numbered radar, after its series marker', () => {
    const l = radar(suppressed, 320);
    const series = l.series.findIndex((s) => s.label === DEMO_OUTCOMES_SUPPRESSED_CELL.group);
    const axis = l.axes.findIndex((a) => a.outcome === DEMO_OUTCOMES_SUPPRESSED_CELL.outcome);
    const key = l.axes[axis]!.key!;
    const gap = key.lines.find((x) => x.icon === series)!;
    expect(gap.text).toBe('fewer than 10 responses');
    expect(gap.x - gap.iconX!).toBeLessThan(l.fontSize + 4);
    // the tooltip of the missing result points at its words in the key
    expect(l.marks[series]![axis]!.y).toBeCloseTo(gap.y - l.fontSize * 0.35, 6);
  });

  it('keeps labels clear of the plot circle', () => {
    for (const width of [320, 640]) {
      const l = radar(demo, width);
      for (const a of l.axes) {
        const b = a.label.box;
        // nearest point of the box to the centre is outside the radius
        const nx = Math.max(b.x, Math.min(l.cx, b.x + b.width));
        const ny = Math.max(b.y, Math.min(l.cy, b.y + b.height));
        expect(Math.hypot(nx - l.cx, ny - l.cy)).toBeGreaterThan(l.radius);
      }
    }
  });

  it('draws a closed line and a two-ring band when every axis is shown', () => {
    const l = radar(demo, 640);
    expect(l.paths[0]!.line.match(/M/g)).toHaveLength(1);
    expect(l.paths[0]!.line.endsWith('Z')).toBe(true);
    expect(l.paths[0]!.band.match(/M/g)).toHaveLength(2);
  });

  it('leaves a labelled gap for a suppressed value: no mark, a broken line, "fewer than 10 responses" by the axis', () => {
    const l = radar(suppressed, 640);
    const series = l.series.findIndex((s) => s.label === DEMO_OUTCOMES_SUPPRESSED_CELL.group);
    const axis = l.axes.findIndex((a) => a.outcome === DEMO_OUTCOMES_SUPPRESSED_CELL.outcome);
    const mark = l.marks[series]![axis]!;
    expect(mark.gapText).toBe('fewer than 10 responses');
    expect(mark.valueText).toBeUndefined();
    expect(mark.interval).toBeUndefined();
    // the line is one open run (7 points), not closed through the gap
    expect(l.paths[series]!.line.match(/M/g)).toHaveLength(1);
    expect(l.paths[series]!.line.match(/L/g)).toHaveLength(6);
    expect(l.paths[series]!.line).not.toContain('Z');
    const gapLine = l.axes[axis]!.label.lines.find((x) => x.icon === series);
    expect(gapLine?.text).toBe('fewer than 10 responses');
    // other series are still complete
    expect(l.paths.filter((_, i) => i !== series).every((p) => p.line.endsWith('Z'))).toBe(true);
  });

  it('starts each gap note just after its series marker, inside the label box, on either side of the radar', () => {
    const rows = demoOutcomesRows().map((r) =>
      r.period === '2025' && r.group === 'Practitioners' ? { ...r, respondents: 5, agree: 2 } : r,
    );
    const l = radar(model(rows), 640);
    for (const a of l.axes) {
      const gap = a.label.lines.find((x) => x.kind === 'gap')!;
      expect(gap.anchor).toBe('start');
      expect(gap.iconX).toBeGreaterThanOrEqual(a.label.box.x);
      expect(gap.x - gap.iconX!).toBeLessThan(l.fontSize + 4);
      expect(gap.x + textWidth(gap.text, l.fontSize)).toBeLessThanOrEqual(a.label.box.x + a.label.box.width + 0.01);
    }
  });

  it('keeps gap notes inside the label boxes without overlap at 320 px', () => {
    const l = radar(suppressed, 320);
    expectNoOverlap(l.axes.map((a) => a.label.box));
    for (const a of l.axes) expect(inside(a.label.box, 320, l.height)).toBe(true);
  });

  it('draws one series per period for a chosen group', () => {
    const l = radar(demo, 640, { series: 'period', group: 'Practitioners' });
    expect(l.series.map((s) => s.label)).toEqual(['2023', '2024', '2025']);
    expect(l.about).toBe('Practitioners');
    expect(l.marks[0]![0]!.cell).toMatchObject({ group: 'Practitioners', period: '2023', outcome: 'voice_heard' });
  });

  it('adds a target ring and a legend entry, and ignores a target outside 0–100', () => {
    const l = radar(demo, 640, { target: 80 });
    expect(l.target?.value).toBe(80);
    expect(l.target?.label.text).toBe('Target 80%');
    expect(l.legend.map((i) => i.kind)).toEqual(['series', 'series', 'series', 'target', 'band']);
    expect(radar(demo, 640, { target: 140 }).target).toBeUndefined();
  });

  describe('ring values', () => {
    /** Whether any of 40 points along a–b falls inside the box. */
    const crosses = (a: { x: number; y: number }, b: { x: number; y: number }, box: Box) =>
      Array.from({ length: 41 }, (_, k) => ({ x: a.x + ((b.x - a.x) * k) / 40, y: a.y + ((b.y - a.y) * k) / 40 })).some(
        (p) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
      );
    const cases: [string, OutcomesModel, Partial<OutcomesLayoutOptions>][] = [
      ['demo', demo, {}],
      ['a gap', suppressed, {}],
      ['a target', demo, { target: 70 }],
      ['a target and a gap', suppressed, { target: 70 }],
      ['a target of 80%', demo, { target: 80 }],
      ['a target of 50%', suppressed, { target: 50 }],
      ['by period', demo, { series: 'period', group: 'Parents and carers (Voice 4 Parents)' }],
      ['by period for practitioners', demo, { series: 'period', group: 'Practitioners' }],
    ];
    for (const [name, m, extra] of cases) {
      it.each([360, 480, 640, 1024, 1248])(
        `${name}: sit on their own ring, clear of every marker and label (and line from 1024 px), at %i px`,
        (width) => {
          const l = radar(m, width, extra);
          const written = [
            ...l.rings.map((r) => ({ ...r.label, value: r.value })),
            ...(l.target ? [{ ...l.target.label, value: l.target.value, target: true }] : []),
          ].filter((x) => x.text);
          const segments = l.paths.flatMap((p) =>
            p.line
              .split('M')
              .filter(Boolean)
              .flatMap((run) => {
                const pts = run
                  .replace('Z', '')
                  .split('L')
                  .map((xy) => xy.split(',').map(Number))
                  .map(([x, y]) => ({ x: x!, y: y! }));
                const closed = run.endsWith('Z') ? [[pts[pts.length - 1]!, pts[0]!]] : [];
                return [...pts.slice(1).map((q, i) => [pts[i]!, q]), ...closed];
              }),
          );
          for (const label of written) {
            const b = label.box;
            expect(b.x >= 0 && b.x + b.width <= width, `${label.text} inside the width`).toBe(true);
            for (const mark of l.marks.flat().filter((k) => k.cell.status === 'shown')) {
              expect(
                boxesOverlap(b, { x: mark.x - 5, y: mark.y - 5, width: 10, height: 10 }),
                `${label.text} on a marker at ${mark.x},${mark.y}`,
              ).toBe(false);
            }
            // on a small radar a line may run behind a ring value's halo; from 1024 px there is always a
            // clear place; the target's words (bold, and measured so) are written only where no line runs
            if ('target' in label) expect(b.width).toBeGreaterThanOrEqual(textWidth(label.text, l.fontSize, true));
            if (width >= 1024 || 'target' in label)
              for (const [a, q] of segments)
                expect(crosses(a!, q!, b), `${label.text} across a series line`).toBe(false);
            for (const axis of l.axes)
              expect(boxesOverlap(b, axis.label.box), `${label.text} on ${axis.outcome}'s label`).toBe(false);
            for (const other of written)
              if (other !== label) expect(boxesOverlap(b, other.box), `${label.text} on ${other.text}`).toBe(false);
            // its centre is on its own ring: on the ring's edge between two neighbouring axes
            const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
            const ring = l.axes.map((_, i) => ({
              x: l.cx + (l.radius * label.value * Math.cos(-Math.PI / 2 + (2 * Math.PI * i) / 8)) / 100,
              y: l.cy + (l.radius * label.value * Math.sin(-Math.PI / 2 + (2 * Math.PI * i) / 8)) / 100,
            }));
            const onEdge = ring.some((a, i) => {
              const q = ring[(i + 1) % ring.length]!;
              const cross = (q.x - a.x) * (centre.y - a.y) - (q.y - a.y) * (centre.x - a.x);
              const within = (centre.x - a.x) * (q.x - a.x) + (centre.y - a.y) * (q.y - a.y);
              return (
                Math.abs(cross) / Math.hypot(q.x - a.x, q.y - a.y) < 0.01 &&
                within >= 0 &&
                within <= (q.x - a.x) ** 2 + (q.y - a.y) ** 2
              );
            });
            if (!('target' in label)) expect(onEdge, `${label.text} on its ring`).toBe(true);
            else if (!onEdge) {
              // the target's words may sit beside their ring instead, touching it and no other ring
              const along = (value: number) =>
                l.axes.flatMap((_, i) =>
                  Array.from({ length: 40 }, (__, k) => {
                    const at = (j: number) => -Math.PI / 2 + (2 * Math.PI * j) / 8;
                    const r = (l.radius * value) / 100;
                    const [a, q] = [at(i), at(i + 1)];
                    return {
                      x: l.cx + r * (Math.cos(a) + ((Math.cos(q) - Math.cos(a)) * k) / 40),
                      y: l.cy + r * (Math.sin(a) + ((Math.sin(q) - Math.sin(a)) * k) / 40),
                    };
                  }),
                );
              const gapTo = (p: { x: number; y: number }) =>
                Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));
              expect(Math.min(...along(label.value).map(gapTo)), `${label.text} beside its ring`).toBeLessThan(4);
              for (const r of l.rings.filter((x) => x.value !== label.value))
                expect(Math.min(...along(r.value).map(gapTo)), `${label.text} clear of ${r.value}%`).toBeGreaterThan(0);
            }
          }
          // from 480 px the half-way ring is always named, and most rings are; on a radar chosen for a
          // phone, a ring whose edges are no longer than its value is wide may go unnamed (the dot plot has an axis)
          if (width >= 480) {
            expect(l.rings.find((r) => r.value === 50)!.label.text).toBe('50%');
            expect(l.rings.filter((r) => r.label.text).length).toBeGreaterThanOrEqual(3);
          }
          // where no place on or beside its ring is clear of every line the target is named by the legend only
          if (extra.target === 80 && width >= 480) expect(l.target!.label.text).toBe('Target 80%');
          if (extra.target === 50 && width >= 1024) expect(l.target!.label.text).toBe('Target 50%');
          if (l.target)
            expect(l.legend.find((i) => i.kind === 'target')!.text.lines[0]!.text).toBe(`Target ${extra.target}%`);
        },
      );
    }

    it('keep together in one gap between axes when they can', () => {
      const l = radar(demo, 1248);
      // gap g lies between the axes at −90° + 45°·g and the next
      const gapOf = (b: Box) =>
        Math.floor(
          ((Math.atan2(b.y + b.height / 2 - l.cy, b.x + b.width / 2 - l.cx) * 180) / Math.PI + 90 + 360) / 45,
        ) % 8;
      expect(new Set(l.rings.map((r) => gapOf(r.label.box))).size).toBe(1);
    });
  });

  it('gives each series a different marker and dash, so colour is never the only cue', () => {
    const l = radar(demo, 640);
    expect(new Set(l.series.map((s) => s.marker)).size).toBe(3);
    expect(new Set(l.series.map((s) => s.dash)).size).toBe(3);
  });
});

describe('layoutOutcomesRadar (bars)', () => {
  it('has the expected defaults: one row block per outcome, one dot per series, an interval per dot', () => {
    const l = bars(demo, 640);
    expect(l.kind).toBe('bars');
    expect(l.rows.map((r) => r.outcome)).toEqual([...OUTCOME_CODES]);
    expect(l.marks).toHaveLength(3);
    const m = l.marks[0]![0]!;
    expect(m.interval!.x1).toBeLessThan(m.x);
    expect(m.interval!.x2).toBeGreaterThan(m.x);
    expect(l.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('keeps to halves on a phone, where quarter labels at 16px would run together', () => {
    const l = bars(demo, 240);
    expect(l.ticks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
    for (let i = 1; i < l.ticks.length; i++)
      expect(l.ticks[i]!.pos - l.ticks[i - 1]!.pos).toBeGreaterThan(textWidth('100%', 16) + 8);
  });

  it('keeps every tick label inside the chart, centred on its gridline where there is room', () => {
    for (const width of [320, 360, 400, 720, 1280]) {
      const l = bars(demo, width);
      for (const t of l.ticks) {
        const half = textWidth(t.label, l.fontSize) / 2;
        // '0%' at 16 px is wider than twice the 10 px from the edge to the 0% gridline on a phone
        expect(t.labelPos - half, `${width}px ${t.label}`).toBeGreaterThanOrEqual(0);
        expect(t.labelPos + half, `${width}px ${t.label}`).toBeLessThanOrEqual(width);
        if (t.pos - half >= 1 && t.pos + half <= width - 1) expect(t.labelPos).toBe(t.pos);
      }
    }
    expect(bars(demo, 320).ticks[0]!.labelPos).toBeGreaterThan(bars(demo, 320).ticks[0]!.pos);
  });

  it('scales values between the plot edges', () => {
    const l = bars(demo, 640);
    const m = l.marks[2]![3]!;
    expect(m.x).toBeCloseTo(l.plotLeft + ((l.plotRight - l.plotLeft) * m.cell.percent!) / 100, 6);
  });

  it('writes the change since the previous period with a triangle only when significant', () => {
    const l = bars(demo, 640);
    const all = l.marks.flat();
    const up = all.find((m) => m.outcome === 'voice_heard' && m.cell.group.startsWith('Parents'))!;
    expect(up.changeSignificant).toBe(true);
    expect(up.changeText).toMatch(/^▲ \+\d+ pts$/);
    const down = all.find((m) => m.outcome === 'supported' && m.cell.group === 'Practitioners')!;
    expect(down.changeText).toMatch(/^▼ \u2212\d+ pts$/);
    const similar = all.filter((m) => m.changeSignificant === false);
    expect(similar.length).toBeGreaterThan(0);
    for (const m of similar) expect(m.changeText).not.toMatch(/[▲▼]/);
    expect(l.notes[0]!.lines.map((x) => x.text).join(' ')).toContain('Change since 2024');
  });

  it.each([320, 400, 640, 1024])('keeps text apart and inside the width at %i px', (width) => {
    const l = bars(suppressed, width);
    const boxes = [...l.rows.map((r) => r.label.box), ...l.legend.map((i) => i.text.box), ...l.notes.map((n) => n.box)];
    expectNoOverlap(boxes);
    for (const b of boxes) expect(inside(b, width, l.height)).toBe(true);
    // value and change text fit to the right of the plot
    const widest = Math.max(
      ...l.marks
        .flat()
        .map((m) =>
          m.changeText
            ? l.changeX + textWidth(m.changeText, l.fontSize)
            : l.valueX + textWidth(m.valueText ?? '', l.fontSize),
        ),
    );
    expect(widest).toBeLessThanOrEqual(width);
    // rows do not overlap each other
    for (let i = 1; i < l.rows.length; i++) expect(l.rows[i]!.top).toBeGreaterThanOrEqual(l.rows[i - 1]!.bottom);
  });

  it('puts outcome labels above the dots on narrow screens and beside them on wide ones', () => {
    const narrow = bars(demo, 320);
    expect(narrow.rows[0]!.label.box.y + narrow.rows[0]!.label.box.height).toBeLessThanOrEqual(narrow.marks[0]![0]!.y);
    const wide = bars(demo, 800);
    expect(wide.rows[0]!.label.box.x + wide.rows[0]!.label.box.width).toBeLessThan(wide.plotLeft);
  });

  it('shows a suppressed value as words in its row, named by series where there is room, never as a mark at 0%', () => {
    const l = bars(suppressed, 1024);
    const gaps = l.marks.flat().filter((m) => m.gapText);
    expect(gaps).toHaveLength(1);
    // the words may run on into the value column, which is empty on that row
    expect(gaps[0]!.gapText).toBe(`${DEMO_OUTCOMES_SUPPRESSED_CELL.group}: fewer than 10 responses`);
    expect(gaps[0]!.x + textWidth(gaps[0]!.gapText!, l.fontSize)).toBeLessThanOrEqual(1024);
    // after the series' hollow marker (8 px before the words), inside the plot
    expect(gaps[0]!.x - 8 - 4).toBeGreaterThan(l.plotLeft);
    // on a phone there is room only for the reason
    const phone = bars(suppressed, 320);
    const gap = phone.marks.flat().find((m) => m.gapText)!;
    expect(gap.gapText).toBe('fewer than 10 responses');
    expect(gap.x + textWidth(gap.gapText!, phone.fontSize)).toBeLessThanOrEqual(320);
    expect(gaps[0]!.interval).toBeUndefined();
    expect(gaps[0]!.valueText).toBeUndefined();
  });

  it('draws a target line with its label under the plot', () => {
    const l = bars(demo, 640, { target: 70 });
    expect(l.target!.x).toBeCloseTo(l.plotLeft + 0.7 * (l.plotRight - l.plotLeft), 6);
    expect(l.target!.label.y).toBeGreaterThan(l.plotBottom);
    expect(l.height).toBeGreaterThan(l.target!.label.y);
  });
});

describe('chooseOutcomesView', () => {
  it('picks bars on narrow screens unless the view or layout says otherwise', () => {
    expect(chooseOutcomesView('chart', undefined, 320)).toBe('bars');
    expect(chooseOutcomesView('chart', undefined, 401)).toBe('radar');
    expect(chooseOutcomesView('chart', 'radar', 320)).toBe('radar');
    expect(chooseOutcomesView('chart', 'bars', 1000)).toBe('bars');
    expect(chooseOutcomesView('radar', 'bars', 320)).toBe('radar');
  });
});

describe('long text', () => {
  it('keeps a 500-character group name inside 320 px', () => {
    const rows = demoOutcomesRows().map((r) => ({
      ...r,
      group: r.group === 'Practitioners' ? 'x'.repeat(500) : r.group,
    }));
    for (const view of ['radar', 'bars'] as const) {
      const l = layoutOutcomesRadar(model(rows), { width: 320 }, { view, ...words });
      for (const i of l.legend) expect(inside(i.text.box, 320, l.height)).toBe(true);
    }
  });
});
