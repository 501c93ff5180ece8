import { table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { SendDataError } from '../issues.js';
import { fromArrow, readArrow } from './from-arrow.js';
import { isArrowIPC } from './read-bytes.js';

const source = table({
  imd_decile: [1, 2, 3],
  pupils: [500, 480, 470],
  sen_support: [90, 70, 60],
  ehc_plan: [20, 18, 15],
});

describe('fromArrow', () => {
  it('reads Arrow IPC stream and file bytes', () => {
    for (const format of ['stream', 'file'] as const) {
      const bytes = toArrowIPC(source, { format });
      expect(isArrowIPC(bytes)).toBe(true);
      const t = fromArrow(bytes);
      expect(t.columnNames()).toEqual(source.columnNames());
      expect(Array.from(t.array('pupils'))).toEqual([500, 480, 470]);
    }
  });

  it('validates Arrow data against a contract and keeps arquero verbs', () => {
    const { table: t, issues } = readArrow(toArrowIPC(source), { contract: deprivationContract });
    expect(issues).toEqual([]);
    expect(t.filter((d: { imd_decile: number }) => d.imd_decile < 3).numRows()).toBe(2);
  });

  it('throws a SendDataError for bytes that are not Arrow', () => {
    try {
      fromArrow(new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SendDataError);
      expect((e as SendDataError).issues[0]!.code).toBe('invalid-arrow');
    }
  });
});
