/**
 * Disclosure as a property, in the browser: for random datasets with small counts, what the
 * element shows does not depend on the value of any suppressed count. Each run draws a dataset D
 * and a twin D′ that differs only in the suppressed cells — one unit moved between two small
 * counts of the same group (and, where sums across groups are published too, back round a
 * rectangle of four), so every total that may be published stays the same — and asserts
 * that every channel (rendered text, aria attributes, table, CSV and SVG exports via
 * `everyChannel`, plus the live-region announcements and tooltips met while moving through every
 * point with the keyboard) is identical. If any channel showed a small count, or a figure from
 * which one could be worked out (a rate, a share, a total minus the rest), the twins would differ.
 */
import { expect } from '@open-wc/testing';
import type { SendElement } from '@send-insight/core';
import fc from 'fast-check';
import { everyChannel } from '../../../core/src/test/chart-base-tests.js';
import { create, loadTargets, settled, type Row, type SecurityTarget } from './targets.js';

const { ready } = await loadTargets();

/** Which count cells may be made small, and which of them share a published total. */
interface Plan {
  /** Cells (row index, column) that may hold a small count. */
  cells: (rows: Row[]) => { row: number; column: string; group: string }[];
  /**
   * Cells whose sums across groups are published too (the need breakdown's "all provision", the sum
   * of SEN support and EHC plans, may be shown while both parts are hidden): the unit then moves
   * round a rectangle of four small counts, two groups × two members, keeping every sum.
   */
  rectangle?: (rows: Row[], row: number) => number | undefined;
  /** Makes the rest of the row consistent after a count changed (e.g. agree ≤ respondents). */
  fix?: (row: Row) => void;
}

const PLANS: Record<string, Plan> = {
  'send-test-chart': { cells: (rows) => rows.map((_, row) => ({ row, column: 'count', group: 'all' })) },
  'send-deprivation-chart': {
    cells: (rows) =>
      rows.flatMap((r, row) =>
        ['sen_support', 'ehc_plan'].map((column) => ({ row, column, group: `${r.geography}|${column}` })),
      ),
  },
  'send-need-breakdown': {
    cells: (rows) =>
      rows.map((r, row) => ({
        row,
        column: 'pupils',
        group: `${r.geography}|${r.phase}|${r.provision}|${r.time_period}`,
      })),
    // the same need in the other provision
    rectangle: (rows, row) => {
      const r = rows[row]!;
      const other = rows.findIndex(
        (o) =>
          o.geography === r.geography &&
          o.phase === r.phase &&
          o.need === r.need &&
          o.time_period === r.time_period &&
          o.provision !== r.provision,
      );
      return other >= 0 ? other : undefined;
    },
  },
  // authorities' counts: each region's and England's totals stay the same when a unit moves within a region
  'send-indicator': {
    cells: (rows) =>
      rows.flatMap((r, row) =>
        r.geographic_level === 'Local authority'
          ? [{ row, column: 'value', group: `${r.region_code}|${r.time_period}` }]
          : [],
      ),
  },
  'send-outcomes-radar': {
    cells: (rows) => rows.map((r, row) => ({ row, column: 'respondents', group: `${r.group}|${r.period}` })),
    fix: (row) => {
      row.agree = Math.min(Number(row.agree), Math.max(0, Number(row.respondents) - 1));
    },
  },
};

