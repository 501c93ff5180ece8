import { describe, expect, it } from 'vitest';
import { linkedDisclosureKey } from './linked-disclosure-key.js';
import { protectLinkedCounts, type LinearConstraint } from './linked-disclosure.js';
import { missing } from './missing.js';

const settings = { minCount: 10, roundTo: 1, suppressZero: false };
const relations: LinearConstraint[] = [{ total: 0, parts: [1, 2] }];

describe('linkedDisclosureKey', () => {
  it('tells apart every input that could be protected differently', () => {
    const key = (values: unknown[], options = {}, s = settings, c = relations) =>
      linkedDisclosureKey(values, c, s, options);
    const base = key([20, 4, 16]);
    const others = [
      key([20, 5, 15]),
      key([20, 4, 16], {}, { ...settings, minCount: 5 }),
      key([20, 4, 16], {}, { ...settings, roundTo: 5 }),
      key([20, 4, 16], {}, { ...settings, suppressZero: true }),
      key([20, 4, 16], {}, settings, [{ total: 0, parts: [1, 2], kind: 'ge' }]),
      key([20, 4, 16], {}, settings, [{ total: 0, parts: [2, 1] }]),
      key([20, 4, 16], { followers: [[1]] }),
      key([20, 4, 16], { costs: [20, 4, 17] }),
      key([20, 4, missing('suppressed', 'c')]),
      key([20, 4, missing('not_available', 'x')]),
      key([20, 4, missing('not_applicable', 'z', true)]),
      key([20, 4, missing('not_applicable', 'z')]),
      key([20, 4, undefined]),
      key([20, -0, 16]),
      key([20, 0, 16]),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
    // the same input, given again as new arrays and objects, has the same key
    expect(key([20, 4, 16])).toBe(base);
    expect(key([20, 4, missing('suppressed', 'c')])).toBe(others[8]);
    expect(key([20, 4, 16], {}, settings, [{ total: 0, parts: [1, 2], kind: 'eq' }])).toBe(base);
  });

  it('keeps no key for a value of another kind, or for an input too large to be worth keeping', () => {
    expect(linkedDisclosureKey([20, '4' as unknown, 16], relations, settings, {})).toBeUndefined();
    expect(linkedDisclosureKey(new Array(50_000).fill(123), relations, settings, {})).toBeUndefined();
  });
});

describe('protectLinkedCounts with an input it has seen', () => {
  it('returns the same cells and reasons again, in arrays of its own that a caller may change', () => {
    const values = [120, 4, 116, 60, 2, 58, 60, 2, 58];
    const constraints: LinearConstraint[] = [
      { total: 0, parts: [3, 6] },
      { total: 1, parts: [4, 7] },
      { total: 2, parts: [5, 8] },
      { total: 0, parts: [1, 2] },
      { total: 3, parts: [4, 5] },
      { total: 6, parts: [7, 8] },
    ];
    const first = protectLinkedCounts(values, constraints);
    const expected = structuredClone({
      values: first.values.map(String),
      reasons: [...first.reasons],
      counts: first.counts,
    });
    first.values.fill(0);
    first.reasons.fill(undefined);
    first.counts.secondary = -1;
    const again = protectLinkedCounts(
      [...values],
      constraints.map((c) => ({ ...c, parts: [...c.parts] })),
    );
    expect({ values: again.values.map(String), reasons: [...again.reasons], counts: again.counts }).toEqual(expected);
    expect(expected.reasons.filter(Boolean).length).toBeGreaterThan(2);
    expect(again.values).not.toBe(first.values);
  });
});
