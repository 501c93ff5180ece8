import type { NeedGroup, NeedRow, NeedsModel, Provision } from './model.js';
import { composeNeeds, findNeedGroup } from './model.js';

/** Options for {@link summariseNeeds}. */
export interface NeedsSummaryOptions {
  phase?: string;
  provision?: Provision;
  /** How many significant differences to name at most. Default 2. */
  differences?: number;
  /** Number locale. Default en-GB. */
  locale?: string;
}

const PROVISION_TEXT: Record<Provision, string> = {
  sen_support: 'on SEN support',
  ehc_plan: 'with an EHC plan',
  all: 'with special educational needs',
};

/** "primary pupils with an EHC plan", "pupils with special educational needs in special schools", "children and young people with an EHC plan". */
export function needsPopulation(phase: string, provision: Provision): string {
  const who = PROVISION_TEXT[provision];
  const school = ['primary', 'secondary', 'special'].includes(phase.toLowerCase());
  // EHC plans run from birth to 25, so outside the school phases they are not all pupils
  if (provision === 'ehc_plan' && !school) {
    return phase.toLowerCase() === 'all' ? `children and young people ${who}` : `children and young people ${who} in the setting “${phase}”`;
  }
  switch (phase.toLowerCase()) {
    case 'primary':
      return `primary pupils ${who}`;
    case 'secondary':
      return `secondary pupils ${who}`;
    case 'special':
      return `pupils ${who} in special schools`;
    case 'all':
      return `pupils ${who}`;
    default:
      return `pupils ${who} in the setting “${phase}”`;
  }
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const needText = (r: NeedRow) => `${lowerFirst(r.name)}${r.code ? ` (${r.code})` : ''}`;

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** One to nine in words (house style), larger numbers as numerals. */
const inWords = (n: number) => WORDS[n] ?? n.toLocaleString('en-GB');

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}

/**
 * The plain-English, en-GB sentence a need breakdown uses as its description: the most common
 * need with its share (and England's), then the largest differences from England that a
 * two-proportion z-test finds significant at the 5% level, and whether any figures are
 * suppressed. It never mentions a suppressed figure or a count.
 *
 * @param model from {@link buildNeedsModel}
 * @param options phase and provision (defaults as {@link selectNeeds}), how many differences to name
 * @returns the summary text
 * @example summariseNeeds(model, { phase: 'secondary' })
 * // "Among secondary pupils with special educational needs in this area (2022/23), the most common primary need is
 * //  moderate learning difficulty (MLD): 28.5%, against 16.8% in England. …"
 */
