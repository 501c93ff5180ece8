import type { AreaOption, Wording } from '@send-insight/data';
import {
  ElementWording,
  jsonObjectConverter,
  themeAttributeStyles,
  tokenDefaults,
  type ChartState,
  type SendStringOverrides,
  type WordingSource,
} from '@send-insight/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AreaPicker } from './area-picker.js';
import { areaFromUrl, areaNamed, mergeAreas, urlWithArea } from './dashboard-areas.js';
import { PassDown, PASSED, type PassedValues } from './dashboard-pass-down.js';
import { DASHBOARD_STRINGS, type DashboardStringKey } from './dashboard.strings.js';
import { dashboardStyles } from './dashboard.styles.js';
import { SendChangeEvent } from './send-change-event.js';
import { levelToolbars } from './dashboard-tile-rows.js';

/** A send-insight element inside the dashboard, as far as the dashboard reads it. */
interface Child extends HTMLElement {
  readonly state?: ChartState;
  readonly dataAreas?: readonly AreaOption[];
  readonly updateComplete?: Promise<boolean>;
}

/** The states in which a chart has finished with its data. */
const SETTLED: readonly (ChartState | undefined)[] = ['ready', 'empty', 'suppressed', 'error'];

/** How long the announcement of a new area waits, at most, for the charts to settle (ms). */
const SETTLE_LIMIT = 20_000;

let nextId = 0;

/** What the dashboard's wording reads: its `strings`, and its `locale` (en-GB when unset). */
const wordingOf = (el: SendDashboard): WordingSource => ({
  get strings() {
    return el.strings;
  },
  get locale() {
    return el.locale || 'en-GB';
  },
});

/**
 * A partnership dashboard: lays out the send-insight elements inside it and shows them all for one
 * area. It passes `area`, `period`, `theme`, `locale` and `min-count` down to every send-insight
 * element inside it (an element keeps any of them it sets itself), and offers one area picker: the
 * local authorities the elements' data holds, found by name or GSS code as you type, with a
 * did-you-mean for text that names none. The choice is kept in the page address (`?area=E08000031`),
 * so a link opens the same view, and said once, politely, when every element shows the new area. A
 * new area is applied to the files the elements have already read: nothing is fetched again.
 *
 * Headline tiles (`<send-indicator>` in its tile view) sit side by side; every other element, and
 * anything else put inside, takes the full width; on a phone everything is one column. On paper the
 * picker gives way to a line naming the area, and each section after the first starts a new page:
 * a section is a heading (`h1`–`h6`) with what follows it, a run of tiles, or any other element;
 * the dashboard marks the child each section starts with (`data-send-section`) for its print styles.
 *
 * @summary Lays out send-insight elements and shows them all for one area, chosen with an accessible picker and kept in the address.
 *
 * @attr area - The local authority (GSS code or name) every element shows. An `?area=` in the page address wins, so a link opens the same view.
 * @attr period - The period every element shows, as published; without it each shows its latest.
 * @attr theme - A built-in theme for the picker and every element: `council`, `nhs`, `high-contrast` or `dark`.
 * @attr locale - Locale for numbers and dates, passed to every element. Default `en-GB`.
 * @attr min-count - Disclosure threshold passed to every element: counts below it are never shown. Default (each element's own) 10.
 * @attr url-param - The address parameter the area is kept in. Default `area`; empty (`url-param=""`) leaves the address alone.
 * @attr areas-from - Ids of the elements whose data lists the areas to offer, space-separated (e.g. the one file that has every authority). Default: every element's.
 * @attr strings - JSON object overriding the dashboard's own text (`DASHBOARD_STRINGS`), e.g. `{"dashboardAreaLabel": "Awdurdod lleol"}`.
 *
 * @slot - The send-insight elements (and headings, text or anything else) to lay out.
 *
 * @fires {SendChangeEvent} send-change - The reader chose another area: `detail.area` is its GSS code, `detail.name` its name.
 *
 * @csspart base - The dashboard's wrapper.
 * @csspart picker - The area picker: label, hint, error, field and button.
 * @csspart input - The text field of the picker (a combobox).
 * @csspart listbox - The list of matching areas.
 * @csspart error - The message for text that names no area, with its suggestions.
 * @csspart grid - The grid the elements are laid out on.
 *
 * @cssprop [--send-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--send-font-size=1rem] - Base font size.
 * @cssprop [--send-font-size-small=1rem] - The GSS codes in the list.
 * @cssprop [--send-color-text=#0b0c0c] - Text, borders, and the chosen option's background.
 * @cssprop [--send-color-text-secondary=#484949] - The hint.
 * @cssprop [--send-color-background=#ffffff] - The field and the list.
 * @cssprop [--send-color-surface=#f3f2f1] - Lines between options.
 * @cssprop [--send-color-focus=#ffdd00] - Focus ring colour.
 * @cssprop [--send-color-focus-text=#0b0c0c] - The inner line of the focus ring.
 * @cssprop [--send-color-link=#1d70b8] - The suggested areas.
 * @cssprop [--send-color-error=#d4351c] - The edge of the error message and of a field in error.
 * @cssprop [--send-space=0.5rem] - Spacing unit (the grid's gaps are multiples of it).
 * @cssprop [--send-radius=0] - Corner radius of the field and button.
 * @cssprop [--send-dashboard-tile-width=18rem] - The narrowest a tile is drawn before the row wraps (13rem on paper).
 * @cssprop [--send-dashboard-print-break=page] - What comes before each section after the first on paper: `page`, or `auto` to let sections share pages.
 */
