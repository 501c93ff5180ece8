import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCounts } from './disclosure.js';
import { needsLinkedProtection, protectLinkedCounts, type LinearConstraint } from './linked-disclosure.js';
import { isMissing, missing } from './missing.js';

const hidden = (out: { values: unknown[] }) =>
  out.values.flatMap((v, i) => (isMissing(v) && v.kind === 'suppressed' ? [i] : []));

/** A table of r × c cells with row totals, column totals and a grand total, as cells and relations. */
function table(cells: number[][]) {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const values: number[] = cells.flat();
  const at = (r: number, c: number) => r * cols + c;
  const constraints: LinearConstraint[] = [];
  const rowTotals = cells.map((row) => {
    values.push(row.reduce((a, b) => a + b, 0));
    return values.length - 1;
  });
  const colTotals = cells[0]!.map((_, c) => {
    values.push(cells.reduce((s, row) => s + row[c]!, 0));
    return values.length - 1;
  });
  values.push(values.slice(0, rows * cols).reduce((a, b) => a + b, 0));
  const grand = values.length - 1;
  cells.forEach((row, r) => constraints.push({ total: rowTotals[r]!, parts: row.map((_, c) => at(r, c)) }));
  cells[0]!.forEach((_, c) => constraints.push({ total: colTotals[c]!, parts: cells.map((__, r) => at(r, c)) }));
  constraints.push({ total: grand, parts: rowTotals }, { total: grand, parts: colTotals });
  return { values, constraints, at };
}

