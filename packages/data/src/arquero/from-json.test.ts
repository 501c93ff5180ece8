import { describe, expect, it } from 'vitest';
import { SendDataError } from '../issues.js';
import type { Missing } from '../missing.js';
import { fromJSON } from './from-json.js';

const codeOf = (text: string) => {
  try {
    fromJSON(text);
  } catch (e) {
    return (e as SendDataError).issues[0]!.code;
  }
  return 'none';
};

describe('fromJSON', () => {
  it('reads an array of rows, a data wrapper and column arrays alike', () => {
    for (const text of [
      '[{"need":"ASD","pupils":686},{"need":"MSI","pupils":"x"}]',
      '{"data":[{"need":"ASD","pupils":686},{"need":"MSI","pupils":"x"}]}',
      '{"need":["ASD","MSI"],"pupils":[686,"x"]}',
    ]) {
      const t = fromJSON(text);
      expect(t.array('need')).toEqual(['ASD', 'MSI']);
      expect(t.get('pupils', 0)).toBe(686);
      expect((t.get('pupils', 1) as Missing).kind).toBe('not_available');
    }
  });

  it('reads a BOM and number text', () => {
    expect(fromJSON('\uFEFF[{"n":"1,284"}]').get('n', 0)).toBe(1284);
  });

  it('rejects NaN, nested values and arrays of strings with a code', () => {
    expect(codeOf('[{"n": NaN}]')).toBe('invalid-json');
    expect(codeOf('[{"n": {"a": 1}}]')).toBe('nested-value');
    expect(codeOf('["a","b"]')).toBe('row-shape');
    expect(codeOf('42')).toBe('json-shape');
  });
});
