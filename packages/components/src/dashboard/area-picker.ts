import type { AreaOption, Wording } from '@send-insight/data';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { matchAreas, resolveArea } from './dashboard-areas.js';
import type { DashboardStringKey } from './dashboard.strings.js';

/** What the picker reads from the element it is in. */
export interface AreaPickerOptions {
  /** Start of the ids in the shadow root. */
  id: string;
  /** The areas offered. */
  areas: () => readonly AreaOption[];
  /** The text shown while nothing is being typed: the area's name. */
  shown: () => string;
  words: () => Wording<DashboardStringKey>;
  /** Called with the area chosen. */
  choose: (area: AreaOption) => void;
}

/** Text that names no area, and the areas it may have meant. */
interface Problem {
  query: string;
  suggestions: readonly AreaOption[];
}

/** Milliseconds the number of matches waits before it is said, so typing is not talked over. */
const STATUS_DELAY = 500;

/**
 * An accessible combobox for choosing a local authority, written to the ARIA pattern of an
 * editable combobox with a listbox popup and list autocomplete, as GOV.UK's accessible-autocomplete
 * behaves: a labelled text input with a hint, the matches listed as the user types (by name, GSS
 * code or old LA code), Down and Up to move through them (`aria-activedescendant`), Enter or a
 * click to choose, Escape to close, and a polite status saying how many match once typing pauses.
 * Text submitted without choosing (Enter, or the Show button) is resolved: an exact name or code is
 * chosen; anything else is an error message listing what it may have meant, each a button. The
 * input keeps the focus throughout.
 */
export class AreaPicker implements ReactiveController {
  /** What has been typed, while typing; undefined shows the area's name. */
  private query?: string;
  private open = false;
  private active = -1;
  private problem?: Problem;
  private status = '';
  private timer?: ReturnType<typeof setTimeout>;
  private scrolled = -1;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: AreaPickerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  hostUpdated(): void {
    // keep the active option in view inside the scrolling list
    if (this.active === this.scrolled) return;
    this.scrolled = this.active;
    if (this.active >= 0)
      this.host.renderRoot
        .querySelector(`#${this.options.id}-option-${this.active}`)
        ?.scrollIntoView({ block: 'nearest' });
  }

  /** Says that `text` (from the address, say) names no area, with what it may have meant. */
  reportUnknown(text: string): void {
    const resolved = resolveArea(this.options.areas(), text);
    this.problem = { query: text, suggestions: resolved.area ? [] : resolved.suggestions };
    this.host.requestUpdate();
  }

  /** Clears any error and typing: the picker shows the area's name again. */
  reset(): void {
    this.query = undefined;
    this.problem = undefined;
    this.close();
  }

  private get matches(): AreaOption[] {
    return matchAreas(this.options.areas(), this.query ?? '');
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    this.say('');
    this.host.requestUpdate();
  }

  /** Sets the status after a pause, or clears it at once. */
  private say(text: string): void {
    clearTimeout(this.timer);
    if (!text) {
      this.status = '';
      return;
    }
    this.timer = setTimeout(() => {
      this.status = text;
      this.host.requestUpdate();
    }, STATUS_DELAY);
  }

  private sayMatches(): void {
    const w = this.options.words();
    const n = this.matches.length;
    if (!this.options.areas().length) this.say(w.t('dashboardAreasLoading'));
    else this.say(n ? w.plural('dashboardResults', n) : w.t('dashboardNoResults'));
  }

  private choose(area: AreaOption): void {
    this.reset();
    this.options.choose(area);
  }

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.problem = undefined;
    this.active = -1;
    this.open = this.query.trim() !== '' && this.matches.length > 0;
    this.sayMatches();
    this.host.requestUpdate();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const count = this.matches.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!count) return this.sayMatches();
        if (!this.open) {
          this.open = true;
          this.sayMatches();
          if (!event.altKey) this.active = 0;
        } else this.active = Math.min(count - 1, this.active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!count) return;
        if (!this.open) {
          this.open = true;
          this.sayMatches();
          this.active = count - 1;
        } else this.active = Math.max(-1, this.active - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = this.open && this.active >= 0 ? this.matches[this.active] : undefined;
        if (chosen) this.choose(chosen);
        else this.submit();
        return;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.query !== undefined || this.problem) {
          event.preventDefault();
          this.reset();
        }
        return;
      case 'Tab':
        if (this.open) this.close();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /** Text submitted without choosing from the list: an exact name or code, or an error with suggestions. */
  private submit(): void {
    const text = (this.query ?? this.options.shown()).trim();
    const areas = this.options.areas();
    if (!areas.length) return this.say(this.options.words().t('dashboardAreasLoading'));
    const resolved = resolveArea(areas, text);
    if (resolved.area) return this.choose(resolved.area);
    this.problem = { query: text, suggestions: resolved.suggestions };
    this.close();
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && !(next && (event.currentTarget as HTMLElement).contains(next))) this.close();
  };

  /** The picker: label, hint, any error, the combobox with its list, the Show button and the status. */
  render(): TemplateResult {
    const { id } = this.options;
    const w = this.options.words();
    const matches = this.open ? this.matches : [];
    const problem = this.problem;
    const describedBy = problem ? `${id}-hint ${id}-problem` : `${id}-hint`;
    const option = (area: AreaOption) => w.t('dashboardOption', { name: area.name, code: area.code });
    return html`<div class="picker" part="picker" @focusout=${this.onFocusOut}>
      <label class="label" id="${id}-label" for="${id}-input">${w.t('dashboardAreaLabel')}</label>
      <p class="hint" id="${id}-hint">${w.t('dashboardAreaHint')}</p>
      ${
        problem
          ? html`<div class="problem" id="${id}-problem" part="error" role="alert">
            <p class="problem-text"><span class="sr-only">${w.t('dashboardErrorPrefix')} </span>${problem.query ? w.t('dashboardUnknown', { query: problem.query }) : w.t('dashboardEmpty')}</p>
            ${
              problem.suggestions.length
                ? html`<p class="problem-text">${w.t('dashboardDidYouMean')}</p>
                  <ul class="suggestions">
                    ${problem.suggestions.map((a) => html`<li><button type="button" class="suggestion" @click=${() => this.choose(a)}>${option(a)}</button></li>`)}
                  </ul>`
                : problem.query
                  ? html`<p class="problem-text">${w.t('dashboardUnknownHelp')}</p>`
                  : nothing
            }
          </div>`
          : nothing
      }
      <form class="field" @submit=${(e: Event) => (e.preventDefault(), this.submit())}>
        <div class="combo">
          <input
            id="${id}-input"
            class="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="${id}-list"
            aria-activedescendant=${this.open && this.active >= 0 ? `${id}-option-${this.active}` : nothing}
            aria-describedby=${describedBy}
            aria-invalid=${problem ? 'true' : nothing}
            .value=${live(this.query ?? this.options.shown())}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          />
          <ul class="list" part="listbox" id="${id}-list" role="listbox" aria-labelledby="${id}-label" ?hidden=${!this.open} @pointerdown=${(e: Event) => e.preventDefault()}>
            ${matches.map(
              (
                a,
                i,
              ) => html`<li id="${id}-option-${i}" class="option" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @click=${() => this.choose(a)}>
                <span class="name">${a.name}</span> <span class="code">${a.code}</span>
              </li>`,
            )}
          </ul>
        </div>
        <button type="submit" class="show">${w.t('dashboardShow')}</button>
      </form>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
    </div>`;
  }
}
