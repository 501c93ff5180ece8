import { describe, expect, it } from 'vitest';
import {
  buildOutcomesModel,
  OUTCOME_LABELS,
  outcomesContract,
  outcomesNotes,
  summariseOutcomes,
  toRawData,
  validate,
  type OutcomesModel,
} from '@send-insight/data';
import { demoOutcomesRows, demoOutcomesSuppressedRows, DEMO_OUTCOMES_SUPPRESSED_CELL } from '@send-insight/data/demo';
import { formatPValue } from '@send-insight/core/layout';
import { cellText } from '@send-insight/core/view';
import { outcomesRadarView, outcomesViewOptions } from './outcomes-radar.view.js';
import type { RadarLayout } from './outcomes-radar.layout.js';

const model = (rows: unknown): OutcomesModel =>
  buildOutcomesModel(validate(toRawData(rows as Record<string, unknown>[]), outcomesContract));
const demo = model(demoOutcomesRows());
const suppressed = model(demoOutcomesSuppressedRows());
const view = (attributes = {}, m = demo, width = 720) =>
  outcomesRadarView(m, outcomesViewOptions(attributes), {}, width);

describe('outcomesViewOptions', () => {
  it('has the expected defaults: a series per group, the latest period, no target, the form chosen by width', () => {
    expect(outcomesViewOptions({})).toEqual({
      series: 'group',
      period: undefined,
      group: undefined,
      target: undefined,
      form: 'auto',
    });
  });

  it('takes the form from view when it names one, else from layout', () => {
    expect(outcomesViewOptions({ view: 'bars', layout: 'radar' }).form).toBe('bars');
    expect(outcomesViewOptions({ view: 'table', layout: 'radar' }).form).toBe('radar');
    expect(outcomesViewOptions({ view: 'chart', layout: 'auto' }).form).toBe('auto');
  });

  it('drops what it does not know: a series other than group or period, a target outside 0–100', () => {
    expect(outcomesViewOptions({ series: 'outcome', target: 140 })).toMatchObject({
      series: 'group',
      target: undefined,
    });
    expect(outcomesViewOptions({ target: Number.NaN }).target).toBeUndefined();
    expect(outcomesViewOptions({ target: 0 }).target).toBe(0);
  });
});

