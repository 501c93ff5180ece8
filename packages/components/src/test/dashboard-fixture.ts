/**
 * Test fixtures for `<send-dashboard>`'s browser tests: a dashboard with five elements reading
 * published files through presets (the committed extracts served from blob addresses, and the
 * examples' real files), a count of the requests the page makes for them, and a record of what
 * the page's live regions and alerts say.
 */
import { waitUntil } from '@open-wc/testing';
import { REAL_EHC_CASELOAD_CSV, REAL_SEN2_MI_CSV } from '@send-insight/data/demo';
import '../index.js';
import type { SendDashboard } from '../dashboard/dashboard.js';

/** The examples' real files (EHC plans by need for four authorities; Wolverhampton's LSOAs). */
export const NEEDS_FILE = '/examples/data/ehc-plans-by-need-2025.csv';
export const IOD_FILE = '/examples/data/iod2019-wolverhampton-lsoa.csv';

const FINAL = ['ready', 'empty', 'suppressed', 'error'];

/** Each address the page has fetched, and how often: every element's `src` goes through `fetch`. */
export class FetchCount {
  readonly calls = new Map<string, number>();
  private original?: typeof fetch;

  start(): void {
    this.original = window.fetch;
    const original = this.original;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      this.calls.set(url, (this.calls.get(url) ?? 0) + 1);
      return original.call(window, input, init);
    };
  }

  stop(): void {
    if (this.original) window.fetch = this.original;
  }

  get total(): number {
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }
}

/** A blob address serving CSV text, as a file on a server would be. */
export const csvUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/csv' }));

/** The five elements of a dashboard, each on a published file read with its preset. */
export function fiveElements(): string {
  const caseload = csvUrl(REAL_EHC_CASELOAD_CSV);
  const sen2 = csvUrl(REAL_SEN2_MI_CSV);
  return `<send-indicator id="plans" heading="EHC plans" preset="ees-ehc-caseload" indicator="ehc_plans" src="${caseload}" loading-delay="0"></send-indicator>
<send-indicator id="timeliness" heading="New EHC plans within 20 weeks" preset="ees-sen2-mi" indicator="no_exc_20week_rate" src="${sen2}" loading-delay="0"></send-indicator>
<send-indicator id="independent" heading="In independent special schools" preset="ees-ehc-caseload" indicator="special_independent" src="${caseload}" loading-delay="0"></send-indicator>
<send-need-breakdown id="needs" heading="EHC plans by primary need" preset="ees-ehc-plans-by-need" src="${NEEDS_FILE}" loading-delay="0"></send-need-breakdown>
<send-deprivation-chart id="context" heading="Neighbourhoods by deprivation" preset="iod2019-lsoa" src="${IOD_FILE}" loading-delay="0"></send-deprivation-chart>`;
}

/** Places a dashboard (its attributes and inner HTML as given) in the page, at a width, and waits for every element inside to settle. */
export async function mountDashboard(attributes: string, inner: string, width = 960): Promise<SendDashboard> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<send-dashboard ${attributes}>${inner}</send-dashboard>`;
  document.body.append(wrapper);
  const dashboard = wrapper.querySelector('send-dashboard')!;
  await settled(dashboard);
  return dashboard;
}

/** Waits until every element in the dashboard has finished with its data, and the dashboard has drawn. */
export async function settled(dashboard: SendDashboard): Promise<void> {
  await dashboard.updateComplete; // the values it passes down, passed
  await Promise.all(
    dashboard.elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete),
  );
  await waitUntil(
    () =>
      dashboard.elements.length > 0 &&
      dashboard.elements.every((el) => FINAL.includes((el as HTMLElement & { state: string }).state)),
    'the elements never settled',
    { timeout: 20_000 },
  );
  await Promise.all(
    dashboard.elements.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
  );
  await dashboard.updateComplete;
}

/** Removes what {@link mountDashboard} placed. */
export function unmount(dashboard: SendDashboard): void {
  dashboard.parentElement?.remove();
}

/**
 * Records what assistive technology would hear: each new non-empty text of a live region
 * (`aria-live`, `role="status"`), and each alert that appears, in the dashboard's shadow root and in
 * those of the elements inside it.
 */
export class Announcements {
  readonly heard: string[] = [];
  private readonly observers: MutationObserver[] = [];
  private readonly last = new Map<Element, string>();

  constructor(dashboard: SendDashboard) {
    const roots = [dashboard.shadowRoot!, ...dashboard.elements.map((el) => el.shadowRoot!).filter(Boolean)];
    for (const root of roots) {
      for (const region of root.querySelectorAll('[aria-live], [role="status"]'))
        this.last.set(region, region.textContent!.trim());
      const observer = new MutationObserver((records) => this.note(root, records));
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      this.observers.push(observer);
    }
  }

  private note(root: ShadowRoot, records: MutationRecord[]): void {
    for (const r of records) {
      for (const node of Array.from(r.addedNodes)) {
        if (node instanceof Element && (node.matches('[role="alert"]') || node.querySelector('[role="alert"]')))
          this.heard.push(`alert: ${node.textContent!.trim().slice(0, 80)}`);
      }
    }
    for (const region of root.querySelectorAll('[aria-live], [role="status"]')) {
      const text = region.textContent!.trim();
      if (text && text !== this.last.get(region)) this.heard.push(text);
      this.last.set(region, text);
    }
  }

  stop(): void {
    for (const o of this.observers) o.disconnect();
  }
}
