import {
  ACTION_STATUSES,
  actionsContract,
  buildTrackerModel,
  isOverdue,
  issue,
  parseIsoDate,
  ragRule,
  readActions,
  SendDataError,
  standingWords,
  summariseTracker,
  todayIso,
  type ActionStatus,
  type Contract,
  type PriorityRollup,
  type RagRating,
  type TrackerAction,
  type TrackerMeasure,
  type TrackerModel,
  type ValidatedData,
} from '@send-insight/data';
import { formatNumber, SendElement, SendHooksElement, type ActivePoint, type ChartSize, type DataTableSpec, type NavSeries } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { layoutMeasureBullet, layoutTrackerOverview, layoutTrackerTimeline, type OverviewLayout, type TimelineLayout, type TrackerWording } from './priority-tracker.layout.js';
import { priorityTrackerStyles } from './priority-tracker.styles.js';
import { TRACKER_TEXT, type TrackerTextKey } from './priority-tracker.strings.js';

/** What the tracker shows: the priorities with their actions, or the six-monthly timeline. */
export type TrackerMode = 'priorities' | 'timeline';

const STATUS_SHAPES: Record<ActionStatus, (size: number) => TemplateResult> = {
  // filled circle
  on_track: (s) => svg`<circle class="icon-fill" cx=${s / 2} cy=${s / 2} r=${s / 2 - 1}></circle>`,
  // hollow circle
  not_started: (s) => svg`<circle class="icon-stroke" cx=${s / 2} cy=${s / 2} r=${s / 2 - 2}></circle>`,
  // triangle with a bar
  at_risk: (s) => svg`<path class="icon-fill" d=${`M${s / 2} 1 L${s - 1} ${s - 1} L1 ${s - 1} Z`}></path><path class="icon-mark" d=${`M${s / 2} ${s * 0.38} V${s * 0.68}`}></path>`,
  // cross in a square
  off_track: (s) => svg`<rect class="icon-fill" x="1" y="1" width=${s - 2} height=${s - 2}></rect><path class="icon-mark" d=${`M${s * 0.3} ${s * 0.3} L${s * 0.7} ${s * 0.7} M${s * 0.7} ${s * 0.3} L${s * 0.3} ${s * 0.7}`}></path>`,
  // tick in a circle
  complete: (s) => svg`<circle class="icon-fill" cx=${s / 2} cy=${s / 2} r=${s / 2 - 1}></circle><path class="icon-mark" d=${`M${s * 0.28} ${s * 0.52} L${s * 0.44} ${s * 0.68} L${s * 0.73} ${s * 0.34}`}></path>`,
  // hollow square with a bar: closed
  no_longer_monitored: (s) => svg`<rect class="icon-stroke" x="2" y="2" width=${s - 4} height=${s - 4}></rect><path class="icon-stroke" d=${`M${s * 0.3} ${s / 2} H${s * 0.7}`}></path>`,
};

const RATING_SHAPES: Record<RagRating, ActionStatus> = {
  red: 'off_track',
  amber: 'at_risk',
  green: 'on_track',
  complete: 'complete',
  closed: 'no_longer_monitored',
};

/** A small status shape (never the only cue: always followed by words). */
function statusIcon(status: ActionStatus, size = 14): TemplateResult {
  return html`<svg class="s-${status}" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${STATUS_SHAPES[status](size)}</svg>`;
}

function ratingIcon(rating: RagRating, size = 14): TemplateResult {
  return html`<svg class="r-${rating}" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${STATUS_SHAPES[RATING_SHAPES[rating]](size)}</svg>`;
}

const MODES: readonly TrackerMode[] = ['priorities', 'timeline'];