describe('outcomesRadarView', () => {
  it('keys the table, the keyboard and the marks to the same results in the same order', () => {
    const v = view();
    const layout = v.layout as RadarLayout;
    expect(v.form).toBe('radar');
    expect(v.navigation.map((s) => s.label)).toEqual(demo.groups);
    const marks = layout.marks.flat();
    expect(v.navigation.flatMap((s) => s.points.map((p) => p.id))).toEqual(
      marks.map((m) => `${m.cell.group}|${m.outcome}`),
    );
    expect(v.navigation.flatMap((s) => s.points.map((p) => [p.x, p.y]))).toEqual(marks.map((m) => [m.x, m.y]));
    expect(v.table.rows.map((r) => `${cellText(r.group!)}|${cellText(r.outcome!)}`)).toEqual(
      marks.map((m) => `${m.cell.group}|${OUTCOME_LABELS[m.outcome].short}`),
    );
    expect(v.table.rows.map((r) => cellText(r.percent!))).toEqual(marks.map((m) => m.valueText));
    expect(v.height).toBe(layout.height);
    expect(v.state).toBeUndefined();
  });

  it('draws the dot plot at 400 px or less unless a form is fixed', () => {
    expect(view({}, demo, 400).form).toBe('bars');
    expect(view({}, demo, 401).form).toBe('radar');
    expect(view({ layout: 'radar' }, demo, 320).layout.kind).toBe('radar');
  });

  it('says what the summary says for the period or group drawn', () => {
    expect(view().summary).toBe(summariseOutcomes(demo, { period: '2025' }));
    expect(view({ period: '2024' }).summary).toBe(summariseOutcomes(demo, { period: '2024' }));
    expect(view({ series: 'period', group: 'Practitioners' }).summary).toBe(
      summariseOutcomes(demo, { groups: ['Practitioners'] }),
    );
  });

  it('splits the summary after the period sentence, for a narrow chart to fold the rest', () => {
    for (const v of [view(), view({ period: '2024' }), view({ series: 'period', group: 'Practitioners' })]) {
      const { lead, more } = v.summaryParts!;
      expect(`${lead} ${more}`).toBe(v.summary);
      expect(lead).toMatch(/^In 20\d\d, [^.]*\.$/);
    }
    expect(view().summaryParts!.more).toMatch(/^Significant changes since 2024: .* within the margin of error\.$/);
  });

  it('announces a result in words and one not shown only with its reason', () => {
    const v = view({}, suppressed);
    const { group, outcome } = DEMO_OUTCOMES_SUPPRESSED_CELL;
    const points = v.navigation.flatMap((s) => s.points);
    const hidden = points.find((p) => p.id === `${group}|${outcome}`)!;
    expect(hidden.label).toBe('Safe, 2025: fewer than 10 responses, not shown');
    expect(hidden.datum).toEqual({ outcome, group, period: '2025', status: 'suppressed', reason: 'few-responses' });
    const first = points[0]!;
    expect(first.label).toBe(
      'Voice heard, 2025: 54% agreed (95% interval 47% to 61%; 101 of 187 people); +2 pts since 2024, not a significant change',
    );
  });

  it('tables a result not shown with its reason and "suppressed", the notes on changes and the disclosure note', () => {
    const v = view({}, suppressed);
    const { group } = DEMO_OUTCOMES_SUPPRESSED_CELL;
    const row = v.table.rows.find((r) => cellText(r.group!) === group && cellText(r.outcome!) === 'Safe')!;
    expect([row.percent, row.interval, row.agree, row.respondents].map((c) => cellText(c!))).toEqual([
      'fewer than 10 responses',
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
    expect(cellText(row.change!)).toBe('');
    expect(cellText(row.p!)).toBe('');
    expect(v.table.notes).toEqual([
      ...outcomesNotes(suppressed, { period: '2025' }),
      'Figures based on fewer than 10 people are suppressed to protect privacy.',
    ]);
    expect(v.table.notes![0]).toMatch(/adjusted for the \d+ changes shown \(Holm/);
    expect(v.table.caption).toBe('Outcomes: % agreeing by outcome, 2025');
    expect(view({ heading: 'Survey' }).table.caption).toBe('Survey: % agreeing by outcome, 2025');
  });

  it("tables each change with the model's Holm-adjusted p and the verdict drawn from it", () => {
    const v = view();
    const cells = (v.layout as RadarLayout).marks.flat().map((m) => m.cell);
    expect(v.table.columns.map((c) => c.key)).toContain('p');
    expect(cells.every((c) => c.change?.status === 'shown')).toBe(true);
    expect(cells.some((c) => c.change!.verdict !== 'similar')).toBe(true);
    v.table.rows.forEach((r, i) => {
      const change = cells[i]!.change!;
      expect(r.p).toEqual({ text: formatPValue(change.pAdjusted!, 'en-GB'), sort: change.pAdjusted });
      expect(cellText(r.change!).endsWith(change.verdict === 'similar' ? ', not significant' : ', significant')).toBe(
        true,
      );
    });
    // with series by period the family (and so the note's count) is the group's changes
    const practitioners = model(demoOutcomesRows());
    expect(view({ series: 'period', group: 'Practitioners' }, practitioners).table.notes).toEqual(
      outcomesNotes(practitioners, { group: 'Practitioners' }),
    );
  });

  it('is empty for a period or group the data does not have, and suppressed when every result drawn is', () => {
    expect(view({ period: '2019' }).state).toBe('empty');
    expect(view({ series: 'period', group: 'Nobody' }).state).toBe('empty');
    const tiny = model([{ outcome: 'safe', group: 'A', period: '2025', respondents: 4, agree: 2 }]);
    expect(view({}, tiny).state).toBe('suppressed');
  });

  it('shows one band at a time with several series, and the only band with one', () => {
    expect((view().layout as RadarLayout).bands).toBe('focus');
    expect((view({ series: 'period', group: 'Practitioners' }).layout as RadarLayout).bands).toBe('focus');
    const one = model(demoOutcomesRows().filter((r) => r.group === 'Practitioners' && r.period === '2025'));
    const layout = view({}, one).layout as RadarLayout;
    expect(layout.bands).toBe('all');
    const key = layout.legend.find((i) => i.kind === 'band')!;
    expect(key.text.lines.map((l) => l.text).join(' ')).toBe('95% interval');
    expect(key.series).toBe(0);
    expect(
      (view().layout as RadarLayout).legend
        .find((i) => i.kind === 'band')!
        .text.lines.map((l) => l.text)
        .join(' '),
    ).toBe('95% interval of the group in focus');
  });
});
