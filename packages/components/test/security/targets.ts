/**
 * The elements the security suites run against, with data for each contract. Elements are loaded
 * through their `define` modules; one that is not there (yet) is reported as skipped, never
 * passed. Data here is small, valid and written for these suites (not the demo data, which other
 * tests pin), so each suite knows exactly which fields hold text.
 */
import type { SendElement } from '@send-insight/core';

export type Row = Record<string, string | number>;

/** An element under test and what its contract looks like. */
export interface SecurityTarget {
  tag: string;
  /** Imports the module that registers the tag. */
  load: () => Promise<unknown>;
  /** Valid rows the element draws (state `ready`). */
  valid: () => Row[];
  /** Free-text columns: any text is valid there. */
  textFields: readonly string[];
  /** Free-text columns whose text the ready element must show somewhere (chart, table, summary). */
  shownFields: readonly string[];
  /** Coded columns: hostile text there must give an error naming the column, never a render. */
  codeFields: readonly string[];
  /** A required numeric column to move to another header name for the `columns` mapping test. */
  mappable: string;
  /** The count columns, and how to pick small counts for the disclosure property test. */
  counts: readonly string[];
  /** Extra attributes the element needs to draw the rows. */
  attributes?: Record<string, string>;
  /** Other forms of the element (modes, layouts) that must draw the same rows too. */
  variants?: readonly Record<string, string>[];
}

const OUTCOMES = [
  'voice_heard',
  'healthy',
  'happy',
  'supported',
  'safe',
  'included',
  'able_to_learn',
  'prepared_for_adulthood',
];
const NEEDS = ['SLCN', 'ASD', 'SEMH', 'MLD', 'SpLD', 'SLD', 'PMLD', 'HI', 'VI', 'MSI', 'PD', 'OTH'];

function testRows(): Row[] {
  return [
    { category: 'Alpha', count: 120 },
    { category: 'Beta', count: 45 },
    { category: 'Gamma', count: 300 },
  ];
}

function deprivationRows(): Row[] {
  const rows: Row[] = [];
  for (const geography of ['local', 'england']) {
    for (let d = 1; d <= 10; d++) {
      const pupils = geography === 'local' ? 6000 - d * 300 : 900_000 - d * 20_000;
      rows.push({
        time_period: '2022/23',
        geography,
        area_code: geography === 'local' ? 'E08000031' : 'E92000001',
        area_name: geography === 'local' ? 'Wolverhampton' : 'England',
        imd_decile: d,
        pupils,
        sen_support: Math.round(pupils * (0.17 - d * 0.006)),
        ehc_plan: Math.round(pupils * (0.05 - d * 0.002)),
      });
    }
  }
  return rows;
}

function needsRows(): Row[] {
  const rows: Row[] = [];
  for (const geography of ['local', 'england']) {
    for (const provision of ['sen_support', 'ehc_plan']) {
      NEEDS.forEach((need, i) => {
        const base = (geography === 'local' ? 400 : 40_000) * (provision === 'ehc_plan' ? 0.4 : 1);
        rows.push({
          time_period: '2022/23',
          geography,
          phase: 'primary',
          provision,
          need,
          pupils: Math.round((base * (1 + ((i * 7) % 5))) / (1 + i * 0.3)),
        });
      });
    }
  }
  return rows;
}

function outcomesRows(): Row[] {
  const rows: Row[] = [];
  for (const group of ['Children and young people', 'Parents and carers']) {
    for (const period of ['2024', '2025']) {
      OUTCOMES.forEach((outcome, i) => {
        const respondents = 120 + i * 11 + (period === '2025' ? 17 : 0);
        rows.push({ outcome, group, period, respondents, agree: Math.round(respondents * (0.45 + i * 0.05)) });
      });
    }
  }
  return rows;
}

function actionsRows(): Row[] {
  const statuses = ['on_track', 'at_risk', 'off_track', 'complete', 'not_started', 'on_track'];
  return statuses.map((status, i) => ({
    plan: 'SEND and Inclusion Improvement Plan',
    priority: 1 + (i % 3),
    priority_title: `Priority title ${1 + (i % 3)}`,
    action_id: `${1 + (i % 3)}.${i + 1}`,
    action: `Action number ${i + 1}`,
    owner: `Owner ${i + 1}`,
    due: `2026-0${1 + i}-15`,
    status,
    progress: status === 'complete' ? 100 : 10 + i * 12,
    updated: '2025-09-01',
    outcome: 'Children get the right help at the right time',
    evidence_url: 'https://www.example.org/evidence',
    evidence_label: `Evidence ${i + 1}`,
    measure: 'Overdue annual reviews',
    unit: 'reviews',
    baseline: 200,
    current: 40 + i,
    target: 0,
    better: 'lower',
  }));
}

