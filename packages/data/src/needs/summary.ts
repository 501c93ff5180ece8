import type { NeedGroup, NeedRow, NeedsModel, Provision } from './types.js';
import { composeNeeds } from './compose.js';
import { findNeedGroup } from './select.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { NEEDS_STRINGS, type NeedsStringKey } from './strings.js';

/** Options for {@link summariseNeeds}. */
export interface NeedsSummaryOptions extends TextOptions {
  phase?: string;
  provision?: Provision;
  /** How many significant differences to name at most. Default 2. */
  differences?: number;
}

type W = Wording<NeedsStringKey>;

/**
 * Who a group's figures are about, in words.
 *
 * @param phase a school phase, `all`, or a setting label from the data
 * @param provision SEN support, EHC plan or all
 * @param text overrides of {@link NEEDS_STRINGS} (`needsPopulation…`, `needsWho.…`)
 * @returns "primary pupils with an EHC plan", "pupils with special educational needs in special schools", "children and young people with an EHC plan"
 * @example needsPopulation('primary', 'sen_support') // "primary pupils on SEN support"
 */
export function needsPopulation(phase: string, provision: Provision, text?: TextOptions | W): string {
  const w = wordingOf(NEEDS_STRINGS, text);
  const who = w.t(`needsWho.${provision}`);
  const p = phase.toLowerCase();
  const school = ['primary', 'secondary', 'special'].includes(p);
  // EHC plans run from birth to 25, so outside the school phases they are not all pupils
  if (provision === 'ehc_plan' && !school) {
    return p === 'all'
      ? w.t('needsPopulationChildren', { who })
      : w.t('needsPopulationChildrenSetting', { who, setting: phase });
  }
  switch (p) {
    case 'primary':
      return w.t('needsPopulationPrimary', { who });
    case 'secondary':
      return w.t('needsPopulationSecondary', { who });
    case 'special':
      return w.t('needsPopulationSpecial', { who });
    case 'all':
      return w.t('needsPopulationAll', { who });
    default:
      return w.t('needsPopulationSetting', { who, setting: phase });
  }
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const needText = (w: W, r: NeedRow) =>
  r.code ? w.t('needsInSentence', { name: lowerFirst(r.name), code: r.code }) : lowerFirst(r.name);

/**
 * The plain-English sentence a need breakdown uses as its description: the most common need with
 * its share (and England's), then the largest differences from England that remain significant at
 * the 5% level after Holm's adjustment over the needs compared (each tested against the rest of
 * England), and whether any figures are suppressed; when no need
 * survives the adjustment it says no need differs significantly. Need not recorded is never named
 * as the most common need. It never mentions a suppressed figure or a count. Every sentence is a template of {@link NEEDS_STRINGS}
 * (en-GB by default) that `strings` can replace; figures go through `format` (or `locale`).
 *
 * @param model from {@link buildNeedsModel}
 * @param options phase and provision (defaults as {@link selectNeeds}), how many differences to name, wording
 * @returns the summary text
 * @example summariseNeeds(model, { phase: 'secondary' })
 * // "Among secondary pupils with special educational needs in this area (2022/23), the most common primary need is
 * //  moderate learning difficulty (MLD): 28.5%, against 16.8% in England. …"
 */
export function summariseNeeds(model: NeedsModel, options: NeedsSummaryOptions = {}): string {
  const w = wordingOf(NEEDS_STRINGS, options);
  const group = findNeedGroup(model, options.phase, options.provision);
  if (!group) return w.t('needsSummaryNoGroup', { phase: options.phase ?? w.t('needsSummaryThisPhase') });
  const pct = (f: number) => w.format.percent(f * 100, 1);
  const pts = (x: number) => w.format.number(Math.abs(x), 1);
  const who = needsPopulation(group.phase, group.provision, w);
  const when = model.period ? w.t('needsSummaryWhen', { period: model.period }) : '';
  const area = model.localLabel;
  // need not recorded is never the most common need
  const shown = group.needs.filter((r) => r.local.share !== undefined && r.key !== 'UNKNOWN');
  const hidden = group.needs.filter((r) => r.local.status === 'suppressed').length;
  const sentences: string[] = [];
  if (!shown.length) return w.t('needsSummaryAllSuppressed', { who, area, when });
  const first = [...shown].sort((a, b) => b.local.share! - a.local.share!)[0]!;
  const tied = shown.filter((r) => r.local.count === first.local.count && r !== first);
  const england =
    first.england?.share !== undefined && model.comparator
      ? w.t('needsSummaryAgainstEngland', { share: pct(first.england.share) })
      : '';
  sentences.push(
    w.t('needsSummaryMostCommon', {
      who,
      area,
      when,
      need: needText(w, first),
      tied: tied.length
        ? w.t('needsSummaryTied', {
            needs: w.list(
              tied.map((r) => needText(w, r)),
              { long: true },
            ),
          })
        : '',
      share: pct(first.local.share!),
      england,
    }),
  );
  if (model.comparator) {
    const significant = group.needs
      .filter((r) => r.difference && r.difference.verdict !== 'similar')
      .sort((a, b) => Math.abs(b.difference!.points) - Math.abs(a.difference!.points))
      .slice(0, Math.max(0, options.differences ?? 2));
    if (significant.length) {
      const parts = significant.map((r, i) => {
        const d = r.difference!;
        return w.t(i === 0 ? 'needsSummaryDifferenceFirst' : 'needsSummaryDifferenceNext', {
          need: needText(w, r),
          points: pts(d.points),
          direction: w.t(d.verdict === 'higher' ? 'needsSummaryHigher' : 'needsSummaryLower'),
          share: pct(r.local.share!),
          england: pct(r.england!.share!),
        });
      });
      sentences.push(w.plural('needsSummaryDifferences', significant.length, { list: w.list(parts, { long: true }) }));
    } else if (group.needs.some((r) => r.difference)) {
      sentences.push(w.t('needsSummaryNoDifference'));
    }
  }
  if (hidden) sentences.push(w.plural('needsSummarySuppressed', hidden, { n: w.inWords(hidden) }));
  if (!group.local.complete) sentences.push(w.t('needsSummaryIncomplete'));
  return sentences.join(' ');
}

/** Options for {@link summariseComposition}. */
export interface CompositionSummaryOptions extends TextOptions {
  by?: 'phase' | 'provision';
  phase?: string;
  provision?: Provision;
}

/**
 * The sentence for the composition view: the most common need in each bar (phase, setting or
 * provision) with its share, never a suppressed figure. Worded by {@link NEEDS_STRINGS}.
 *
 * @param model from {@link buildNeedsModel}
 * @param options bars by phase (for one provision) or by provision (for one phase), wording
 * @returns the summary text
 * @example summariseComposition(model) // "In this area (2022/23), the most common primary need is speech, language and communication needs (SLCN) in primary (36.3%), …"
 */
export function summariseComposition(model: NeedsModel, options: CompositionSummaryOptions = {}): string {
  const w = wordingOf(NEEDS_STRINGS, options);
  const by = options.by ?? 'phase';
  const pct = (f: number) => w.format.percent(f * 100, 1);
  const comp = composeNeeds(model, { by, phase: options.phase, provision: options.provision, top: 99, text: w });
  const when = model.period ? w.t('needsSummaryWhen', { period: model.period }) : '';
  const where = (g: NeedGroup) => {
    if (by === 'provision') return w.t(`needsAmong.${g.provision}`);
    const p = g.phase.toLowerCase();
    return p === 'primary' || p === 'secondary' || p === 'special' || p === 'all'
      ? w.t(`needsIn.${p}`)
      : w.t('needsInSetting', { setting: g.phase });
  };
  // the most common need of each bar, the bars with the same need named together
  const byNeed = new Map<string, { need: NeedRow; places: string[] }>();
  const hidden: string[] = [];
  for (const bar of comp.bars) {
    const shown = bar.group.needs.filter((r) => r.local.share !== undefined && r.key !== 'UNKNOWN');
    if (!shown.length) {
      hidden.push(where(bar.group));
      continue;
    }
    const first = [...shown].sort((a, b) => b.local.share! - a.local.share!)[0]!;
    const entry = byNeed.get(first.key) ?? { need: first, places: [] };
    entry.places.push(w.t('needsCompositionPlace', { where: where(bar.group), share: pct(first.local.share!) }));
    byNeed.set(first.key, entry);
  }
  const parts = [...byNeed.values()].map((e) =>
    w.t('needsCompositionPart', { need: needText(w, e.need), places: w.list(e.places) }),
  );
  const sentences: string[] = [];
  if (parts.length)
    sentences.push(w.t('needsCompositionMostCommon', { area: model.localLabel, when, parts: w.list(parts) }));
  if (hidden.length) sentences.push(w.t('needsCompositionHidden', { places: w.list(hidden) }));
  const anyHidden = comp.bars.some((b) => b.group.needs.some((r) => r.local.status === 'suppressed'));
  if (anyHidden && !hidden.length) sentences.push(w.t('needsCompositionSomeHidden'));
  return sentences.join(' ') || w.t('needsCompositionNothing', { when });
}
