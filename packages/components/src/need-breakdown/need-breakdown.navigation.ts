import type { NavSeries } from '@send-insight/core/view';
import type { NeedCell, NeedRow, NeedsModel, Provision } from '@send-insight/data';
import type { CompositionLayout, DifferenceLayout, SharesLayout } from './need-breakdown.layout.js';
import { gapText, phaseLabel, provisionLabel, type NeedFormat, type NeedWording } from './need-breakdown.words.js';

/** What `send-select` carries: the need and only the figures that may be shown. */
export interface NeedDatum {
  need: string;
  label: string;
  phase: string;
  provision: Provision;
  pupils?: number;
  share?: number;
  englandShare?: number;
  differencePoints?: number;
  verdict?: 'higher' | 'lower' | 'similar';
  status: NeedCell['status'];
}

/** One series down the rows: Down and Up move between needs, each announced in words. */
export function rowNavigation(
  layout: SharesLayout | DifferenceLayout,
  model: NeedsModel,
  w: NeedWording,
  f: NeedFormat,
): NavSeries[] {
  const g = layout.group;
  return [
    {
      label: w.t('needGroupLabel', { phase: phaseLabel(g.phase, w), provision: provisionLabel(g.provision, w) }),
      // bars are listed top to bottom: Down and Up move between needs
      vertical: true,
      points: layout.rows.map((r) => ({
        id: r.key,
        label: rowWords(r.row, model, w, f),
        x: r.focus.x,
        y: r.focus.y,
        datum: datumOf(r.row, g.phase, g.provision),
      })),
    },
  ];
}

/** A series per bar: Left and Right move along a bar's segments, Up and Down between bars. */
export function compositionNavigation(layout: CompositionLayout, w: NeedWording, f: NeedFormat): NavSeries[] {
  return layout.bars.map((bar) => {
    const name = layout.by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w);
    return {
      label: name,
      points: bar.segments.map((s) => ({
        id: `${bar.key}:${s.key}`,
        label: w.t('needSegmentWords', {
          bar: name,
          need: s.label,
          share: f.share(s.share),
          pupils: w.format.number(s.count),
        }),
        x: s.box.x + s.box.width / 2,
        y: s.box.y,
        datum: { need: s.key, label: s.label, setting: bar.key, share: s.share, pupils: s.count },
      })),
    };
  });
}

/** A need in words: its share here (with the interval) or why none, England's, the difference and its verdict. */
function rowWords(row: NeedRow, model: NeedsModel, w: NeedWording, f: NeedFormat): string {
  const area = model.localLabel;
  const parts: string[] = [];
  if (row.local.share !== undefined) {
    const interval =
      row.local.lower !== undefined
        ? w.t('needIntervalWords', { lower: f.share(row.local.lower), upper: f.share(row.local.upper!) })
        : '';
    parts.push(w.t('needShareWords', { share: f.share(row.local.share), area, interval }));
  } else parts.push(w.t('needGapWords', { area, gap: gapText(row.local, w) }));
  if (model.comparator) {
    parts.push(
      row.england?.share !== undefined
        ? w.t('needEnglandShare', { share: f.share(row.england.share) })
        : w.t('needEnglandGap', { gap: gapText(row.england, w) }),
    );
  }
  if (row.difference)
    parts.push(
      w.t('needDifferenceWords', {
        points: f.points(row.difference.points),
        verdict: w.t(`needVerdict.${row.difference.verdict}`),
      }),
    );
  if (row.members?.length) {
    const suppressed = row.suppressedMembers
      ? w.t('needAddsUpSuppressed', { n: w.format.number(row.suppressedMembers) })
      : '';
    parts.push(w.plural('needAddsUp', row.members.length, { suppressed }));
  }
  return w.t('needRowWords', { need: row.label, parts: parts.join(w.template('listSeparatorLong')) });
}

/** What `send-select` carries for a need: its figures only when they are shown. */
function datumOf(row: NeedRow, phase: string, provision: Provision): NeedDatum {
  const d: NeedDatum = { need: row.key, label: row.label, phase, provision, status: row.local.status };
  if (row.local.status === 'shown') d.pupils = row.local.count;
  if (row.local.share !== undefined) d.share = row.local.share;
  if (row.england?.share !== undefined) d.englandShare = row.england.share;
  if (row.difference) {
    d.differencePoints = row.difference.points;
    d.verdict = row.difference.verdict;
  }
  return d;
}