/**
 * Progress on a plan's priorities and their actions: an improvement plan reported to a board
 * every six months, or a Written Statement of Action whose areas are reviewed until they are no
 * longer monitored. Each priority shows its weighted progress, counts by status, a RAG rating
 * (with the rule and the reasons on demand) and how many actions are overdue as of a date, and
 * opens to list its actions with owner, due date, status, progress, last update, evidence and
 * measures. A timeline view shows the six-monthly review points. Filters by status, owner and
 * overdue update the counts and the summary. Printing gives a board paper: everything expanded,
 * one priority per page, no controls.
 *
 * Data: the **actions** contract (see DESIGN.md). Counts of actions are not counts of people;
 * measures that count people follow `min-count`.
 *
 * @summary Progress on a plan's priorities and actions, with RAG ratings, overdue actions, measures and a six-monthly timeline.
 *
 * @attr as-of - Report date (ISO `2025-10-01` or en-GB `01/10/2025`); actions due before it and not complete are overdue. Default: today.
 * @attr plan - Which plan to show when the data holds several (the `plan` column). Default: the first.
 * @attr mode - `priorities` (default) or `timeline`.
 * @attr filter-status - Show only actions with these statuses (comma-separated codes, e.g. `at_risk,off_track`).
 * @attr filter-owner - Show only actions with this owner.
 * @attr filter-overdue - Show only overdue actions.
 * @attr expanded - Open every priority at first.
 * @attr item-label - What the groups are called in the summary and controls: `area`, or `area of weakness/areas of weakness`. Default `priority`.
 * @attr strings - JSON object overriding any text: the shell's (see core `DEFAULT_STRINGS`), the tracker's own (see `TRACKER_STRINGS`) and its data's and summary's (`ACTIONS_STRINGS` from `@send-insight/data`: statuses, ratings, the rule, reasons, measures), e.g. `{"onlyOverdue": "Overdue only"}`.
 *
 * @fires send-render - The tracker has drawn; `detail.summary` is its description.
 * @fires send-select - A priority (or review point) was chosen in the overview with Enter; `detail.datum` is it.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The overview, priorities and timeline.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart priority - One priority's section.
 * @csspart action - One action's card.
 *
 * @cssprop [--send-tracker-on-track=var(--send-color-good, #00703c)] - On track and green.
 * @cssprop [--send-tracker-at-risk=var(--send-color-amber, #b36200)] - At risk and amber.
 * @cssprop [--send-tracker-off-track=var(--send-color-bad, #d4351c)] - Off track, red and overdue.
 * @cssprop [--send-tracker-complete=var(--send-color-1, #12436d)] - Complete.
 * @cssprop [--send-tracker-not-started=var(--send-color-text-secondary, #484949)] - Not started.
 * @cssprop [--send-tracker-closed=var(--send-color-suppressed, #6f777b)] - No longer monitored.
 * @cssprop [--send-tracker-track=var(--send-color-surface, #f3f2f1)] - Empty part of progress bars.
 */
export class SendPriorityTracker extends SendHooksElement<TrackerModel> {
  static override styles = [...SendElement.styles, priorityTrackerStyles];

  /** Report date (ISO); default today where the page is read. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The plan shown when the data has several. */
  @property() plan?: string;

  /** `priorities` or `timeline`. */
  @property({ reflect: true }) mode: TrackerMode = 'priorities';

  /** Statuses to show (comma-separated codes); empty shows all. */
  @property({ attribute: 'filter-status' }) filterStatus = '';

  /** Owner to show; empty shows all. */
  @property({ attribute: 'filter-owner' }) filterOwner = '';

  /** Show only overdue actions. */
  @property({ attribute: 'filter-overdue', type: Boolean }) filterOverdue = false;

  /** Open every priority at first. */
  @property({ type: Boolean }) expanded = false;

  /** What the plan's groups are called: `area`, or singular and plural as `area of weakness/areas of weakness`. Default `priority`. */
  @property({ attribute: 'item-label' }) itemLabel = '';

  /** Which priorities are open (plan + priority), kept outside reactive state so toggling does not rebuild the model. */
  private open = new Set<string>();
  private openRules = new Set<string>();
  private openedAll = false;

  protected get contract(): Contract {
    return actionsContract;
  }

  /** The report date in use (ISO). */
  get reportDate(): string {
    return this.asOf ? (parseIsoDate(this.asOf) ?? this.asOf) : todayIso();
  }

  private statusFilter(): ActionStatus[] {
    const wanted = this.filterStatus
      .split(',')
      .map((s) => s.trim().toLowerCase().replace(/\s+/g, '_'))
      .filter(Boolean);
    return ACTION_STATUSES.filter((s) => wanted.includes(s));
  }

