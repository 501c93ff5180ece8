import { describe, expect, it } from 'vitest';
import { buildMeasure } from './measure.js';
import { RAG_RULE, ragRating } from './rag.js';

const a = (status: Parameters<typeof ragRating>[0][number]['status'], overdue = false) => ({ status, overdue });
const m = (baseline: number, current: number) =>
  buildMeasure({ name: 'Overdue annual reviews', baseline, current, target: 0, better: 'lower' });

describe('ragRating', () => {
  it('has the expected rule text, one line per rating', () => {
    expect(RAG_RULE).toHaveLength(5);
    expect(RAG_RULE.map((r) => r.split(':')[0])).toEqual(['No longer monitored', 'Complete', 'Red', 'Amber', 'Green']);
  });

  it('is green when open actions are on track and measures at least half way', () => {
    expect(ragRating([a('on_track'), a('not_started'), a('complete')], [m(200, 40)])).toEqual({
      rating: 'green',
      label: 'Green',
      reasons: ['no action is off track, at risk or overdue', 'the measure is at least half way to target'],
    });
  });

  it('is red for an off-track action, for a worsening measure, and when two or more and half of open actions are overdue', () => {
    expect(ragRating([a('on_track'), a('off_track')], []).reasons).toEqual(['1 action is off track']);
    expect(ragRating([a('on_track')], [m(200, 220)]).reasons).toEqual([
      'Overdue annual reviews is further from its target than at baseline',
    ]);
    expect(
      ragRating([a('on_track', true), a('on_track', true), a('on_track'), a('on_track'), a('complete')], []).reasons,
    ).toEqual(['2 of 4 open actions are overdue']);
  });

  it('is amber for one overdue action, an at-risk action, or a measure less than half way', () => {
    expect(ragRating([a('on_track', true), a('on_track')], []).rating).toBe('amber');
    expect(
      ragRating([a('on_track', true), a('on_track', true), a('on_track'), a('on_track'), a('on_track')], []).rating,
    ).toBe('amber');
    expect(ragRating([a('at_risk')], []).reasons).toEqual(['1 action is at risk']);
    expect(ragRating([a('on_track')], [m(200, 150)]).reasons).toEqual([
      'Overdue annual reviews has closed less than half of the gap to its target',
    ]);
  });

  it('is complete only when every action is complete and every measure met', () => {
    expect(ragRating([a('complete'), a('no_longer_monitored')], []).rating).toBe('complete');
    expect(ragRating([a('complete')], [m(200, 0)]).rating).toBe('complete');
    expect(ragRating([a('complete')], [m(200, 40)]).rating).toBe('green');
  });

  it('is closed (no longer monitored) when every action is no longer monitored, never complete', () => {
    expect(ragRating([a('no_longer_monitored'), a('no_longer_monitored')], []).rating).toBe('closed');
    expect(ragRating([a('no_longer_monitored')], []).label).toBe('No longer monitored');
  });
});
