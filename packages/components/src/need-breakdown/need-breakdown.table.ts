import type { DataTableSpec, TableCell } from '@send-insight/core/view';
import { formatPValue } from '@send-insight/core/layout';
import {
  groupNotes,
  type NeedCell,
  type NeedComposition,
  type NeedGroup,
  type NeedSelection,
  type NeedsModel,
  type Provision,
} from '@send-insight/data';
import { gapText, phaseLabel, provisionLabel, type NeedFormat, type NeedWording } from './need-breakdown.words.js';

/** What both tables say in common: the heading they are captioned with, and the notes under them. */
interface TableContext {
  model: NeedsModel;
  /** The chart's heading, or the table's own. */
  heading: string;
  words: NeedWording;
  format: NeedFormat;
}

/** The model's notes, those of the groups drawn (what their shares are of, how they are compared), the methods note, then the disclosure note. */
const notesOf = ({ model, words }: TableContext, groups: readonly (NeedGroup | undefined)[]) => {
  const notes = groupNotes(model, groups, words);
  return model.suppressedCells ? [...notes, words.t('suppressedNote', { min: model.minCount })] : notes;
};

/**
 * The table of the shares and difference views: each need of the selection with its pupils, share
 * and 95% interval here, and (with England in the data) England's share, the difference, its
 * interval and the verdict. Suppressed and missing cells say so in words, never 0.
 */
export function needsTable(selection: NeedSelection | undefined, context: TableContext): DataTableSpec {
  const { model, words: w, format: f } = context;
  const suppressedText = w.t('suppressedCell');
  const hidden = (cell: NeedCell | undefined): TableCell => ({
    text: cell?.status === 'suppressed' ? suppressedText : gapText(cell, w),
    sort: -1,
  });
  const share = (cell: NeedCell | undefined): TableCell =>
    cell?.share !== undefined ? { text: f.share(cell.share), sort: cell.share } : hidden(cell);
  const range = (lower: string, upper: string) => w.t('needRange', { lower, upper });
  const area = model.localLabel;
  const rows = (selection?.rows ?? []).map((r) => {
    const out: Record<string, TableCell> = {
      need: r.label,
      pupils:
        r.local.status === 'shown' ? { text: w.format.number(r.local.count!), sort: r.local.count! } : hidden(r.local),
      share: share(r.local),
      interval: r.local.lower !== undefined ? range(f.share(r.local.lower), f.share(r.local.upper!)) : '',
    };
    if (model.comparator) {
      out.england = share(r.england);
      out.difference = r.difference
        ? { text: f.points(r.difference.points), sort: r.difference.points }
        : { text: '', sort: -Infinity };
      out.differenceInterval = r.difference ? range(f.points(r.difference.lower), f.points(r.difference.upper)) : '';
      out.verdict = r.difference ? w.t(`needVerdict.${r.difference.verdict}`) : '';
      out.p = r.difference
        ? { text: formatPValue(r.difference.pAdjusted, w.locale), sort: r.difference.pAdjusted }
        : { text: '', sort: Infinity };
    }
    return out;
  });
  const columns = [
    { key: 'need', label: w.t('needColType') },
    { key: 'pupils', label: w.t('needColPupilsIn', { area }), numeric: true },
    { key: 'share', label: w.t('needColShareIn', { area }), numeric: true },
    { key: 'interval', label: w.t('needColInterval') },
  ];
  if (model.comparator) {
    columns.push(
      { key: 'england', label: w.t('needColEngland'), numeric: true },
      { key: 'difference', label: w.t('needColDifference'), numeric: true },
      { key: 'differenceInterval', label: w.t('needColDifferenceInterval') },
      { key: 'verdict', label: w.t('needColCompared') },
      { key: 'p', label: w.t('needColPAdjusted'), numeric: true },
    );
  }
  const g = selection?.group;
  return {
    caption: w.t('needCaption', {
      heading: context.heading,
      group: g
        ? w.t('needGroupLabel', { phase: phaseLabel(g.phase, w), provision: provisionLabel(g.provision, w) })
        : '',
      period: model.period ? w.t('needCaptionPeriod', { period: model.period }) : '',
    }),
    columns,
    rows,
    notes: notesOf(context, [g]),
  };
}

/**
 * The table of the composition view: each bar's needs with pupils and share, a suppressed bar as
 * one row, needs switched off in the legend left out (as in the chart).
 */
export function compositionTable(
  comp: NeedComposition,
  hidden: readonly string[],
  context: TableContext,
): DataTableSpec {
  const { model, words: w, format: f } = context;
  const suppressedText = w.t('suppressedCell');
  const by = comp.by;
  const off = new Set(hidden);
  const rows: Record<string, TableCell>[] = [];
  const notShown = (s: { status: string }) => ({
    text: s.status === 'suppressed' ? suppressedText : w.t('needGapNotAvailable'),
    sort: -1,
  });
  for (const bar of comp.bars) {
    const name = by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w);
    if (bar.suppressed)
      rows.push({
        setting: name,
        need: w.t('needTableAllNeeds'),
        pupils: { text: suppressedText, sort: -1 },
        share: { text: suppressedText, sort: -1 },
      });
    for (const s of bar.segments) {
      if (off.has(s.key)) continue;
      const shown = s.status === 'shown' && s.share !== undefined;
      rows.push({
        setting: name,
        need: s.label,
        pupils: shown ? { text: w.format.number(s.count!), sort: s.count! } : notShown(s),
        share: shown ? { text: f.share(s.share!), sort: s.share! } : notShown(s),
      });
    }
  }
  return {
    caption: w.t(by === 'phase' ? 'needCaptionByPhase' : 'needCaptionByProvision', {
      heading: context.heading,
      area: model.localLabel,
    }),
    columns: [
      { key: 'setting', label: w.t(by === 'phase' ? 'needColSetting' : 'needColProvision') },
      { key: 'need', label: w.t('needColNeed') },
      { key: 'pupils', label: w.t('needColPupils'), numeric: true },
      { key: 'share', label: w.t('needColShare'), numeric: true },
    ],
    rows,
    notes: notesOf(
      context,
      comp.bars.map((b) => b.group),
    ),
  };
}
