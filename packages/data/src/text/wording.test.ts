import { describe, expect, it } from 'vitest';
import { actionsContract } from '../contracts/actions.js';
import { deprivationContract } from '../contracts/deprivation.js';
import { needsContract } from '../contracts/needs.js';
import { NEED_CODES } from '../contracts/needs-codes.js';
import { outcomesContract } from '../contracts/outcomes.js';
import { demoActions, DEMO_ACTIONS_AS_OF } from '../demo/actions.js';
import { deprivationDemo } from '../demo/deprivation.js';
import { demoNeedsRows } from '../demo/needs.js';
import { demoOutcomesRows, demoOutcomesSuppressedRows } from '../demo/outcomes.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { ACTIONS_STRINGS } from '../actions/strings.js';
import { buildActionsModel } from '../actions/model.js';
import { readActions } from '../actions/read.js';
import { summariseActions } from '../actions/summary.js';
import { DEPRIVATION_STRINGS } from '../deprivation/strings.js';
import { buildDeprivationModel } from '../deprivation/model.js';
import { summariseDeprivation } from '../deprivation/summary.js';
import { NEEDS_STRINGS } from '../needs/strings.js';
import { buildNeedsModel, selectNeeds } from '../needs/model.js';
import { summariseComposition, summariseNeeds } from '../needs/summary.js';
import { OUTCOMES_STRINGS } from '../outcomes/strings.js';
import { buildOutcomesModel } from '../outcomes/model.js';
import { summariseOutcomes } from '../outcomes/summary.js';
import { fillTemplate, SHARED_STRINGS, Wording, type TextFormat } from './wording.js';

/**
 * A pseudo-translation: every template becomes `⟦key⟧` followed by its placeholders, so any
 * letter left in a sentence after removing the markers and the data's own words must have come
 * from a string that cannot be overridden.
 */
function pseudo(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...SHARED_STRINGS, ...table }).map(([key, template]) => {
      const holes = template.match(/\{\w+\}/g) ?? [];
      // list separators and number words keep their role but lose their letters
      if (key === 'numberWords') return [key, ''];
      if (key.startsWith('list'))
        return [key, key === 'listSeparator' ? '⸴ ' : key === 'listSeparatorLong' ? '⁏ ' : ' + '];
      return [key, `⟦${key}⟧${holes.join('|')}`];
    }),
  );
}

/** Dates as ISO (digits only), so the check sees the strings and not the month names of a locale. */
const digitsOnly: Partial<TextFormat> = { date: (iso) => iso };

