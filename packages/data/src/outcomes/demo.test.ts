import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outcomesContract } from '../contracts/outcomes.js';
import { DEMO_OUTCOMES_SUPPRESSED_CELL, demoOutcomesRows, demoOutcomesSuppressedRows } from '../demo/outcomes.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildOutcomesModel, outcomeCell } from './model.js';
import { summariseOutcomes } from './summary.js';

const model = (rows: ReturnType<typeof demoOutcomesRows>) =>
  buildOutcomesModel(validate(toRawData(rows), outcomesContract));

describe('demo outcomes data', () => {
  it('is what the committed seeded script writes', () => {
    const script = fileURLToPath(new URL('../../scripts/demo-outcomes.mjs', import.meta.url));
    expect(execFileSync('node', [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  it('validates cleanly and shows every result: 8 outcomes × 3 groups × 3 periods', () => {
    const m = model(demoOutcomesRows());
    expect(m.outcomes).toHaveLength(8);
    expect(m.groups).toEqual([
      'Children and young people (HY5!)',
      'Parents and carers (Voice 4 Parents)',
      'Practitioners',
    ]);
    expect(m.periods).toEqual(['2023', '2024', '2025']);
    expect(m.cells.every((c) => c.status === 'shown')).toBe(true);
  });

  it('carries the built-in 2025 changes as significant', () => {
    const m = model(demoOutcomesRows());
    expect(outcomeCell(m, 'voice_heard', 'Parents and carers (Voice 4 Parents)', '2025')!.change!.verdict).toBe('up');
    expect(outcomeCell(m, 'prepared_for_adulthood', 'Children and young people (HY5!)', '2025')!.change!.verdict).toBe(
      'up',
    );
    expect(outcomeCell(m, 'supported', 'Practitioners', '2025')!.change!.verdict).toBe('down');
  });

  it('suppresses exactly one result in the suppressed fixture, and the summary never quotes it', () => {
    const m = model(demoOutcomesSuppressedRows());
    const { outcome, group, period, respondents, agree } = DEMO_OUTCOMES_SUPPRESSED_CELL;
    expect(m.cells.filter((c) => c.status !== 'shown')).toEqual([
      { outcome, group, period, status: 'suppressed', reason: 'few-responses' },
    ]);
    const secret = Math.round((100 * agree) / respondents);
    const shown = m.cells.filter((c) => c.status === 'shown').map((c) => Math.round(c.percent!));
    expect(shown).not.toContain(secret);
    expect(summariseOutcomes(m)).not.toContain(`${secret}%`);
    expect(summariseOutcomes(m)).toContain('One result is not shown');
  });
});