/**
 * A count indicator (EHC plans) for two periods: England, two regions and their seven
 * authorities, every total the sum of its parts, the area (Wolverhampton) first.
 */
function indicatorRows(): Row[] {
  const regions = [
    {
      code: 'E12000005',
      name: 'West Midlands',
      las: [
        ['E08000031', 'Wolverhampton'],
        ['E08000030', 'Walsall'],
        ['E08000027', 'Dudley'],
        ['E08000028', 'Sandwell'],
      ],
    },
    {
      code: 'E12000007',
      name: 'London',
      las: [
        ['E09000001', 'City of London'],
        ['E09000002', 'Barking and Dagenham'],
        ['E09000003', 'Barnet'],
      ],
    },
  ];
  const rows: Row[] = [];
  ['2023/24', '2024/25'].forEach((time_period, p) => {
    const base = { time_period, indicator: 'ehc_plans', label: 'EHC plans maintained in January', unit: 'count' };
    const la: Row[] = [];
    const totals: Row[] = [];
    regions.forEach((r, ri) => {
      let sum = 0;
      r.las.forEach(([area_code, area_name], i) => {
        const value = 1200 + ri * 500 + i * 310 + p * 140;
        sum += value;
        la.push({
          ...base,
          area_code: area_code!,
          area_name: area_name!,
          geographic_level: 'Local authority',
          region_code: r.code,
          value,
        });
      });
      totals.push({
        ...base,
        area_code: r.code,
        area_name: r.name,
        geographic_level: 'Regional',
        region_code: '',
        value: sum,
      });
    });
    const england = totals.reduce((s, t) => s + Number(t.value), 0);
    rows.push(...la, ...totals, {
      ...base,
      area_code: 'E92000001',
      area_name: 'England',
      geographic_level: 'National',
      region_code: '',
      value: england,
    });
  });
  return rows;
}

/** Every element, the internal test element first. */
export const TARGETS: readonly SecurityTarget[] = [
  {
    tag: 'send-test-chart',
    load: () => import('../../../core/src/test/test-chart.js'),
    valid: testRows,
    textFields: ['category'],
    shownFields: ['category'],
    codeFields: [],
    mappable: 'count',
    counts: ['count'],
  },
  {
    tag: 'send-deprivation-chart',
    load: () => import('../../src/deprivation-chart/define.js' as string),
    valid: deprivationRows,
    textFields: ['time_period', 'area_code', 'area_name'],
    shownFields: [],
    codeFields: [],
    mappable: 'pupils',
    counts: ['pupils', 'sen_support', 'ehc_plan'],
    variants: [{ measure: 'sen_support', comparator: 'none' }, { orientation: 'horizontal' }, { measure: 'all_sen' }],
  },
  {
    tag: 'send-need-breakdown',
    load: () => import('../../src/need-breakdown/define.js' as string),
    valid: needsRows,
    textFields: ['time_period', 'phase'],
    shownFields: [],
    codeFields: ['provision', 'need'],
    mappable: 'pupils',
    counts: ['pupils'],
    variants: [
      { mode: 'difference' },
      { mode: 'composition' },
      { mode: 'composition', 'composition-by': 'provision' },
      { sort: 'name', top: '5' },
    ],
  },
  {
    tag: 'send-outcomes-radar',
    load: () => import('../../src/outcomes-radar/define.js' as string),
    valid: outcomesRows,
    textFields: ['group', 'period'],
    shownFields: ['group'],
    codeFields: ['outcome'],
    mappable: 'respondents',
    counts: ['respondents', 'agree'],
    variants: [
      { layout: 'bars', target: '70' },
      { layout: 'radar', target: '70' },
      { series: 'period', group: 'Parents and carers' },
    ],
  },
  {
    tag: 'send-indicator',
    load: () => import('../../src/indicator/define.js' as string),
    valid: indicatorRows,
    textFields: ['area_name', 'label', 'indicator', 'time_period'],
    shownFields: ['area_name'],
    codeFields: ['unit', 'geographic_level'],
    mappable: 'value',
    counts: ['value'],
    variants: [
      { view: 'trend' },
      { view: 'trend', scale: 'value' },
      { view: 'compare' },
      { view: 'compare', scope: 'all' },
    ],
  },
  {
    tag: 'send-priority-tracker',
    load: () => import('../../src/priority-tracker/define.js' as string),
    valid: actionsRows,
    textFields: [
      'plan',
      'priority_title',
      'action_id',
      'action',
      'owner',
      'outcome',
      'evidence_url',
      'evidence_label',
      'measure',
      'unit',
    ],
    shownFields: ['action'],
    codeFields: ['status', 'better'],
    mappable: 'progress',
    counts: [],
    variants: [
      { mode: 'timeline', 'as-of': '2026-03-01' },
      { expanded: '', 'filter-status': 'at_risk,off_track', 'as-of': '2026-03-01' },
    ],
  },
];