export class SendDashboard extends LitElement {
  static override styles = [tokenDefaults, themeAttributeStyles, dashboardStyles];

  /** The local authority every element shows (GSS code or name). */
  @property() area?: string;
  /** The period every element shows. */
  @property() period?: string;
  /** Built-in theme name, for the picker and every element. */
  @property({ reflect: true }) theme?: string;
  /** Locale for numbers and dates, passed to every element. */
  @property() locale?: string;
  /** Disclosure threshold passed to every element. */
  @property({ attribute: 'min-count', type: Number }) minCount?: number;
  /** The address parameter the area is kept in; empty leaves the address alone. */
  @property({ attribute: 'url-param' }) urlParam = 'area';
  /** Ids of the elements whose data lists the areas to offer (space-separated); default every element's. */
  @property({ attribute: 'areas-from' }) areasFrom?: string;
  /** Overrides for the dashboard's own text ({@link DASHBOARD_STRINGS}). */
  @property({ converter: jsonObjectConverter('strings') }) strings: SendStringOverrides = {};

  /** The areas offered: those the elements' data holds. */
  @state() private areas: readonly AreaOption[] = [];
  /** What the live region says: the area now shown, once every element shows it. */
  @state() private announcement = '';
  @state() private busy = false;

  private readonly uid = `send-dashboard-${++nextId}`;
  private readonly passDown = new PassDown();
  private readonly text = new ElementWording(wordingOf(this));
  private readonly picker = new AreaPicker(this, {
    id: this.uid,
    areas: () => this.areas,
    shown: () => this.shownArea?.name ?? this.area ?? '',
    words: () => this.words,
    choose: (area) => this.choose(area),
  });
  private observer?: MutationObserver;
  /** The tiles, watched: their toolbars are levelled on the next frame whenever one's size changes (a heading wraps, notes open). */
  private tiles: HTMLElement[] = [];
  private readonly tileSizes = new ResizeObserver(() => requestAnimationFrame(() => levelToolbars(this.tiles)));
  private settling = 0;
  private reported?: string;

  /** The dashboard's words, with its `strings` and `locale`. */
  private get words(): Wording<DashboardStringKey> {
    return this.text.wording(DASHBOARD_STRINGS);
  }

  /** The area shown, when the data names it. */
  private get shownArea(): AreaOption | undefined {
    return areaNamed(this.areas, this.area);
  }