  protected buildModel(data: ValidatedData): TrackerModel {
    if (this.asOf && !parseIsoDate(this.asOf)) {
      throw new SendDataError([issue('invalid-attribute', 0, 'as-of', this.asOf, `the as-of attribute "${this.asOf}" is not a date; use one like 2025-10-01 or 01/10/2025`)]);
    }
    const dataset = readActions(data, this.minCount, this.text.options);
    // the tracker's own warnings (evidence that is not a link, differing titles) join the contract's
    const seen = new Set(this.dataIssues.map((i) => `${i.code}|${i.row}|${i.column}`));
    const extra = dataset.issues.filter((i) => !seen.has(`${i.code}|${i.row}|${i.column}`));
    if (extra.length) this.dataIssues = [...this.dataIssues, ...extra];
    const model = buildTrackerModel(dataset, {
      asOf: this.reportDate,
      plan: this.plan,
      filter: { statuses: this.statusFilter(), owners: this.filterOwner ? [this.filterOwner] : [], overdueOnly: this.filterOverdue },
      text: this.text.options,
    });
    if (this.expanded && !this.openedAll) {
      this.openedAll = true;
      for (const p of model.priorities) this.open.add(this.key(p));
    }
    return model;
  }

  protected override isEmpty(model: TrackerModel): boolean {
    return model.totals.allActions === 0;
  }

  protected override summarise(model: TrackerModel): string {
    return summariseTracker(model, { item: this.itemWords(), ...this.text.options });
  }