export function summariseNeeds(model: NeedsModel, options: NeedsSummaryOptions = {}): string {
  const group = findNeedGroup(model, options.phase, options.provision);
  const locale = options.locale ?? 'en-GB';
  if (!group) return `There are no figures for ${options.phase ?? 'this phase'} in the data.`;
  const pct = (f: number) => `${(f * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  const pts = (x: number) => Math.abs(x).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const who = needsPopulation(group.phase, group.provision);
  const when = model.period ? ` (${model.period})` : '';
  const england = model.comparator ? 'England' : undefined;
  const shown = group.needs.filter((r) => r.local.share !== undefined);
  const hidden = group.needs.filter((r) => r.local.status === 'suppressed').length;
  const sentences: string[] = [];
  if (!shown.length) {
    sentences.push(`Figures for ${who} in ${model.localLabel}${when} are suppressed to protect small numbers.`);
    return sentences.join(' ');
  }
  const first = [...shown].sort((a, b) => b.local.share! - a.local.share!)[0]!;
  const tied = shown.filter((r) => r.local.count === first.local.count && r !== first);
  const vs = first.england?.share !== undefined && england ? `, against ${pct(first.england.share)} in ${england}` : '';
  sentences.push(
    `Among ${who} in ${model.localLabel}${when}, the most common primary need is ${needText(first)}${tied.length ? ` (level with ${list(tied.map(needText))})` : ''}: ${pct(first.local.share!)}${vs}.`,
  );
  if (england) {
    const significant = group.needs
      .filter((r) => r.difference && r.difference.verdict !== 'similar')
      .sort((a, b) => Math.abs(b.difference!.points) - Math.abs(a.difference!.points))
      .slice(0, Math.max(0, options.differences ?? 2));
    if (significant.length) {
      const parts = significant.map((r, i) => {
        const d = r.difference!;
        const unit = i === 0 ? 'percentage points' : 'points';
        return `${needText(r)}, ${pts(d.points)} ${unit} ${d.verdict} (${pct(r.local.share!)} against ${pct(r.england!.share!)})`;
      });
      const head = significant.length === 1 ? 'The largest significant difference from England is' : 'The largest significant differences from England are';
      sentences.push(`${head} ${list(parts)}.`);
    } else if (group.needs.some((r) => r.difference)) {
      sentences.push(`No need’s share differs significantly from England’s.`);
    }
  }
  if (hidden) sentences.push(hidden === 1 ? 'The figure for one need is suppressed to protect small numbers.' : `Figures for ${inWords(hidden)} needs are suppressed to protect small numbers.`);
  if (!group.local.complete) sentences.push('Some counts are missing in the source, so shares are of the pupils whose need is published.');
  return sentences.join(' ');
}

/** Options for {@link summariseComposition}. */
export interface CompositionSummaryOptions {
  by?: 'phase' | 'provision';
  phase?: string;
  provision?: Provision;
  locale?: string;
}

const PHASE_IN: Record<string, string> = { primary: 'in primary', secondary: 'in secondary', special: 'in special schools', all: 'across all phases' };
const PROVISION_IN: Record<Provision, string> = { sen_support: 'among pupils on SEN support', ehc_plan: 'among those with an EHC plan', all: 'among all pupils with SEN' };

/**
 * The sentence for the composition view: the most common need in each bar (phase, setting or
 * provision) with its share, never a suppressed figure.
 *
 * @param model from {@link buildNeedsModel}
 * @param options bars by phase (for one provision) or by provision (for one phase)
 * @returns the summary text
 * @example summariseComposition(model) // "In this area (2022/23), the most common primary need is speech, language and communication needs (SLCN) in primary (36.3%), …"
 */
export function summariseComposition(model: NeedsModel, options: CompositionSummaryOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const by = options.by ?? 'phase';
  const pct = (f: number) => `${(f * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  const comp = composeNeeds(model, { by, phase: options.phase, provision: options.provision, top: 99 });
  const when = model.period ? ` (${model.period})` : '';
  const where = (g: NeedGroup) => (by === 'phase' ? (PHASE_IN[g.phase.toLowerCase()] ?? `in the setting “${g.phase}”`) : PROVISION_IN[g.provision]);
  // the most common need of each bar, the bars with the same need named together
  const byNeed = new Map<string, { need: NeedRow; places: string[] }>();
  const hidden: string[] = [];
  for (const bar of comp.bars) {
    const shown = bar.group.needs.filter((r) => r.local.share !== undefined);
    if (!shown.length) {
      hidden.push(where(bar.group));
      continue;
    }
    const first = [...shown].sort((a, b) => b.local.share! - a.local.share!)[0]!;
    const entry = byNeed.get(first.key) ?? { need: first, places: [] };
    entry.places.push(`${where(bar.group)} (${pct(first.local.share!)})`);
    byNeed.set(first.key, entry);
  }
  const parts = [...byNeed.values()].map((e) => `${needText(e.need)} ${list(e.places).replace(/; /g, ', ')}`);
  const sentences: string[] = [];
  if (parts.length) sentences.push(`In ${model.localLabel}${when}, the most common primary need is ${list(parts).replace(/; /g, ', ')}.`);
  if (hidden.length) sentences.push(`Figures ${list(hidden).replace(/; /g, ', ')} are suppressed to protect small numbers.`);
  const anyHidden = comp.bars.some((b) => b.group.needs.some((r) => r.local.status === 'suppressed'));
  if (anyHidden && !hidden.length) sentences.push('Some figures are suppressed to protect small numbers; their pupils are drawn together as one hatched block.');
  return sentences.join(' ') || `There are no figures to compare${when}.`;
}
