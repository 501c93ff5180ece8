import {
  ACTION_STATUSES,
  actionsContract,
  buildActionsModel,
  issue,
  parseIsoDate,
  readActions,
  SendDataError,
  todayIso,
  type ActionStatus,
  type ActionsModel,
  type Contract,
  type ValidatedData,
} from '@send-insight/data';
import { SendElement, type ActivePoint, type ChartSize } from '@send-insight/core';
import { clipText } from '@send-insight/core/layout';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PriorityRowLayout } from './priority-tracker.layout.js';
import {
  actionTemplate,
  drawingTemplate,
  lineKey,
  measureTemplate,
  ratingIcon,
  reportedPanel,
  statusKey,
  stockPanel,
  timelineDrawingTemplate,
} from './priority-tracker.marks.js';
import { PRIORITY_TRACKER_TEXT } from './priority-tracker.strings.js';
import { priorityTrackerControlsStyles } from './priority-tracker-controls.styles.js';
import { priorityTrackerTimelineStyles } from './priority-tracker-timeline.styles.js';
import { priorityTrackerStyles } from './priority-tracker.styles.js';
import {
  priorityTrackerView,
  priorityTrackerViewOptions,
  TRACKER_MODES,
  type PrioritiesView,
  type PriorityTrackerLayout,
  type PriorityTrackerView,
  type TimelineView,
  type TrackerMode,
} from './priority-tracker.view.js';
import { statusWord, type PriorityTrackerWording } from './priority-tracker.words.js';

export type { TrackerMode } from './priority-tracker.view.js';
export type { PriorityDatum } from './priority-tracker.navigation.js';

