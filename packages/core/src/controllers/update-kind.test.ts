import { describe, expect, it } from 'vitest';
import { updateKind } from './update-kind.js';

describe('updateKind', () => {
  it('has the expected defaults: nothing changed, nothing to work out', () => {
    expect(updateKind([], [])).toBe('none');
  });

  it('rebuilds the model for a property the model reads (strings, area, min-count, a chart attribute)', () => {
    expect(updateKind(['strings'], [])).toBe('build');
    expect(updateKind(['minCount', 'theme'], ['orientation'])).toBe('build');
    expect(updateKind(['orientation', 'measure'], ['orientation'])).toBe('build');
  });

  it("works out only the view for heading, view and the chart's view properties", () => {
    expect(updateKind(['heading'], [])).toBe('view');
    expect(updateKind(['view', 'orientation'], ['orientation'])).toBe('view');
  });

  it("leaves the shell's own properties and the loader's inputs to the shell and the loader", () => {
    expect(updateKind(['theme', 'source', 'tableSort', 'chartState', 'description'], [])).toBe('none');
    expect(updateKind(['data', 'src', 'preset'], [])).toBe('none');
  });
});