/** A dataset with small counts and its twin, or undefined when no two small cells share a group. */
function twins(
  target: SecurityTarget,
  picks: { index: number; value: number }[],
  transfer: number,
): [Row[], Row[]] | undefined {
  const plan = PLANS[target.tag]!;
  const rows = target.valid();
  const cells = plan.cells(rows);
  const chosen = new Map<number, number>();
  for (const p of picks) chosen.set(p.index % cells.length, p.value);
  const small = [...chosen.entries()].map(([i, value]) => ({ ...cells[i]!, value }));
  for (const c of small) {
    rows[c.row]![c.column] = c.value;
    plan.fix?.(rows[c.row]!);
  }
  // a pair in one group where one unit can move and both stay small (1..9)
  const pairs: [(typeof small)[number], (typeof small)[number]][] = [];
  for (const a of small)
    for (const b of small) if (a !== b && a.group === b.group && a.value >= 2 && b.value <= 8) pairs.push([a, b]);
  if (!pairs.length) return undefined;
  const [a, b] = pairs[transfer % pairs.length]!;
  const twin = rows.map((r) => ({ ...r }));
  twin[a.row]![a.column] = a.value - 1;
  twin[b.row]![b.column] = b.value + 1;
  if (plan.rectangle) {
    // and back round the other group: a's partner gains the unit b's partner gives up
    const [pa, pb] = [plan.rectangle(rows, a.row), plan.rectangle(rows, b.row)];
    if (pa === undefined || pb === undefined) return undefined;
    const [va, vb] = [2 + (a.value % 7), 2 + (b.value % 7)];
    rows[pa]![a.column] = va;
    rows[pb]![b.column] = vb;
    twin[pa]![a.column] = va + 1;
    twin[pb]![b.column] = vb - 1;
  }
  plan.fix?.(twin[a.row]!);
  plan.fix?.(twin[b.row]!);
  if (plan.fix) {
    // keep the twin's other columns equal to the original's where the fix allows
    for (const r of [a.row, b.row])
      twin[r]!.agree = Math.min(Number(rows[r]!.agree), Math.max(0, Number(twin[r]!.respondents) - 1));
    for (const r of [a.row, b.row]) rows[r]!.agree = twin[r]!.agree;
  }
  return [rows, twin];
}

/** Everything the element shows, including what the keyboard and the tooltip reveal. */
async function allOutput(el: SendElement): Promise<string> {
  const parts = [await everyChannel(el)];
  const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]');
  if (plot && plot.getAttribute('tabindex') === '0') {
    plot.focus();
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]');
    for (const key of [...Array(24).fill('ArrowRight'), 'ArrowDown', ...Array(24).fill('ArrowRight'), 'End', 'Home']) {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      parts.push(live?.textContent ?? '', el.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent ?? '');
    }
  }
  // element ids differ between instances; nothing else may
  return parts.join('\n').replace(/send-\d+/g, 'send-#');
}

async function render(target: SecurityTarget, rows: Row[]): Promise<{ state: string; output: string }> {
  const el = create(target, { heading: 'Disclosure', source: 'Property test' });
  el.data = rows;
  const wrapper = document.createElement('div');
  wrapper.style.width = '720px';
  document.body.append(wrapper);
  wrapper.append(el);
  try {
    const state = await settled(el);
    return { state, output: state === 'error' ? `error ${JSON.stringify(el.issues)}` : await allOutput(el) };
  } finally {
    wrapper.remove();
  }
}

let runs = 0;

describe('security: disclosure property (suppressed values leave no trace)', () => {
  after(() => console.log(`disclosure: ${runs} dataset pairs compared`));

  for (const target of ready.filter((t) => PLANS[t.tag])) {
    it(`<${target.tag}>: the comparison sees a change of one in a shown count (so it can fail)`, async () => {
      const rows = target.valid();
      const cell = PLANS[target.tag]!.cells(rows)[0]!;
      const changed = rows.map((r) => ({ ...r }));
      changed[cell.row]![cell.column] = Number(rows[cell.row]![cell.column]) + 1;
      const [a, b] = [await render(target, rows), await render(target, changed)];
      expect(a.state).to.equal('ready');
      expect(a.output).to.not.equal(b.output);
    });

    it(`<${target.tag}>: output is identical for datasets that differ only in suppressed counts`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ index: fc.nat(), value: fc.integer({ min: 1, max: 9 }) }), {
            minLength: 2,
            maxLength: 8,
          }),
          fc.nat(),
          async (picks, transfer) => {
            const pair = twins(target, picks, transfer);
            fc.pre(pair !== undefined);
            const [a, b] = [await render(target, pair![0]), await render(target, pair![1])];
            runs++;
            expect(a.state, a.output.slice(0, 300)).to.not.equal('error');
            expect(b.state).to.equal(a.state);
            if (a.output !== b.output) {
              const la = a.output.split('\n');
              const lb = b.output.split('\n');
              const i = la.findIndex((line, k) => line !== lb[k]);
              expect.fail(
                `a suppressed value changed the output at line ${i}:\n  ${la[i]?.slice(0, 300)}\n  ${lb[i]?.slice(0, 300)}`,
              );
            }
          },
        ),
        { numRuns: 12, seed: 20251123, endOnFailure: true },
      );
    });
  }
});