/**
 * Progress on a plan's priorities and their actions: an improvement plan reported to a board
 * every six months, or a Written Statement of Action whose areas are reviewed until they are no
 * longer monitored. Each priority is one row, which is both its progress bar and the button that
 * opens it: its weighted progress, a RAG rating (shape and word; the rule and the reasons on
 * demand), counts by status and how many actions are overdue as of a date. Opened, it lists its
 * actions with owner, due date, status, progress, last update, evidence and measures (baseline →
 * now → target, with which way is better). A timeline view shows the six-monthly review points
 * in two panels with their own scales: statuses reported in each half-year, and actions complete
 * and overdue at each point; then the measures. Filters by status, owner and overdue update the
 * counts and the summary; on a chart 760 px wide or less they fold behind one button. Printing gives a board
 * paper: everything expanded, no controls, the priorities following on from each other (a
 * priority's heading row never ends a page, and no action is split across pages).
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
 * @attr strings - JSON object overriding any text: the shell's (see core `DEFAULT_STRINGS`), the tracker's own (`PRIORITY_TRACKER_STRINGS`) and its data's and summary's (`ACTIONS_STRINGS` from `@send-insight/data`: statuses, ratings, the rule, reasons, measures), e.g. `{"onlyOverdue": "Overdue only"}`.
 *
 * @fires send-render - The tracker has drawn; `detail.summary` is its description.
 * @fires send-select - A priority (or review point) was chosen with Enter in the chart; `detail.datum` is it (a {@link PriorityDatum} or a timeline point).
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The priorities, or the timeline.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart priority - One priority's row and panel.
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
export class SendPriorityTracker extends SendElement<ActionsModel, PriorityTrackerLayout> {
  static override styles = [
    ...SendElement.styles,
    priorityTrackerStyles,
    priorityTrackerControlsStyles,
    priorityTrackerTimelineStyles,
  ];
  /** @internal */
  static override viewProperties: readonly PropertyKey[] = ['mode', 'itemLabel'];

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

  /** Whether the view and filters are unfolded on a narrow screen. */
  @state() private filtersOpen = false;

  /** Which priorities and rating rules are open (plan + priority), kept outside the model so toggling does not rebuild it. */
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

  protected buildModel(data: ValidatedData): ActionsModel {
    if (this.asOf && !parseIsoDate(this.asOf)) {
      throw new SendDataError([
        issue(
          'invalid-attribute',
          0,
          'as-of',
          this.asOf,
          `the as-of attribute "${this.asOf}" is not a date; use one like 2025-10-01 or 01/10/2025`,
        ),
      ]);
    }
    const dataset = readActions(data, this.minCount, this.text.options);
    // the tracker's own warnings (evidence that is not a link, differing titles) join the contract's
    const seen = new Set(this.dataIssues.map((i) => `${i.code}|${i.row}|${i.column}`));
    const extra = dataset.issues.filter((i) => !seen.has(`${i.code}|${i.row}|${i.column}`));
    if (extra.length) this.dataIssues = [...this.dataIssues, ...extra];
    const model = buildActionsModel(dataset, {
      asOf: this.reportDate,
      plan: this.plan,
      filter: {
        statuses: this.statusFilter(),
        owners: this.filterOwner ? [this.filterOwner] : [],
        overdueOnly: this.filterOverdue,
      },
      text: this.text.options,
    });
    if (this.expanded && !this.openedAll) {
      this.openedAll = true;
      for (const p of model.priorities) this.open.add(`${p.plan}\u0001${p.priority}`);
    }
    return model;
  }

  protected override chartView(model: ActionsModel, width: number): PriorityTrackerView {
    return priorityTrackerView(
      model,
      priorityTrackerViewOptions({ mode: this.mode, itemLabel: this.itemLabel }),
      this.text.options,
      width,
    );
  }

  /** Enter (or a click) on a priority in the chart also opens or closes it. */
  protected override select(point: ActivePoint): void {
    super.select(point);
    const layout = this.currentView().layout;
    if (layout.mode === 'priorities') {
      const row = layout.rows[point.index];
      if (row) this.toggle(row.priority);
    }
  }

  protected override emptyFor(): string | undefined {
    return this.plan || undefined;
  }

  /** The tracker's and its data's text with the `strings` overrides. */
  private get words(): PriorityTrackerWording {
    return this.text.wording(PRIORITY_TRACKER_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('trackerChartName');
  }

  // ---- controls -----------------------------------------------------------------------------

  protected override renderControls(model: ActionsModel): unknown {
    const w = this.words;
    const statuses = this.statusFilter();
    const on = statuses.length + (this.filterOwner ? 1 : 0) + (this.filterOverdue ? 1 : 0);
    const id = `${this.uid}-filters`;
    const open = this.filtersOpen;
    const fields = html`<div class="filters" id=${id}>
      ${
        model.plans.length > 1
          ? html`<label
            >${w.t('plan')}
            <select class="plan-select" @change=${(e: Event) => (this.plan = (e.target as HTMLSelectElement).value)}>
              ${model.plans.map((p) => html`<option .value=${p} ?selected=${p === model.plan}>${p || w.t('planUnnamed')}</option>`)}
            </select></label
          >`
          : nothing
      }
      <div class="field" role="group" aria-labelledby="${this.uid}-mode">
        <span id="${this.uid}-mode">${w.t('view')}</span>
        <span class="segmented">
          ${TRACKER_MODES.map(
            (m) =>
              html`<button type="button" class="mode" data-mode=${m} aria-pressed=${this.mode === m ? 'true' : 'false'} @click=${() => (this.mode = m)}>
                ${m === 'priorities' ? w.t('viewPriorities') : w.t('viewTimeline')}
              </button>`,
          )}
        </span>
      </div>
      <label
        >${w.t('status')}
        <select class="filter-status-select" @change=${(e: Event) => (this.filterStatus = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${statuses.length === 0}>${w.t('allStatuses')}</option>
          ${ACTION_STATUSES.map((s) => html`<option value=${s} ?selected=${statuses.length === 1 && statuses[0] === s}>${statusWord(s, w)}</option>`)}
          ${
            statuses.length > 1
              ? html`<option value=${statuses.join(',')} selected>${w.plural('someStatuses', statuses.length)}</option>`
              : nothing
          }
        </select></label
      >
      <label
        >${w.t('owner')}
        <select class="filter-owner-select" @change=${(e: Event) => (this.filterOwner = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.filterOwner}>${w.t('allOwners')}</option>
          ${model.owners.map((o) => html`<option .value=${o} ?selected=${o === this.filterOwner}>${clipText(o)}</option>`)}
        </select></label
      >
      <label class="check"
        ><input type="checkbox" class="filter-overdue-check" .checked=${this.filterOverdue} @change=${(e: Event) => (this.filterOverdue = (e.target as HTMLInputElement).checked)} />
        ${w.t('onlyOverdue')}</label
      >
    </div>`;
    // the button shows only on a narrow chart (a container query), so the fold never waits for a measured width
    return html`<div class="controls ${open ? 'open' : ''}">
      <button type="button" class="filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => (this.filtersOpen = !this.filtersOpen)}>
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 2 L11 8 L5 14"></path></svg>
        ${on ? w.plural('filtersToggleOn', on) : w.t('filtersToggle')}
      </button>
      ${fields}
    </div>`;
  }

  private allOpen(model: ActionsModel): boolean {
    return model.priorities.length > 0 && model.priorities.every((p) => this.open.has(`${p.plan}\u0001${p.priority}`));
  }

  private setAll(model: ActionsModel, open: boolean): void {
    for (const p of model.priorities) {
      const k = `${p.plan}\u0001${p.priority}`;
      if (open) this.open.add(k);
      else this.open.delete(k);
    }
    this.requestUpdate();
  }

  /** Opens or closes a priority (by number) in the plan shown. */
  toggle(priority: number, open?: boolean): void {
    const k = `${this.model?.plan ?? ''}\u0001${priority}`;
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

  /** Arrow keys, Home and End move between the priorities' buttons (the accordion pattern); other keys stay with the button. */
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

  protected renderChart(model: ActionsModel, _size: ChartSize, { layout, items }: PriorityTrackerView): unknown {
    const w = this.words;
    const shown = model.filterText
      ? `${model.filterText} ${w.t('shownOf', { shown: model.totals.actions, total: model.totals.allActions })}`
      : '';
    const filterNote = html`<p class="filter-status" role="status">${shown}</p>`;
    if (layout.mode === 'timeline') return html`${this.renderTimeline(layout)}${filterNote}`;
    // keys pressed on the rows' buttons and links belong to them, not to the chart's point navigation
    const own = (e: KeyboardEvent) => e.stopPropagation();
    const active = this.nav.active && !this.nav.pointer ? this.nav.active.index : -1;
    // opening every priority acts on the list, so it heads the list (as an accordion's "Show all sections"), not the toolbar
    return html`${filterNote}${drawingTemplate(layout.drawing)}
      <div class="details" @keydown=${own}>
        ${
          layout.rows.length
            ? html`<div class="list-tools">
              <button type="button" class="control expand-all" @click=${() => this.setAll(model, !this.allOpen(model))}>
                ${this.allOpen(model) ? w.t('closeAll', { items: items[1] }) : w.t('openAll', { items: items[1] })}
              </button>
            </div>`
            : nothing
        }
        <ol class="priorities">
          ${layout.rows.map((row, i) => this.renderPriority(layout, row, i === active))}
        </ol>
      </div>`;
  }

  private renderPriority(layout: PrioritiesView, row: PriorityRowLayout, active: boolean): TemplateResult {
    const w = this.words;
    const id = `${this.uid}-p${row.priority}`;
    const open = this.open.has(row.key);
    const ruleOpen = this.openRules.has(row.key);
    const labels = {
      owner: w.t('fieldOwner'),
      due: w.t('fieldDue'),
      status: w.t('fieldStatus'),
      progress: w.t('fieldProgress'),
      updated: w.t('fieldUpdated'),
      evidence: w.t('fieldEvidence'),
      overdue: w.t('overdue'),
    };
    return html`<li class="priority r-${row.rating} ${active ? 'active' : ''}" part="priority" data-priority=${row.priority}>
      <div class="row">
        <h3 class="priority-heading">
          <button
            type="button"
            class="disclosure"
            data-export="content"
            id="${id}-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${id}-panel"
            aria-describedby="${id}-figures"
            @click=${() => this.toggle(row.priority)}
            @keydown=${this.onHeadingKey}
          >
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 2 L11 8 L5 14"></path></svg>
            <span class="priority-title">${row.title}</span>
          </button>
        </h3>
        <div class="figures" id="${id}-figures">
          ${
            row.bar
              ? html`<span class="bar">
                  <svg width="100%" height="16" aria-hidden="true" focusable="false"
                    ><rect class="track" x="0" y="0" width="100%" height="100%"></rect
                    ><rect class="fill" x="0" y="0" width="${row.bar.fill * 100}%" height="100%"></rect
                  ></svg> </span
                ><span class="weighted">${row.bar.words}</span>`
              : html`<span class="bar-note">${row.barNote}</span>`
          }
          <span class="line-break"></span>
          <span class="badge r-${row.rating}">${ratingIcon(row.rating)}<span>${row.ratingText}</span></span>
          <span class="counts">${row.counts}</span>
          <span class="overdue-count ${row.overdueCount ? 'late' : ''}">${row.overdue}</span>
        </div>
        <button type="button" class="why" aria-expanded=${ruleOpen ? 'true' : 'false'} aria-controls="${id}-rule" @click=${() => this.toggleRule(row.key)}>${row.why.label}</button>
      </div>
      <div class="rule r-${row.rating}" id="${id}-rule" ?hidden=${!ruleOpen}>
        <p><strong>${row.why.rated}</strong> ${row.why.because}</p>
        <div class="rule-how">
          <p>${layout.rule.intro}</p>
          <ol>
            ${layout.rule.lines.map((r) => html`<li>${r}</li>`)}
          </ol>
          <p>${layout.rule.weighting}</p>
        </div>
      </div>
      <div class="panel" id="${id}-panel" role="region" aria-labelledby="${id}-button" ?hidden=${!open}>
        ${row.closedNote ? html`<p class="closed-note">${row.closedNote}</p>` : nothing}
        ${row.outcome ? html`<p class="outcome">${row.outcome}</p>` : nothing}
        ${
          row.actions.length
            ? html`<ul class="actions">
              ${row.actions.map((a) => actionTemplate(a, labels))}
            </ul>`
            : html`<p class="none">${row.noneMatch}</p>`
        }
      </div>
    </li>`;
  }

  private renderTimeline(t: TimelineView): TemplateResult {
    const w = this.words;
    const handlers = {
      uid: this.uid,
      active: this.nav.active?.index,
      enter: (i: number) => this.nav.pointerEnter(0, i),
      select: (i: number) => this.select({ series: 0, index: i }),
    };
    return html`${timelineDrawingTemplate(t, this.uid)}${reportedPanel(t.reported, handlers)} ${statusKey(t.statusKey, this.uid)}
      ${stockPanel(t.stock)} ${lineKey(...t.lineKey)}
      ${
        t.measures.length
          ? html`<section class="measures" aria-labelledby="${this.uid}-measures">
            <p class="panel-title" id="${this.uid}-measures">${w.t('timelineMeasuresTitle')}</p>
            <p class="measure-key">${w.t('measureKey')}</p>
            <ul>
              ${t.measures.map((m) => html`<li data-action=${m.id}>${measureTemplate(m)}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      <p class="outcome">${w.t('timelineNote')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-priority-tracker': SendPriorityTracker;
  }
}