/** The targets whose element is registered (loading each define module), and those missing. */
export async function loadTargets(
  tags?: readonly string[],
): Promise<{ ready: SecurityTarget[]; missing: { tag: string; reason: string }[] }> {
  const ready: SecurityTarget[] = [];
  const missing: { tag: string; reason: string }[] = [];
  for (const target of TARGETS.filter((t) => !tags || tags.includes(t.tag))) {
    try {
      await target.load();
      if (customElements.get(target.tag)) ready.push(target);
      else missing.push({ tag: target.tag, reason: 'the define module did not register the tag' });
    } catch (error) {
      missing.push({ tag: target.tag, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { ready, missing };
}

/**
 * Rows in which every value of `fields` is replaced by `text`. Where a field held several
 * distinct values they stay distinct (`text`, `text 2`, …) so that keys do not collide.
 */
export function withText(rows: readonly Row[], fields: readonly string[], text: string): Row[] {
  const maps = fields.map((field) => {
    const distinct = [...new Set(rows.map((r) => r[field]))];
    return new Map(distinct.map((v, i) => [v, i === 0 ? text : `${text} ${i + 1}`]));
  });
  return rows.map((row) => {
    const out = { ...row };
    fields.forEach((field, i) => {
      if (field in out) out[field] = maps[i]!.get(row[field])!;
    });
    return out;
  });
}

/** Rows with column `from` renamed to `to` (in every row, keeping column order). */
export function renameColumn(rows: readonly Row[], from: string, to: string): Row[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(row))
      Object.defineProperty(out, k === from ? to : k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });
}

/** Rows as CSV text (a header row, then one line per row; quoting as RFC 4180). */
export function toCsvText(rows: readonly Row[], eol = '\n'): string {
  const header = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => {
    const s = String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.map(cell).join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join(eol) + eol;
}

/** Creates the element with the attributes every suite uses; not yet attached. */
export function create(target: SecurityTarget, attributes: Record<string, string> = {}): SendElement {
  const el = document.createElement(target.tag) as SendElement;
  el.setAttribute('loading-delay', '0');
  for (const [k, v] of Object.entries({ ...target.attributes, ...attributes })) el.setAttribute(k, v);
  return el;
}

const wrappers: HTMLElement[] = [];

/**
 * Attaches the element in a 720 px wrapper and waits until it settles (no animation-frame waits:
 * pages may be in the background); {@link detachAll} removes every wrapper after a test.
 */
export async function attach(el: SendElement): Promise<void> {
  const wrapper = document.createElement('div');
  wrapper.style.width = '720px';
  document.body.append(wrapper);
  wrappers.push(wrapper);
  wrapper.append(el);
  await settled(el);
}

/** Removes every wrapper {@link attach} added. */
export function detachAll(): void {
  for (const w of wrappers.splice(0)) w.remove();
}

/** Waits until the element has settled in a final state (not idle or loading). */
export async function settled(el: SendElement, timeout = 8000): Promise<string> {
  const start = performance.now();
  for (;;) {
    await el.updateComplete;
    if (['ready', 'empty', 'suppressed', 'error'].includes(el.state)) return el.state;
    if (performance.now() - start > timeout)
      throw new Error(`${el.localName} did not settle within ${timeout} ms (state ${el.state})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Collapses whitespace, so text can be compared however a template laid it out. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