  /** The send-insight elements inside (not those inside another dashboard within it). */
  get elements(): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>('*')).filter(
      (el) =>
        el.localName.startsWith('send-') && el.localName !== 'send-dashboard' && el.closest('send-dashboard') === this,
    );
  }

  /** The local authorities the picker offers: those the elements' data holds (or the `areas-from` elements'). */
  get areaOptions(): readonly AreaOption[] {
    return this.areas;
  }

  /** `loading` until every element inside has finished with its data, then `ready`. */
  get state(): 'loading' | 'ready' {
    return this.elements.every((el) => !('state' in el) || SETTLED.includes((el as Child).state)) ? 'ready' : 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = this.urlParam ? areaFromUrl(location.href, this.urlParam) : undefined;
    if (fromUrl) this.area = fromUrl;
    // pass the values down before the elements inside draw, so none draws another area first
    this.passValues();
    this.addEventListener('send-render', this.onChildEvent);
    this.addEventListener('send-data-error', this.onChildEvent);
    window.addEventListener('popstate', this.onPopState);
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.type === 'childList')) {
        this.passValues();
        this.collectAreas();
      }
      this.markSections();
      this.watchTiles();
    });
    // a tile is known by its view, which an element reflects once it has upgraded
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['view'] });
    this.markSections();
    this.watchTiles();
    this.collectAreas();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('send-render', this.onChildEvent);
    this.removeEventListener('send-data-error', this.onChildEvent);
    window.removeEventListener('popstate', this.onPopState);
    this.observer?.disconnect();
    this.tileSizes.disconnect();
    this.settling++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (PASSED.some((p) => changed.has(p.property as keyof SendDashboard))) this.passValues();
    if (changed.has('areasFrom')) this.collectAreas();
    this.checkArea();
  }

  /**
   * An area given (in the address, say) that the data does not hold, once every element has read
   * its data: the picker says so, with what it may have meant; and takes it back if it turns up.
   */
  private checkArea(): void {
    const area = this.area?.trim();
    if (!area || !this.areas.length) return;
    if (this.shownArea) {
      if (this.reported !== undefined) this.picker.reset();
      this.reported = undefined;
    } else if (this.reported !== area && this.state === 'ready') {
      this.reported = area;
      this.picker.reportUnknown(area);
    }
  }

  /**
   * Marks the children that start a printed section (`data-send-section`): a heading, a run of
   * tiles, or any other element, unless it follows a heading (which begins its section) or is first.
   */
  private markSections(): void {
    const kind = (el: Element | undefined) =>
      !el
        ? undefined
        : /^h[1-6]$/.test(el.localName)
          ? 'heading'
          : el.getAttribute('view') === 'tile'
            ? 'tile'
            : 'other';
    const children = Array.from(this.children);
    children.forEach((el, i) => {
      const [before, self] = [kind(children[i - 1]), kind(el)];
      const start = i > 0 && before !== 'heading' && !(self === 'tile' && before === 'tile');
      if (el.hasAttribute('data-send-section') !== start) el.toggleAttribute('data-send-section', start);
    });
  }

  private passValues(): void {
    const values: PassedValues = {
      area: this.area,
      period: this.period,
      theme: this.theme,
      locale: this.locale,
      minCount: this.minCount,
    };
    this.passDown.apply(this.elements, values);
  }

  private readonly onChildEvent = (): void => {
    this.collectAreas();
    this.checkArea();
    this.watchTiles();
  };

  private watchTiles(): void {
    this.tileSizes.disconnect();
    this.tiles = this.elements.filter((el) => el.getAttribute('view') === 'tile');
    for (const t of this.tiles) this.tileSizes.observe(t);
  }

  private readonly onPopState = (): void => {
    const area = this.urlParam ? areaFromUrl(location.href, this.urlParam) : undefined;
    if (!area || area === this.area) return;
    const previous = this.area;
    this.area = area;
    this.picker.reset();
    const named = areaNamed(this.areas, area);
    if (named)
      this.dispatchEvent(
        new SendChangeEvent({ area: named.code, name: named.name, ...(previous ? { previous } : {}) }),
      );
    void this.announce(named?.name ?? area);
  };

  /** The areas of the elements' data (or of the `areas-from` ones), once each has read it. */
  private collectAreas(): void {
    const ids = (this.areasFrom ?? '').split(/\s+/).filter(Boolean);
    const from = ids.length ? this.elements.filter((el) => ids.includes(el.id)) : this.elements;
    const areas = mergeAreas(from.map((el) => (el as Child).dataAreas ?? []));
    const same =
      areas.length === this.areas.length &&
      areas.every((a, i) => a.code === this.areas[i]!.code && a.name === this.areas[i]!.name);
    if (!same) this.areas = areas;
  }

  /** The reader chose an area: show it everywhere, keep it in the address, say so once the elements show it. */
  private choose(area: AreaOption): void {
    const previous = this.area;
    this.area = area.code;
    this.reported = undefined;
    if (this.urlParam) history.replaceState(history.state, '', urlWithArea(location.href, this.urlParam, area.code));
    if (area.code === areaNamed(this.areas, previous)?.code) return;
    this.dispatchEvent(new SendChangeEvent({ area: area.code, name: area.name, ...(previous ? { previous } : {}) }));
    void this.announce(area.name);
  }

  /**
   * Waits until every element has drawn the new area (or cannot), then says so once in the live
   * region: how many were updated, and how many cannot show it. A newer choice cancels an older one.
   */
  private async announce(name: string): Promise<void> {
    const token = ++this.settling;
    this.announcement = '';
    this.busy = true;
    await this.updateComplete;
    const started = performance.now();
    let elements = this.elements;
    for (;;) {
      await Promise.all(elements.map((el) => (el as Child).updateComplete));
      if (token !== this.settling) return;
      elements = this.elements;
      if (this.state === 'ready' || performance.now() - started > SETTLE_LIMIT) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const charts = elements.filter((el) => 'state' in el);
    const problems = charts.filter((el) => ['error', 'empty'].includes((el as Child).state!)).length;
    const w = this.words;
    const said = w.plural('dashboardAnnounce', charts.length, { name });
    this.announcement = problems ? `${said} ${w.plural('dashboardAnnounceProblems', problems)}` : said;
    this.busy = false;
  }

  protected override render(): TemplateResult {
    const shown = this.shownArea;
    const printed = shown ? this.words.t('dashboardOption', { name: shown.name, code: shown.code }) : (this.area ?? '');
    return html`<div part="base" class="dashboard">
      ${this.picker.render()}
      <p class="print-area" ?hidden=${!printed}>${this.words.t('dashboardPrintArea', { name: printed })}</p>
      <div part="grid" class="grid" aria-busy=${this.busy ? 'true' : 'false'}>
        <slot @slotchange=${() => (this.passValues(), this.collectAreas(), this.markSections())}></slot>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-dashboard': SendDashboard;
  }
}
