import { boxesOverlap, textWidth, wrapText, type Box } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import { suppressionLabel } from '@send-insight/data';
import type {
  LabelLine,
  LegendItem,
  OutcomesLayoutInput,
  RadarLayout,
  TextBlock,
  ValueMark,
} from './outcomes-radar.types.js';
import { layoutLegend, shiftBlock } from './outcomes-radar.legend.js';
import { placeRingValues } from './outcomes-radar.rings.js';
import { changeMark } from './outcomes-radar.series.js';

type Point = { x: number; y: number };
type Placed = { box: Box; lines: LabelLine[]; anchor: TextBlock['anchor']; moved: boolean };

const fmtPt = (p: Point) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`;

/**
 * The smallest radius the radar is drawn at, px. Where the outcomes' names round the rings would
 * leave less (a narrow chart, such as a phone's with the radar chosen by hand), each spoke is
 * labelled with its number and a key under the radar names it, with any result not shown.
 */
export const RADAR_MIN_RADIUS = 80;

/**
 * Lays out the radar: an axis per outcome clockwise from the top, rings at 25, 50, 75 and 100%,
 * a closed line per series through its values (open where a result is not shown, so a gap is
 * never drawn as 0), each value's 95% interval as a band, and each outcome's name outside the
 * rings with the series whose result is not shown named under it. The radius is the largest
 * whose labels fit the width without touching. Ring values are written where no marker, line or
 * label is (see `placeRingValues`). Where the names would leave a radius under
 * {@link RADAR_MIN_RADIUS}, the spokes are numbered and a key under the radar names them.
 */
export function layoutRadar({
  model,
  specs,
  width,
  by,
  about,
  target,
  fontSize: baseFont,
  fmt,
}: OutcomesLayoutInput): RadarLayout {
  const n = model.outcomes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const pad = 4;
  let fontSize = baseFont;
  // room between the outer ring and a label, in step with the text (8 px at 13 px text)
  const labelGap = Math.round(baseFont * 0.6);
  let lineHeight = Math.round(fontSize * 1.25);
  const bands: RadarLayout['bands'] = specs.length > 1 ? 'focus' : 'all';
  const band = {
    text: fmt.w.t(
      bands === 'all' ? 'outcomesBandKey' : by === 'group' ? 'outcomesBandKeyGroup' : 'outcomesBandKeyPeriod',
    ),
    series: bands === 'all' ? 0 : undefined,
  };
  const legend = () =>
    layoutLegend(
      specs.map((s) => s.info),
      { target, band: specs.length ? band : undefined },
      width - 2 * pad,
      pad,
      fontSize,
      lineHeight,
      fmt,
    );

  // label text per axis: the outcome, then one line per series with a gap there
  const gapLines = (axis: number) =>
    specs.flatMap((s) =>
      s.cells[axis]!.status === 'shown'
        ? []
        : [{ text: suppressionLabel(s.cells[axis]!, model.minCount, fmt.w), icon: s.info.index }],
    );

  // the key to numbered spokes, one entry per outcome from `top` down: its number (bold, as on
  // the spoke), its name beside it, then a note per series whose result is not shown
  const layoutKey = (top: number): TextBlock[] => {
    const indent = Math.ceil(textWidth(String(n), fontSize, true) + fontSize * 0.6);
    const maxW = width - 2 * pad - indent;
    let y = top;
    return model.outcomes.map((o, i) => {
      const lines: LabelLine[] = [{ text: String(i + 1), x: pad, y: y + fontSize * 0.85, kind: 'title' }];
      for (const t of wrapText(fmt.w.t(`outcome.${o}`), maxW, fontSize))
        lines.push({ text: t, x: pad + indent, y: y + fontSize * 0.85 + (lines.length - 1) * lineHeight });
      for (const g of gapLines(i))
        wrapText(g.text, maxW - fontSize - 4, fontSize).forEach((t, k) =>
          lines.push({
            text: t,
            x: pad + indent + fontSize + 4,
            y: y + fontSize * 0.85 + (lines.length - 1) * lineHeight,
            kind: 'gap',
            anchor: 'start',
            ...(k === 0 ? { icon: g.icon, iconX: pad + indent + fontSize / 2 } : {}),
          }),
        );
      const w = Math.max(...lines.map((l) => l.x - pad + textWidth(l.text, fontSize, l.kind === 'title')));
      const box = { x: pad, y, width: w, height: (lines.length - 1) * lineHeight };
      y += box.height + 4;
      return { anchor: 'start', lines, box };
    });
  };

  const place = (
    radius: number,
    cx: number,
    cy: number,
    maxSide: number,
    maxVertical: number,
    keyed = false,
  ): Placed[] =>
    model.outcomes.map((o, i) => {
      const a = angle(i);
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const vertical = Math.abs(cos) < 0.2;
      // keyed: the spoke's number, its name and any gap note in the key under the radar
      const name = keyed ? String(i + 1) : fmt.w.t(`outcome.${o}`);
      // outcome names are drawn bold: measured bold, so a name at the edge is not cut off, and
      // never narrower than their longest word (a word is not broken while a line can hold it)
      const longest = Math.max(...name.split(/\s+/).map((word) => textWidth(word, fontSize, true)));
      const maxW = Math.min(width - 2 * pad, Math.max(vertical ? maxVertical : maxSide, longest));
      const title = wrapText(name, maxW, fontSize, { bold: true }).map((t) => ({
        text: t,
        kind: 'title' as const,
        indent: 0,
      }));
      const gaps = (keyed ? [] : gapLines(i)).flatMap((g) =>
        wrapText(g.text, maxW - fontSize - 4, fontSize).map((t, k) => ({
          text: t,
          kind: 'gap' as const,
          icon: k === 0 ? g.icon : undefined,
          indent: fontSize + 4,
        })),
      );
      const all = [...title, ...gaps];
      const w = Math.max(...all.map((l) => textWidth(l.text, fontSize, l.kind === 'title') + l.indent));
      const h = all.length * lineHeight;
      const ax = cx + (radius + labelGap) * cos;
      const ay = cy + (radius + labelGap) * sin;
      const anchor: TextBlock['anchor'] = vertical ? 'middle' : cos > 0 ? 'start' : 'end';
      // a label that would run past the chart's edge moves in (the edge cuts it in an export)
      const want = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
      const left = Math.max(pad, Math.min(want, 2 * cx - pad - w));
      const top = vertical
        ? sin < 0
          ? ay - h
          : ay
        : Math.abs(sin) < 0.2
          ? ay - h / 2
          : sin < 0
            ? ay - h + lineHeight * 0.6
            : ay - lineHeight * 0.4;
      const lines: LabelLine[] = all.map((l, k) => {
        const y = top + fontSize * 0.85 + k * lineHeight;
        if (l.kind === 'gap') {
          // gap notes read left to right from their series marker, whatever the title's alignment
          const icon = 'icon' in l && l.icon !== undefined ? { icon: l.icon, iconX: left + fontSize / 2 } : {};
          return { text: l.text, x: left + l.indent, y, kind: l.kind, anchor: 'start' as const, ...icon };
        }
        const lx = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
        return { text: l.text, x: lx, y, kind: l.kind };
      });
      return { box: { x: left, y: top, width: w, height: h }, lines, anchor, moved: Math.abs(left - want) > 0.01 };
    });

  // a label moved in from the edge must still keep clear of the plot's circle
  const clearOfCircle = (b: Box, r: number) =>
    Math.hypot(Math.max(b.x - width / 2, 0, width / 2 - b.x - b.width), Math.max(b.y, 0, -b.y - b.height)) >= r + 2;
  const fits = (placed: Placed[], r: number) =>
    placed.every((p) => p.box.x >= pad - 0.01 && p.box.x + p.box.width <= width - pad + 0.01) &&
    placed.every((p) => !p.moved || clearOfCircle(p.box, r)) &&
    placed.every((p, i) => placed.every((q, j) => j <= i || !boxesOverlap(p.box, q.box, 2)));

  // search: the largest radius (up to a comfortable maximum) whose labels fit, shrinking label
  // widths if needed (never the font: chart text stays at its size)
  let best:
    { radius: number; placed: Placed[]; legendBottom: number; legendItems: LegendItem[]; keyed?: boolean } | undefined;
  const maxRadius = Math.min(240, Math.max(20, width / 2 - pad - 40));
  search: for (const font of [baseFont]) {
    fontSize = font;
    lineHeight = Math.round(fontSize * 1.25);
    // then, on a narrow chart, wider side labels (fewer lines) and the top and bottom ones wrapped
    for (const [sideShare, verticalShare] of [
      [0.3, 0.6],
      [0.26, 0.6],
      [0.22, 0.6],
      [0.36, 0.6],
      [0.42, 0],
      [0.36, 0],
      [0.3, 0],
    ] as const) {
      const maxSide = Math.max(60, Math.min(170, width * sideShare));
      const maxVertical = Math.max(80, Math.min(260, width * verticalShare));
      for (let r = maxRadius; r >= 24; r -= 2) {
        const placed = place(r, width / 2, 0, maxSide, maxVertical);
        if (fits(placed, r)) {
          const lg = legend();
          best = { radius: r, placed, legendBottom: lg.bottom, legendItems: lg.items };
          break search;
        }
      }
    }
  }
  if (!best || best.radius < RADAR_MIN_RADIUS) {
    // the names leave the radar too small to read: number the spokes, and name them in a key
    const numberWidth = textWidth(String(n), fontSize, true);
    const maxKeyed = Math.min(240, Math.floor(width / 2 - pad - labelGap - numberWidth - 2));
    for (let r = maxKeyed; r > (best?.radius ?? 0); r -= 2) {
      const placed = place(r, width / 2, 0, 60, 80, true);
      if (fits(placed, r)) {
        const lg = legend();
        best = { radius: r, placed, legendBottom: lg.bottom, legendItems: lg.items, keyed: true };
        break;
      }
    }
  }
  if (!best) {
    // nothing fits (a very small width): the smallest radius, labels as narrow as allowed
    const placed = place(24, width / 2, 0, 60, 80);
    const lg = legend();
    best = { radius: 24, placed, legendBottom: lg.bottom, legendItems: lg.items };
  }

  // shift vertically so the highest label sits under the legend
  const top = Math.min(...best.placed.map((p) => p.box.y), -best.radius);
  const dy = best.legendBottom + 12 - top;
  const cx = width / 2;
  const cy = dy;
  const radius = best.radius;
  const labelsBottom = Math.max(cy + radius, ...best.placed.map((p) => p.box.y + dy + p.box.height));
  const keys = best.keyed ? layoutKey(labelsBottom + lineHeight) : undefined;
  const axes: RadarLayout['axes'] = model.outcomes.map((o, i) => {
    const p = best!.placed[i]!;
    return {
      outcome: o,
      x: cx + radius * Math.cos(angle(i)),
      y: cy + radius * Math.sin(angle(i)),
      label: {
        anchor: p.anchor,
        box: { ...p.box, y: p.box.y + dy },
        lines: p.lines.map((l) => ({ ...l, y: l.y + dy })),
      },
      ...(keys ? { key: keys[i]! } : {}),
    };
  });
  const r = scaleLinear().domain([0, 100]).range([0, radius]);
  const pointAt = (axis: number, value: number): Point => ({
    x: cx + r(value) * Math.cos(angle(axis)),
    y: cy + r(value) * Math.sin(angle(axis)),
  });
  const ring = (value: number) => model.outcomes.map((_, i) => pointAt(i, value));
  const ringPath = (value: number) =>
    ring(value)
      .map((p, i) => `${i ? 'L' : 'M'}${fmtPt(p)}`)
      .join('') + 'Z';

  const marks: ValueMark[][] = specs.map((s) =>
    s.cells.map((cell, axis) => {
      const base = { series: s.info.index, axis, outcome: cell.outcome, cell };
      if (cell.status !== 'shown') {
        const label = axes[axis]!.key ?? axes[axis]!.label;
        const line = label.lines.find((l) => l.icon === s.info.index) ?? label.lines[0]!;
        return {
          ...base,
          x: line.x,
          y: line.y - fontSize * 0.35,
          gapText: suppressionLabel(cell, model.minCount, fmt.w),
        };
      }
      const lo = pointAt(axis, cell.lower!);
      const hi = pointAt(axis, cell.upper!);
      return {
        ...base,
        ...pointAt(axis, cell.percent!),
        interval: { x1: lo.x, y1: lo.y, x2: hi.x, y2: hi.y },
        valueText: fmt.percent(cell.percent!),
        ...changeMark(cell, fmt),
      };
    }),
  );

  // per series: runs of consecutive shown axes (one closed run when every axis is shown); a gap breaks the line
  const runsOf = (shown: boolean[]): { run: number[]; closed: boolean }[] => {
    if (shown.every(Boolean) && n >= 3) return [{ run: shown.map((_, i) => i), closed: true }];
    const runs: { run: number[]; closed: boolean }[] = [];
    const start = shown.indexOf(false);
    if (start < 0) return [{ run: shown.map((_, i) => i), closed: false }];
    let run: number[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n;
      if (shown[i]) run.push(i);
      else if (run.length) {
        runs.push({ run, closed: false });
        run = [];
      }
    }
    if (run.length) runs.push({ run, closed: false });
    return runs;
  };
  const lines: Point[][] = [];
  const bandShapes: { upper: Point[]; lower: Point[]; closed: boolean }[][] = [];
  const paths = specs.map((s, si) => {
    const runs = runsOf(s.cells.map((c) => c.status === 'shown')).filter((x) => x.run.length >= 2);
    bandShapes[si] = [];
    let line = '';
    let bandPath = '';
    for (const { run, closed } of runs) {
      const pts = run.map((i) => marks[si]![i]! as Point);
      lines.push(closed ? [...pts, pts[0]!] : pts);
      line += pts.map((p, k) => `${k ? 'L' : 'M'}${fmtPt(p)}`).join('') + (closed ? 'Z' : '');
      const upper = run.map((i) => pointAt(i, s.cells[i]!.upper!));
      const lower = run.map((i) => pointAt(i, s.cells[i]!.lower!));
      bandShapes[si]!.push({ upper, lower, closed });
      bandPath += closed
        ? `M${upper.map(fmtPt).join('L')}ZM${[...lower].reverse().map(fmtPt).join('L')}Z`
        : `M${[...upper, ...[...lower].reverse()].map(fmtPt).join('L')}Z`;
    }
    return { line, band: bandPath };
  });
  for (const m of marks.flat()) if (m.cell.status === 'shown' && !lines.some((l) => l.includes(m))) m.alone = true;

  // ring values (and the target's) where nothing else is: see placeRingValues
  const small = fontSize;
  const shown = marks.flat().filter((m) => m.cell.status === 'shown');
  const intervals = shown.filter((m) => m.alone);
  const placedRings = placeRingValues({
    n,
    angle,
    pointAt,
    fontSize: small,
    width,
    rings: [25, 50, 75, 100].map((value) => ({ value, text: fmt.percent(value) })),
    target:
      target === undefined
        ? undefined
        : { value: target, text: fmt.w.t('outcomesTarget', { value: fmt.percent(target) }) },
    taken: axes.map((a) => a.label.box),
    markers: shown.map((m) => ({ x: m.x, y: m.y })),
    lines: [
      ...lines,
      ...intervals.map((m) => [
        { x: m.interval!.x1, y: m.interval!.y1 },
        { x: m.interval!.x2, y: m.interval!.y2 },
      ]),
    ],
    bands: bandShapes.flat(),
  });
  const rings = [25, 50, 75, 100].map((value, i) => ({ value, path: ringPath(value), label: placedRings.rings[i]! }));
  const targetRing =
    target === undefined ? undefined : { value: target, path: ringPath(target), label: placedRings.target! };

  const bottom = Math.max(
    labelsBottom,
    ...axes.map((a) => (a.key ? a.key.box.y + a.key.box.height : a.label.box.y + a.label.box.height)),
  );
  return {
    kind: 'radar',
    width,
    height: Math.ceil(bottom + pad + 4),
    fontSize,
    lineHeight,
    seriesBy: by,
    about,
    series: specs.map((s) => s.info),
    legend: best.legendItems.map((it) => ({ ...it, x: it.x + pad, text: shiftBlock(it.text, pad, 0) })),
    marks,
    notes: [],
    cx,
    cy,
    radius,
    axes,
    rings,
    target: targetRing,
    paths,
    bands,
  };
}