  /** Singular and plural for the groups, from `item-label`. */
  private itemWords(): [string, string] {
    const label = this.itemLabel.trim();
    if (!label) return [this.s('itemOne'), this.s('itemMany')];
    const [one, many] = label.split('/').map((w) => w.trim());
    if (one && many) return [one, many];
    return [one!, /[^aeiou]y$/i.test(one!) ? `${one!.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/i.test(one!) ? `${one}es` : `${one}s`];
  }

  /** Enter (or a click) on a priority in the overview also opens its actions. */
  protected override select(point: ActivePoint): void {
    super.select(point);
    const p = this.mode === 'priorities' ? this.model?.priorities[point.index] : undefined;
    if (p) this.toggle(p.priority, true);
  }

  protected override emptyFor(): string | undefined {
    return this.plan || undefined;
  }

  private key(p: Pick<PriorityRollup, 'plan' | 'priority'>): string {
    return `${p.plan}\u0001${p.priority}`;
  }

  /** The tracker's and its data's text with the `strings` overrides. */
  private get words(): TrackerWording {
    return this.text.wording(TRACKER_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('trackerChartName');
  }

  /** The tracker's own text, with `strings` overrides and `{placeholders}` filled (values are inserted as text). */
  private s(key: TrackerTextKey, values: Record<string, string | number> = {}): string {
    return this.words.t(key, values);
  }

  /** A status in words ("On track"). */
  private status(status: ActionStatus): string {
    return this.s(`status.${status}`);
  }


  private pct(value: number): string {
    return `${formatNumber(Math.round(value), this.locale, 0)}%`;
  }

  // ---- table and navigation -----------------------------------------------------------------

  protected override tableOf(model: TrackerModel): DataTableSpec {
    const w = this.words;
    const planName = model.plan || this.s('planFallback');
    const date = this.text.date(model.asOf);
    if (this.mode === 'timeline') {
      return {
        caption: this.s('timelineCaption', { plan: planName, date }),
        columns: [
          { key: 'date', label: this.s('colReviewPoint') },
          ...ACTION_STATUSES.map((s) => ({ key: s, label: this.s('legendReported', { status: this.status(s).toLowerCase() }), numeric: true })),
          { key: 'completeBy', label: this.s('colCompleteBy'), numeric: true },
          { key: 'overdueAt', label: this.s('colOverdueAt'), numeric: true },
        ],
        rows: model.timeline.map((p) => ({
          date: { text: p.label, sort: p.date },
          ...Object.fromEntries(ACTION_STATUSES.map((s) => [s, { text: formatNumber(p.reported[s], this.locale), sort: p.reported[s] }])),
          completeBy: { text: formatNumber(p.completeBy, this.locale), sort: p.completeBy },
          overdueAt: { text: formatNumber(p.overdueAt, this.locale), sort: p.overdueAt },
        })),
        notes: [this.s('timelineTableNote')],
      };
    }
    const rows = model.priorities.flatMap((p) =>
      p.actions.map((a) => ({
        id: { text: a.id, sort: a.id },
        priority: { text: this.s('priorityTitle', { priority: p.priority, title: p.title }), sort: p.priority },
        rating: p.rag.label,
        action: a.action,
        owner: a.owner,
        due: { text: isOverdue(a, model.asOf) ? this.s('dueOverdue', { date: this.text.date(a.due), overdue: this.s('overdue').toLowerCase() }) : this.text.date(a.due), sort: a.due },
        status: this.status(a.status),
        progress: { text: this.pct(a.progress), sort: a.progress },
        updated: { text: this.text.date(a.updated), sort: a.updated },
        measure: a.measure ? this.s('measureCell', { sentence: a.measure.sentence, standing: standingWords(a.measure, w) }) : '',
        evidence: a.evidenceUrl
          ? a.evidenceText && a.evidenceText !== a.evidenceUrl
            ? this.s('evidenceCell', { text: a.evidenceText, url: a.evidenceUrl })
            : (a.evidenceText ?? '')
          : (a.evidenceText ?? ''),
      })),
    );
    return {
      caption: this.s('actionsCaption', { plan: planName, date, filter: model.filterText ? this.s('actionsCaptionFilter', { filter: model.filterText }) : '' }),
      columns: [
        { key: 'id', label: this.s('colRef') },
        { key: 'priority', label: this.s('colPriority') },
        { key: 'rating', label: this.s('colRating') },
        { key: 'action', label: this.s('colAction') },
        { key: 'owner', label: this.s('colOwner') },
        { key: 'due', label: this.s('colDue') },
        { key: 'status', label: this.s('colStatus') },
        { key: 'progress', label: this.s('colProgress'), numeric: true },
        { key: 'updated', label: this.s('colUpdated') },
        { key: 'measure', label: this.s('colMeasure') },
        { key: 'evidence', label: this.s('colEvidence') },
      ],
      rows,
      notes: [this.s('overdueNote', { date })],
    };
  }

  private priorityWords(model: TrackerModel, p: PriorityRollup): string {
    const parts = [this.s('priorityTitle', { priority: p.priority, title: p.title }), this.s('wordsRated', { rating: p.rag.label })];
    if (p.rag.rating === 'closed' && p.closedOn) parts.push(this.s('wordsClosed', { date: this.text.date(p.closedOn) }));
    if (p.weightedProgress !== undefined) parts.push(this.s('wordsWeighted', { value: this.pct(p.weightedProgress) }));
    parts.push(this.countsText(p));
    if (p.overdue) parts.push(this.s('wordsOverdue', { n: formatNumber(p.overdue, this.locale), date: this.text.date(model.asOf) }));
    return parts.join(this.words.template('listSeparatorLong'));
  }

  private countsText(p: PriorityRollup): string {
    const w = this.words;
    const list = ACTION_STATUSES.filter((s) => p.counts[s]).map((s) => this.s('statusCount', { n: formatNumber(p.counts[s], this.locale), status: this.status(s).toLowerCase() }));
    const n = p.actions.length;
    const head = n !== p.totalActions ? this.s('countsHeadOf', { n: formatNumber(n, this.locale), total: formatNumber(p.totalActions, this.locale) }) : w.plural('countsHead', n);
    return list.length ? this.s('countsList', { head, list: list.join(w.template('listSeparator')) }) : head;
  }

  protected override navigation(model: TrackerModel, size: ChartSize): NavSeries[] {
    const w = this.words;
    if (this.mode === 'timeline') {
      const layout = layoutTrackerTimeline(model.timeline, size, undefined, { text: w });
      return [
        {
          label: this.s('seriesReviewPoints'),
          points: model.timeline.map((p, i) => ({
            id: p.date,
            label: w.plural('pointWords', p.reportedTotal, {
              point: this.s(p.asOf ? 'pointReport' : 'pointReview', { date: p.label }),
              statuses: p.reportedTotal
                ? this.s('pointStatuses', {
                    list: ACTION_STATUSES.filter((s) => p.reported[s])
                      .map((s) => this.s('statusCount', { n: formatNumber(p.reported[s], this.locale), status: this.status(s).toLowerCase() }))
                      .join(w.template('listSeparator')),
                  })
                : '',
              complete: formatNumber(p.completeBy, this.locale),
              overdue: formatNumber(p.overdueAt, this.locale),
            }),
            x: layout.columns[i]!.focus.x,
            y: layout.columns[i]!.focus.y,
            datum: p,
          })),
        },
      ];
    }
    const layout = this.overviewLayout(model, size);
    return [
      {
        label: this.s('seriesPriorities'),
        points: model.priorities.map((p, i) => ({
          id: String(p.priority),
          label: this.priorityWords(model, p),
          x: layout.rows[i]!.focus.x,
          y: layout.rows[i]!.focus.y,
          datum: { plan: p.plan, priority: p.priority, title: p.title, rating: p.rag.rating, weightedProgress: p.weightedProgress, counts: p.counts, overdue: p.overdue },
        })),
      },
    ];
  }

  // ---- controls -----------------------------------------------------------------------------

  protected override renderControls(model: TrackerModel): unknown {
    const statuses = this.statusFilter();
    return html`<div class="controls">
      ${model.plans.length > 1
        ? html`<label>${this.s('plan')}
            <select @change=${(e: Event) => (this.plan = (e.target as HTMLSelectElement).value)}>
              ${model.plans.map((p) => html`<option .value=${p} ?selected=${p === model.plan}>${p || this.s('planUnnamed')}</option>`)}
            </select></label
          >`
        : nothing}
      <div class="field" role="group" aria-labelledby="${this.uid}-mode">
        <span id="${this.uid}-mode">${this.s('view')}</span>
        <span class="segmented">
          ${MODES.map(
            (m) =>
              html`<button type="button" class="mode" data-mode=${m} aria-pressed=${this.mode === m ? 'true' : 'false'} @click=${() => (this.mode = m)}>
                ${m === 'priorities' ? this.s('viewPriorities') : this.s('viewTimeline')}
              </button>`,
          )}
        </span>
      </div>
      <label>${this.s('status')}
        <select class="filter-status-select" @change=${(e: Event) => (this.filterStatus = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${statuses.length === 0}>${this.s('allStatuses')}</option>
          ${ACTION_STATUSES.map((s) => html`<option value=${s} ?selected=${statuses.length === 1 && statuses[0] === s}>${this.status(s)}</option>`)}
          ${statuses.length > 1 ? html`<option value=${statuses.join(',')} selected>${this.words.list(statuses.map((s) => this.status(s)), { or: true })}</option>` : nothing}
        </select></label
      >
      <label>${this.s('owner')}
        <select class="filter-owner-select" @change=${(e: Event) => (this.filterOwner = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.filterOwner}>${this.s('allOwners')}</option>
          ${model.owners.map((o) => html`<option .value=${o} ?selected=${o === this.filterOwner}>${o}</option>`)}
        </select></label
      >
      <label class="check"
        ><input type="checkbox" class="filter-overdue-check" .checked=${this.filterOverdue} @change=${(e: Event) => (this.filterOverdue = (e.target as HTMLInputElement).checked)} />
        ${this.s('onlyOverdue')}</label
      >
      ${this.mode === 'priorities'
        ? html`<button type="button" class="expand-all" @click=${() => this.setAll(model, !this.allOpen(model))}>
            ${this.allOpen(model) ? this.s('closeAll', { items: this.itemWords()[1] }) : this.s('openAll', { items: this.itemWords()[1] })}
          </button>`
        : nothing}
    </div>`;
  }

  private allOpen(model: TrackerModel): boolean {
    return model.priorities.length > 0 && model.priorities.every((p) => this.open.has(this.key(p)));
  }

  private setAll(model: TrackerModel, open: boolean): void {
    for (const p of model.priorities) {
      if (open) this.open.add(this.key(p));
      else this.open.delete(this.key(p));
    }
    this.requestUpdate();
  }

  /** Opens or closes a priority (by number) in the plan shown. */
  toggle(priority: number, open?: boolean): void {
    const k = this.key({ plan: this.model?.plan ?? '', priority });
    const next = open ?? !this.open.has(k);
    if (next) this.open.add(k);
    else this.open.delete(k);
    this.requestUpdate();
  }

  private toggleRule(k: string): void {
    if (this.openRules.has(k)) this.openRules.delete(k);
    else this.openRules.add(k);
    this.requestUpdate();
  }

  /** Arrow keys, Home and End move between priority headings (the accordion pattern); other keys stay with the button. */
  private onHeadingKey(event: KeyboardEvent): void {
    const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.disclosure'));
    const i = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, i + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next >= 0) {
      event.preventDefault();
      buttons[next]!.focus();
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private overviewLayout(model: TrackerModel, size: ChartSize): OverviewLayout {
    return layoutTrackerOverview(model, size, { percent: (v) => this.pct(v), date: (d) => this.text.date(d), text: this.words });
  }

  protected renderChart(model: TrackerModel, size: ChartSize): unknown {
    // keys pressed inside the lists belong to their buttons and links, not to the overview's point navigation
    const own = (e: KeyboardEvent) => e.stopPropagation();
    const filterNote = model.filterText
      ? html`<p class="filter-status" role="status">${model.filterText} ${this.s('shownOf', { shown: model.totals.actions, total: model.totals.allActions })}</p>`
      : html`<p class="filter-status" role="status"></p>`;
    if (this.mode === 'timeline') {
      // graphics first, so that navigation points (plot pixels) line up with them
      return html`${this.renderTimeline(model, layoutTrackerTimeline(model.timeline, size, undefined, { text: this.words }))}${filterNote}`;
    }
    const overview = this.overviewLayout(model, size);
    return html`${this.renderOverview(overview)}${filterNote}
      <div class="details" @keydown=${own}>
        <ol class="priorities">
          ${model.priorities.map((p) => this.renderPriority(model, p))}
        </ol>
      </div>`;
  }

  private renderOverview(layout: OverviewLayout): TemplateResult {
    const active = this.nav.active && this.mode === 'priorities' ? layout.rows[this.nav.active.index] : undefined;
    return html`<svg class="chart tracker-overview" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${Math.max(1, layout.height)}" aria-hidden="true" focusable="false">
      ${layout.rows.map(
        (r) => svg`<g class="row r-${r.rating}" @pointerenter=${() => this.nav.pointerEnter(0, layout.rows.indexOf(r))} @click=${() => this.select({ series: 0, index: layout.rows.indexOf(r) })}>
          ${r.title.map((t) => svg`<text class="title" x=${t.x} y=${t.y}>${t.text}</text>`)}
          <g transform="translate(${r.badge.cx - 7}, ${r.badge.cy - 7})">${STATUS_SHAPES[RATING_SHAPES[r.rating]](14)}</g>
          <text class="badge-label" x=${r.badge.label.x} y=${r.badge.label.y}>${r.badge.label.text}</text>
          ${r.bar.width > 0 ? svg`<rect class="track" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
          ${r.bar.fill > 0 ? svg`<rect class="fill" x=${r.bar.x} y=${r.bar.y} width=${r.bar.fill} height=${r.bar.height}></rect>` : nothing}
          <text x=${r.barLabel.x} y=${r.barLabel.y} text-anchor=${r.barLabel.anchor}>${r.barLabel.text}</text>
          ${r.counts.map((t) => svg`<text x=${t.x} y=${t.y}>${t.text}</text>`)}
        </g>`,
      )}
      ${active ? svg`<rect class="active-row" x="-3" y=${active.y - 4} width=${layout.width + 6} height=${active.height - 10}></rect>` : nothing}
    </svg>`;
  }

  private renderPriority(model: TrackerModel, p: PriorityRollup): TemplateResult {
    const k = this.key(p);
    const id = `${this.uid}-p${p.priority}`;
    const open = this.open.has(k);
    const ruleOpen = this.openRules.has(k);
    const closed = p.rag.rating === 'closed';
    return html`<li class="priority r-${p.rag.rating}" part="priority" data-priority=${p.priority}>
      <h3 class="priority-heading">
        <button type="button" class="disclosure" data-export="content" id="${id}-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-panel" @click=${() => this.toggle(p.priority)} @keydown=${this.onHeadingKey}>
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 2 L11 8 L5 14"></path></svg>
          <span class="priority-title">${p.priority}. ${p.title}</span>
        </button>
      </h3>
      <div class="meta">
        <span class="badge r-${p.rag.rating}">${ratingIcon(p.rag.rating)}<span>${closed && p.closedOn ? this.s('closedSince', { date: this.text.date(p.closedOn) }) : p.rag.label}</span></span>
        ${p.weightedProgress !== undefined
          ? html`<span class="weighted">${this.s('weighted', { value: this.pct(p.weightedProgress) })}${p.meanProgress !== undefined && Math.round(p.meanProgress) !== Math.round(p.weightedProgress) ? this.s('mean', { value: this.pct(p.meanProgress) }) : ''}</span>`
          : nothing}
        <span class="counts">${this.countsText(p)}</span>
        <span class="overdue-count">${p.overdue ? this.s('overdueCount', { count: formatNumber(p.overdue, this.locale), date: this.text.date(model.asOf) }) : this.s('noneOverdue', { date: this.text.date(model.asOf) })}</span>
        <button type="button" class="why" aria-expanded=${ruleOpen ? 'true' : 'false'} aria-controls="${id}-rule" @click=${() => this.toggleRule(k)}>${this.s('why', { rating: p.rag.label.toLowerCase() })}</button>
      </div>
      <div class="rule r-${p.rag.rating}" id="${id}-rule" ?hidden=${!ruleOpen}>
        <p><strong>${this.s('rated', { rating: p.rag.label })}</strong> ${this.s('ratedBecause', { reasons: p.rag.reasons.join(this.words.template('listSeparatorLong')) })}</p>
        <div class="rule-how">
          <p>${this.s('ruleIntro')}</p>
          <ol>
            ${ragRule(this.words).map((r) => html`<li>${r}</li>`)}
          </ol>
          <p>${this.s('weightingNote')}</p>
        </div>
      </div>
      <div class="panel" id="${id}-panel" role="region" aria-labelledby="${id}-button" ?hidden=${!open}>
        ${closed && p.closedOn ? html`<p class="closed-note">${this.s('closedNote', { date: this.text.date(p.closedOn) })}</p>` : nothing}
        ${p.actions[0]?.outcome ? html`<p class="outcome">${this.s('outcome', { outcome: p.actions[0].outcome })}</p>` : nothing}
        ${p.actions.length
          ? html`<ul class="actions">
              ${p.actions.map((a) => this.renderAction(model, a))}
            </ul>`
          : html`<p class="none">${this.s('noneMatch')}</p>`}
      </div>
    </li>`;
  }

  private renderAction(model: TrackerModel, a: TrackerAction): TemplateResult {
    const overdue = isOverdue(a, model.asOf);
    return html`<li class="action s-${a.status}" part="action" data-action=${a.id}>
      <p class="action-title"><span class="ref">${a.id}</span>${a.action}</p>
      <dl class="fields">
        <div><dt>${this.s('fieldOwner')}</dt><dd class="owner">${a.owner}</dd></div>
        <div>
          <dt>${this.s('fieldDue')}</dt>
          <dd class="due">${this.text.date(a.due)}${overdue ? html` <span class="overdue">${this.s('overdue')}</span>` : nothing}</dd>
        </div>
        <div>
          <dt>${this.s('fieldStatus')}</dt>
          <dd><span class="status s-${a.status}">${statusIcon(a.status)}<span>${this.status(a.status)}</span></span></dd>
        </div>
        <div>
          <dt>${this.s('fieldProgress')}</dt>
          <dd class="progress">
            <svg width="64" height="10" viewBox="0 0 64 10" aria-hidden="true" focusable="false"
              ><rect class="track" x="0" y="0" width="64" height="10"></rect
              ><rect class="fill s-${a.status}" x="0" y="0" width=${(Math.max(0, Math.min(100, a.progress)) / 100) * 64} height="10"></rect
            ></svg>
            <span>${this.pct(a.progress)}</span>
          </dd>
        </div>
        <div><dt>${this.s('fieldUpdated')}</dt><dd class="updated">${this.text.date(a.updated)}</dd></div>
        ${a.evidenceText !== undefined || a.evidenceUrl
          ? html`<div>
              <dt>${this.s('fieldEvidence')}</dt>
              <dd class="evidence">${a.evidenceUrl ? html`<a href=${a.evidenceUrl} rel="noopener noreferrer">${a.evidenceText ?? a.evidenceUrl}</a>` : a.evidenceText}</dd>
            </div>`
          : nothing}
      </dl>
      ${a.measure ? this.renderMeasure(a.measure) : nothing}
    </li>`;
  }

  private renderMeasure(m: TrackerMeasure): TemplateResult {
    const b = layoutMeasureBullet(m, 160);
    return html`<div class="measure">
      <svg class="bullet" width=${b.width} height=${b.height} viewBox="0 0 ${b.width} ${b.height}" aria-hidden="true" focusable="false">
        <rect class="track" x=${b.track.x} y="6" width=${b.track.width} height="14"></rect>
        ${b.bar ? svg`<rect class="bar" x=${b.bar.x} y="9" width=${b.bar.width} height="8"></rect>` : nothing}
        ${b.baseline !== undefined ? svg`<line class="baseline" x1=${b.baseline} x2=${b.baseline} y1="4" y2="22"></line>` : nothing}
        <line class="target" x1=${b.target} x2=${b.target} y1="1" y2="25"></line>
      </svg>
      <p><span class="measure-sentence">${m.sentence}</span>${this.s('measureAfter', { better: this.s('betterIs', { better: this.s(`better.${m.better}`) }), standing: standingWords(m, this.words) })}</p>
    </div>`;
  }

  private renderTimeline(model: TrackerModel, t: TimelineLayout): TemplateResult {
    const active = this.nav.active && this.mode === 'timeline' ? t.columns[this.nav.active.index] : undefined;
    const pid = `${this.uid}-hatch`;
    const pattern: Partial<Record<ActionStatus, string>> = { at_risk: `${pid}-risk`, off_track: `${pid}-off`, not_started: `${pid}-not` };
    const path = (pts: [number, number][]) => pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ');
    return html`<svg class="chart tracker-timeline" width=${t.width} height=${t.height} viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="${pid}-risk" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="6"></line></pattern>
          <pattern id="${pid}-off" width="6" height="6" patternUnits="userSpaceOnUse"><path class="hatch" d="M0 0 L6 6 M6 0 L0 6"></path></pattern>
          <pattern id="${pid}-not" width="6" height="6" patternUnits="userSpaceOnUse"><circle class="hatch" cx="3" cy="3" r="0.8"></circle></pattern>
        </defs>
        ${t.yTicks.map((k) => svg`<line class="grid" x1=${t.plot.x} x2=${t.plot.x + t.plot.width} y1=${k.y} y2=${k.y}></line><text x=${t.plot.x - 6} y=${k.y + 4} text-anchor="end">${k.value}</text>`)}
        ${t.columns.map(
          (c, i) => svg`<g @pointerenter=${() => this.nav.pointerEnter(0, i)} @click=${() => this.select({ series: 0, index: i })}>
            ${c.segments.map(
              (s) => svg`<g class="s-${s.status}"><rect class="seg" x=${c.x} y=${s.y} width=${c.width} height=${s.height}></rect>${
                pattern[s.status] ? svg`<rect x=${c.x} y=${s.y} width=${c.width} height=${s.height} fill="url(#${pattern[s.status]})"></rect>` : nothing
              }</g>`,
            )}
            ${c.label.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`)}
          </g>`,
        )}
        <path class="line-complete" d=${path(t.completeLine)}></path>
        <path class="line-overdue" d=${path(t.overdueLine)}></path>
        ${t.completeLine.map(([x, y]) => svg`<circle class="dot-complete" cx=${x} cy=${y} r="4"></circle>`)}
        ${t.overdueLine.map(([x, y]) => svg`<rect class="dot-overdue" x=${x - 4} y=${y - 4} width="8" height="8"></rect>`)}
        ${t.columns.map((c) => (c.total.text === '0' ? nothing : svg`<text class="total" x=${c.total.x} y=${c.total.y} text-anchor="middle">${c.total.text}</text>`))}
        ${active ? svg`<rect class="active-col" x=${active.x - 4} y=${t.plot.y - 4} width=${active.width + 8} height=${t.plot.height + 8}></rect>` : nothing}
      </svg>
      <ul class="legend">
        ${ACTION_STATUSES.filter((s) => model.timeline.some((p) => p.reported[s])).map((s) => html`<li>${statusIcon(s)}<span>${this.s('legendReported', { status: this.status(s).toLowerCase() })}</span></li>`)}
        <li>
          <svg width="22" height="10" aria-hidden="true" focusable="false"><path class="line-complete" d="M1 5 H21"></path><circle class="dot-complete" cx="11" cy="5" r="4"></circle></svg><span>${this.s('legendComplete')}</span>
        </li>
        <li>
          <svg width="22" height="10" aria-hidden="true" focusable="false"><path class="line-overdue" d="M1 5 H21"></path><rect class="dot-overdue" x="7" y="1" width="8" height="8"></rect></svg><span>${this.s('legendOverdue')}</span>
        </li>
      </ul>
      <p class="outcome">${this.s('timelineNote')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-priority-tracker': SendPriorityTracker;
  }
}