describe('protectLinkedCounts', () => {
  it('has the expected defaults: with one relation it hides what protectCounts hides', () => {
    const values = [120, 4, 30, 60];
    const linked = protectLinkedCounts([...values, 214], [{ total: 4, parts: [0, 1, 2, 3] }]);
    expect(linked.reasons.slice(0, 4)).toEqual(protectCounts(values).reasons);
    expect(linked.reasons[4]).toBeUndefined();
    expect(linked.values.slice(0, 4).map((v) => (isMissing(v) ? 'c' : v))).toEqual([120, 'c', 'c', 60]);
  });

  it('hides a part of a subtotal when the subtotal minus the other parts would give a hidden part away', () => {
    // Mainstream - total (40) = academy (4) + LA maintained (36); each row has its own total too
    // cells: 0 academy, 1 LA maintained, 2 Mainstream - total
    const out = protectLinkedCounts([4, 36, 40], [{ total: 2, parts: [0, 1] }]);
    expect(out.reasons).toEqual(['primary', 'secondary', undefined]);
  });

  it('finds a hidden count that only follows from two relations together, and hides one more cell', () => {
    // every row and column with a hidden cell has two or more, each adding up to 10 or more, so each
    // relation on its own is safe; but rows 1–2 and columns 1–2 together give cell (2, 3) away
    const small = [
      [5, 6, 50, 50],
      [6, 5, 5, 50],
      [50, 50, 6, 5],
      [50, 50, 5, 6],
    ];
    const { values, constraints, at } = table(small);
    const out = protectLinkedCounts(values, constraints);
    const primary = out.reasons.flatMap((r, i) => (r === 'primary' ? [i] : []));
    expect(primary).toEqual([at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(1, 2), at(2, 2), at(2, 3), at(3, 2), at(3, 3)]);
    expect(out.counts.secondary).toBeGreaterThan(0);
    // by hand: x(1,2) = row 1 − (col 0 + col 1 − row 0), with rows and columns restricted to the hidden cells
    const shown = (i: number) => !isMissing(out.values[i]);
    const solvable =
      shown(at(0, 2)) &&
      shown(at(0, 3)) &&
      shown(at(1, 3)) &&
      shown(at(2, 0)) &&
      shown(at(2, 1)) &&
      shown(at(3, 0)) &&
      shown(at(3, 1));
    expect(solvable).toBe(false);
  });

  it('keeps cells missing at source: c counts as hidden, a structural zero as a known zero, x as unknown', () => {
    // a z its publication defines as zero (missing(…, true)); without that definition it would be unknown, like x
    const out = protectLinkedCounts(
      [missing('suppressed'), 3, 50, missing('not_applicable', 'z', true), missing('not_available'), 100],
      [{ total: 5, parts: [0, 1, 2, 3, 4] }],
    );
    expect(out.reasons.slice(0, 2)).toEqual(['source', 'primary']);
    expect(isMissing(out.values[3]) && (out.values[3] as { kind: string }).kind).toBe('not_applicable');
    expect(isMissing(out.values[4]) && (out.values[4] as { kind: string }).kind).toBe('not_available');
    // the 3 hides with the smallest shown cell, as the hidden parts must add up to 10 or more
    expect(out.reasons[2]).toBe('secondary');
  });

  it('hides followers with their leader (a row shown only whole), zeros too, without protecting the zeros', () => {
    // cell 3 is a row total of 5 (below 10) with cells 0–2; hiding it hides the whole row
    const out = protectLinkedCounts(
      [3, 2, 0, 5, 40, 45],
      [
        { total: 3, parts: [0, 1, 2] },
        { total: 5, parts: [3, 4] },
      ],
      { followers: [[], [], [], [0, 1, 2]] },
    );
    expect(out.reasons.slice(0, 4)).toEqual(['primary', 'primary', 'secondary', 'primary']);
    // the 5 is one of two parts of 45: the 40 goes too
    expect(out.reasons[4]).toBe('secondary');
    // a zero hidden with its row needs no partner of its own: 0 = 0 + 0 + hidden zero stays as it is
    const zeros = protectLinkedCounts(
      [0, 0, 20, 40, 60, 3, 0, 3],
      [
        { total: 4, parts: [2, 3] },
        { total: 1, parts: [0] },
        { total: 7, parts: [5, 6] },
      ],
      { followers: [[], [], [], [], [], [6]] },
    );
    expect(zeros.reasons).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'primary',
      'secondary',
      'primary',
    ]);
  });

  it('has nothing to protect without a small count or a count suppressed at source, and then shows every count', () => {
    expect(needsLinkedProtection([120, 14, 106, 0], { minCount: 10 })).toBe(false);
    expect(needsLinkedProtection([120, 4, 116], { minCount: 10 })).toBe(true);
    expect(needsLinkedProtection([120, 0, 120], { minCount: 10, suppressZero: true })).toBe(true);
    expect(needsLinkedProtection([120, missing('suppressed', 'c'), 106], { minCount: 10 })).toBe(true);
    expect(needsLinkedProtection([120, missing('not_available', 'x'), 106], { minCount: 10 })).toBe(false);
    // whatever the relations and followers, nothing is hidden: the same as with none
    const values = [120, 14, 106, 0, 60, missing('not_available', 'x')];
    const relations: LinearConstraint[] = [
      { total: 0, parts: [1, 2, 3] },
      { total: 4, parts: [5], kind: 'ge' },
    ];
    const linked = protectLinkedCounts(values, relations, { minCount: 10, followers: [[1, 2, 3]] });
    expect(linked).toEqual(protectLinkedCounts(values, [], { minCount: 10 }));
    expect(linked.values).toEqual(values);
    expect(linked.reasons.filter(Boolean)).toEqual([]);
  });

  it('rejects a relation naming a cell that does not exist', () => {
    expect(() => protectLinkedCounts([1, 2], [{ total: 0, parts: [1, 2] }])).toThrow(RangeError);
    // also with nothing to protect
    expect(() => protectLinkedCounts([30, 20], [{ total: 0, parts: [1, 2] }])).toThrow(RangeError);
  });

  it('never shows a count below the threshold, and never leaves a small count as the one unknown of a relation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 200 })), { minLength: 2, maxLength: 5 }), {
          minLength: 2,
          maxLength: 5,
        }),
        fc.integer({ min: 2, max: 15 }),
        (grid, minCount) => {
          const width = Math.min(...grid.map((r) => r.length));
          const cells = grid.map((r) => r.slice(0, width));
          const { values, constraints } = table(cells);
          const out = protectLinkedCounts(values, constraints, { minCount });
          for (const v of out.values) if (typeof v === 'number') expect(v === 0 || v >= minCount).toBe(true);
          const isHidden = new Set(hidden(out));
          for (const c of constraints) {
            const unknown = [c.total, ...c.parts].filter((i) => isHidden.has(i));
            // a secondary cell (0, or at least the threshold) may follow exactly: it discloses no small count
            if (unknown.length === 1) expect(values[unknown[0]!]! === 0 || values[unknown[0]!]! >= minCount).toBe(true);
          }
        },
      ),
    );
  });
});
