/// <reference types="vite/client" />
import {
  actionsContract,
  deprivationContract,
  documented,
  formatCsv,
  indicatorsContract,
  needsContract,
  outcomesContract,
  type Contract,
} from '@send-insight/data';
import {
  DEMO_ACTIONS_LABEL,
  DEMO_NEEDS_LABEL,
  DEMO_OUTCOMES_LABEL,
  DEPRIVATION_DEMO_NOTE,
  REAL_EHC_NEEDS_CSV,
  REAL_EHC_NEEDS_SOURCE,
  REAL_SEN2_MI_CSV,
  REAL_SEN2_MI_SOURCE,
  demoActionsCsv,
  demoNeedsRows,
  demoOutcomesRows,
  deprivationDemo,
} from '@send-insight/data/demo';

/** One of the charts, with the contract its data must follow (with its descriptions, which the steps show). */
export interface ChartChoice {
  tag: string;
  title: string;
  contract: Contract;
  /** What it shows, in a sentence. */
  blurb: string;
}

export const CHARTS: readonly ChartChoice[] = [
  {
    tag: 'send-deprivation-chart',
    title: 'Deprivation chart',
    contract: documented(deprivationContract),
    blurb: 'SEN support and EHC plan rates per 100 pupils by IMD decile, with England for comparison.',
  },
  {
    tag: 'send-need-breakdown',
    title: 'Need breakdown',
    contract: documented(needsContract),
    blurb: 'Primary type of need by phase or setting, local against England.',
  },
  {
    tag: 'send-outcomes-radar',
    title: 'Outcomes radar',
    contract: documented(outcomesContract),
    blurb: 'How many people agree with each of the eight outcome statements.',
  },
  {
    tag: 'send-priority-tracker',
    title: 'Priority tracker',
    contract: documented(actionsContract),
    blurb: 'Progress of the actions in an improvement plan or Written Statement of Action.',
  },
  {
    tag: 'send-indicator',
    title: 'Indicator',
    contract: documented(indicatorsContract),
    blurb: 'A headline measure: the latest figure, its change and England, over time or against other authorities.',
  },
];

/** A data set the analyst can load with one click. */
export interface Example {
  id: string;
  /** Its option in the examples' select: short enough to show whole on a phone (about 250 px). */
  choice: string;
  /** What the playground says it read. */
  label: string;
  tag: string;
  csv: string;
  source: string;
  preset?: string;
  area?: string;
}

/** Example data as CSV text to edit and draw: cells exactly as they are (no spreadsheet formula guard). */
const rowsCsv = (rows: readonly Record<string, unknown>[]): string => {
  const header = Object.keys(rows[0] ?? {});
  return formatCsv(
    header,
    rows.map((r) => header.map((h) => r[h])),
    { formulaGuard: false },
  );
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'deprivation',
    choice: 'Deprivation, illustrative',
    label: 'Deprivation: illustrative rates by decile',
    tag: 'send-deprivation-chart',
    csv: rowsCsv(deprivationDemo),
    source: DEPRIVATION_DEMO_NOTE,
  },
  {
    id: 'needs',
    choice: 'Needs, illustrative',
    label: 'Needs: illustrative shares by phase',
    tag: 'send-need-breakdown',
    csv: rowsCsv(demoNeedsRows()),
    source: DEMO_NEEDS_LABEL,
  },
  {
    id: 'needs-real',
    choice: 'Needs, DfE file 2025',
    label: 'Needs: published DfE file, EHC plans January 2025 (Wolverhampton)',
    tag: 'send-need-breakdown',
    csv: REAL_EHC_NEEDS_CSV,
    source: REAL_EHC_NEEDS_SOURCE,
    preset: 'ees-ehc-plans-by-need',
    area: 'E08000031',
  },
  {
    id: 'outcomes',
    choice: 'Outcomes, illustrative',
    label: 'Outcomes: illustrative survey results',
    tag: 'send-outcomes-radar',
    csv: rowsCsv(demoOutcomesRows()),
    source: DEMO_OUTCOMES_LABEL,
  },
  {
    id: 'actions',
    choice: 'Actions, illustrative',
    label: 'Actions: illustrative improvement plan',
    tag: 'send-priority-tracker',
    csv: demoActionsCsv(),
    source: DEMO_ACTIONS_LABEL,
  },
  {
    id: 'indicator-real',
    choice: 'Indicator, DfE SEN2 file',
    label: 'Indicator: published DfE SEN2 file, 2014 to 2022 (Wolverhampton)',
    tag: 'send-indicator',
    csv: REAL_SEN2_MI_CSV,
    source: REAL_SEN2_MI_SOURCE,
    preset: 'ees-sen2-mi',
    area: 'E08000031',
  },
];

/** An element option the playground offers, read from the custom-elements manifest. */
export interface ChartOption {
  attribute: string;
  description: string;
  kind: 'text' | 'number' | 'boolean' | 'choice';
  choices: string[];
  default?: string;
}

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  inheritedFrom?: unknown;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

const manifests = import.meta.glob<Manifest>('../../custom-elements.json', { eager: true, import: 'default' });
const manifest: Manifest = manifests['../../custom-elements.json'] ?? {};

/** Options handled by the playground itself (data, mapping) or not useful to set here. */
const HANDLED = new Set([
  'src',
  'columns',
  'preset',
  'area',
  'heading',
  'heading-level',
  'description',
  'source',
  'locale',
  'theme',
  'min-count',
  'loading-delay',
  'strings',
]);

function literalUnion(type: string): string[] {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/** The element's own options (attributes declared on it, and `view`/`period` with its own wording). */
export function chartOptions(tag: string): ChartOption[] {
  const declaration = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const out: ChartOption[] = [];
  for (const a of declaration?.attributes ?? []) {
    if (HANDLED.has(a.name)) continue;
    const type = a.type?.text ?? 'string';
    const description = (a.description ?? '').trim();
    const def =
      a.default && /^'.*'$/.test(a.default)
        ? a.default.slice(1, -1)
        : a.default && /^-?\d/.test(a.default)
          ? a.default
          : undefined;
    const base = type.replace(/\s*\|\s*undefined/g, '').trim();
    let choices = literalUnion(type);
    if (!choices.length && !['string', 'number', 'boolean'].includes(base)) {
      choices = [...description.matchAll(/`([a-z][a-z0-9_-]*)`/g)].map((m) => m[1]!);
    }
    if (!choices.length && a.name === 'view')
      choices = [...description.matchAll(/`([a-z][a-z0-9_-]*)`/g)].map((m) => m[1]!);
    choices = [...new Set(choices)];
    const kind: ChartOption['kind'] =
      base === 'boolean' ? 'boolean' : base === 'number' ? 'number' : choices.length > 1 ? 'choice' : 'text';
    out.push({
      attribute: a.name,
      description,
      kind,
      choices: kind === 'choice' ? choices : [],
      default: def === "''" ? undefined : def,
    });
  }
  return out;
}
