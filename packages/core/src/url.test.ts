import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './url.js';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https links', () => {
    expect(safeHttpUrl('https://www.wolverhampton.gov.uk/localoffer')).toBe(
      'https://www.wolverhampton.gov.uk/localoffer',
    );
    expect(safeHttpUrl(' http://example.org/a?b=1 ')).toBe('http://example.org/a?b=1');
  });
  it('refuses every other scheme and disguised schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative/path',
      '//evil.example',
      'ftp://x.org',
      '',
      'https://exa mple.org',
    ]) {
      expect(safeHttpUrl(bad), bad).toBeUndefined();
    }
    expect(safeHttpUrl(42)).toBeUndefined();
  });
});