/** The letters left once the markers and the given data words are removed. */
function leftover(text: string, data: readonly string[]): string {
  let rest = text.replace(/⟦[\w.\s]+⟧/g, ' ');
  for (const d of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  return (rest.match(/[A-Za-z]+/g) ?? []).join(' ');
}

describe('Wording', () => {
  it('has the expected defaults: a template filled, plural forms by the locale, lists and small numbers in words', () => {
    const w = new Wording({ shown: '{n} of {total} shown', item_one: '{n} action', item_other: '{n} actions' });
    expect(w.t('shown', { n: 3, total: 5 })).toBe('3 of 5 shown');
    expect(w.plural('item', 1)).toBe('1 action');
    expect(w.plural('item', 0)).toBe('0 actions');
    expect(w.plural('item', 1284)).toBe('1,284 actions');
    expect(w.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(w.list(['a', 'b'], { or: true })).toBe('a or b');
    expect(w.list(['a, 1', 'b, 2', 'c'], { long: true })).toBe('a, 1; b, 2 and c');
    expect(w.inWords(2)).toBe('two');
    expect(w.inWords(12)).toBe('12');
    expect(w.format.percent(36.25, 1)).toBe('36.3%');
    expect(w.format.date('2024-02-29')).toBe('29 February 2024');
  });

  it('uses the overrides that are text and ignores the rest, and leaves unknown placeholders as they are', () => {
    const w = new Wording({ a: 'A {x}', b: 'B' }, { strings: { a: 'Ä {x} {y}', b: undefined, c: 'unused' } });
    expect(w.t('a', { x: 1 })).toBe('Ä 1 {y}');
    expect(w.t('b')).toBe('B');
    expect(fillTemplate('{a}{a}', { a: '{a}' })).toBe('{a}{a}');
  });

  it('chooses Welsh plural forms (zero, one, two, few, many, other) when the locale is cy', () => {
    const w = new Wording(
      { item_one: '{n} action', item_other: '{n} actions' },
      {
        locale: 'cy',
        strings: {
          item_zero: 'dim camau',
          item_one: '{n} cam',
          item_two: '{n} gam',
          item_few: '{n} cham',
          item_many: '{n} cham',
          item_other: '{n} cam',
        },
      },
    );
    expect([0, 1, 2, 3, 6, 7].map((n) => w.plural('item', n))).toEqual([
      'dim camau',
      '1 cam',
      '2 gam',
      '3 cham',
      '6 cham',
      '7 cam',
    ]);
  });

  it('uses the partner’s "other" form rather than an English "one" when they give only that', () => {
    const w = new Wording({ item_one: '{n} action', item_other: '{n} actions' }, { strings: { item_other: '{n} x' } });
    expect(w.plural('item', 1)).toBe('1 x');
  });

  it('formats figures with the caller’s formatters (a German caller gets German numbers)', () => {
    const de = new Wording({ share: '{v}' }, { locale: 'de-DE' });
    expect(de.format.percent(36.25, 1)).toBe('36,3%');
    const own = new Wording({ share: '{v}' }, { format: { percent: (v, d) => `${v.toFixed(d)} per cent` } });
    expect(own.format.percent(36.25, 1)).toBe('36.3 per cent');
  });
});

describe('every sentence of the summaries can be reworded', () => {
  const needs = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
  const outcomesSuppressed = buildOutcomesModel(validate(toRawData(demoOutcomesSuppressedRows()), outcomesContract));
  const outcomes = buildOutcomesModel(validate(toRawData(demoOutcomesRows()), outcomesContract));
  const deprivation = buildDeprivationModel(validate(toRawData(deprivationDemo), deprivationContract));
  const actionsData = validate(toRawData(demoActions), actionsContract);

  it('needs: most common need, differences, suppression and the composition sentence, for every phase and provision', () => {
    const strings = pseudo(NEEDS_STRINGS);
    const model = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract), { text: { strings } });
    const data = [...NEED_CODES, ...model.phases, model.period ?? '', 'nursery'];
    const texts: string[] = [];
    for (const g of model.groups)
      texts.push(summariseNeeds(model, { phase: g.phase, provision: g.provision, strings, format: digitsOnly }));
    for (const by of ['phase', 'provision'] as const) texts.push(summariseComposition(model, { by, strings }));
    texts.push(summariseNeeds(model, { phase: 'nursery', strings }));
    expect(texts.join(' ')).toContain('⟦needsSummaryDifferences_other⟧');
    for (const t of texts) expect(leftover(t, data), t).toBe('');
    // the model's labels too
    const rows = selectNeeds(model, { top: 3, text: { strings } })!.rows;
    expect(rows.map((r) => leftover(r.label, data))).toEqual(['', '', '', '']);
    expect(model.localLabel).toBe('⟦needsThisArea⟧');
    // and the defaults are unchanged
    expect(summariseNeeds(needs, { phase: 'primary', provision: 'all' })).toContain(
      'speech, language and communication needs (SLCN): 36.3%, against 35.4% in England.',
    );
  });

  it('outcomes: the clauses, the changes and the held-back results', () => {
    const strings = pseudo(OUTCOMES_STRINGS);
    const data = [...outcomes.groups, ...outcomes.periods];
    const texts = [
      ...outcomes.periods.map((period) => summariseOutcomes(outcomes, { period, strings })),
      ...outcomesSuppressed.periods.map((period) => summariseOutcomes(outcomesSuppressed, { period, strings })),
      ...outcomes.groups.map((g) => summariseOutcomes(outcomes, { groups: [g], strings })),
      summariseOutcomes(outcomes, { period: 'none', strings }),
    ];
    expect(texts.join(' ')).toContain('⟦outcomesSummaryChanges⟧');
    expect(texts.join(' ')).toContain('⟦outcomesSummaryHeld_one⟧');
    for (const t of texts) expect(leftover(t, data), t).toBe('');
  });

  it('deprivation: each measure, England and the suppressed deciles', () => {
    const strings = pseudo(DEPRIVATION_STRINGS);
    const texts = (['both', 'sen_support', 'ehc_plan', 'all_sen'] as const).map((measure) =>
      summariseDeprivation(deprivation, { measure, strings }),
    );
    for (const t of texts) expect(leftover(t, []), t).toBe('');
  });

  it('actions: the summary, the ratings and their reasons, measures and the filter', () => {
    const strings = pseudo(ACTIONS_STRINGS);
    const text = { strings, format: digitsOnly };
    const dataset = readActions(actionsData, 10, text);
    const data = [
      ...new Set(
        demoActions.flatMap((r) => [
          r.plan,
          r.priority_title,
          r.owner,
          (r as { measure?: string }).measure ?? '',
          (r as { unit?: string }).unit ?? '',
        ]),
      ),
      'priority',
      'priorities',
      'Nobody',
    ].filter(Boolean);
    const texts: string[] = [];
    for (const plan of dataset.plans) {
      for (const filter of [
        {},
        { overdueOnly: true, statuses: ['at_risk', 'off_track'] as const },
        { owners: ['Nobody'] },
      ]) {
        const model = buildActionsModel(dataset, {
          asOf: DEMO_ACTIONS_AS_OF,
          plan,
          filter: { ...filter, statuses: [...((filter as { statuses?: readonly string[] }).statuses ?? [])] as never },
          text,
        });
        texts.push(summariseActions(model, text));
        for (const p of model.priorities) texts.push(p.rag.label, ...p.rag.reasons);
        for (const point of model.timeline) texts.push(point.label);
      }
    }
    expect(texts.join(' ')).toContain('⟦trackerSummaryClosed_other⟧');
    expect(texts.join(' ')).toContain('⟦measureSentence⟧');
    for (const t of texts) expect(leftover(t, data), t).toBe('');
  });
});
