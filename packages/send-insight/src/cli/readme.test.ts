import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPresets } from '@send-insight/data';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, CONTRACTS } from './components.js';

const readme = readFileSync(fileURLToPath(new URL('../../../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(
  readme.indexOf('## The send-insight command'),
  readme.indexOf('\n## ', readme.indexOf('## The send-insight command') + 1),
);

/** The backticked names from `lead` to the end of its paragraph (or of its line). */
function namesAfter(lead: string, end = '\n\n'): string[] {
  const start = section.indexOf(lead);
  expect(start, `the README's command section has a paragraph starting "${lead}"`).toBeGreaterThanOrEqual(0);
  const paragraph = section.slice(start, section.indexOf(end, start));
  return [...paragraph.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
}

describe("the README's section on the send-insight command", () => {
  it('names every component the CLI renders', () => {
    expect(namesAfter('Components:', '\n').sort()).toEqual(COMPONENTS.map((c) => c.name).sort());
  });

  it('names every contract validate reads', () => {
    const named = namesAfter('**validate**');
    for (const contract of Object.keys(CONTRACTS)) expect(named).toContain(contract);
  });

  it('names every preset', () => {
    const named = namesAfter('**Presets**');
    for (const preset of listPresets()) expect(named).toContain(preset.name);
  });
});
