import { useState } from 'react';
import type { SendSelectEvent } from 'send-insight';
import type {} from 'send-insight/react';
import { deprivationRows, needsRows, outcomesRows, planRows } from './data.js';

/** What the side panel shows: the chart and the point chosen in it. */
interface Selection {
  chart: string;
  label: string;
  fields: [string, string][];
}

/**
 * Which pupils the need breakdown counts: app state passed to the element's `provision` property.
 * (The chart has its own phase selector, so the app does not offer a second one.)
 */
const PROVISIONS = [
  ['all', 'All pupils with SEN'],
  ['sen_support', 'SEN support'],
  ['ehc_plan', 'EHC plans'],
] as const;
type Provision = (typeof PROVISIONS)[number][0];

/** Words for a datum key: `englandShare` → "england share", `provision` → "provision". */
const words = (key: string) =>
  key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** A datum value for people: shares as percentages, differences in points, counts with separators. */
function show(key: string, value: number): string {
  const en = (v: number, digits: number) =>
    v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (/share$/i.test(key) && Math.abs(value) <= 1) return `${en(value * 100, 1)}%`;
  if (/points$/i.test(key)) return `${value > 0 ? '+' : ''}${en(value, 1)} pts`;
  return Number.isInteger(value) ? en(value, 0) : en(value, 1);
}

/**
 * Turns an event's datum into rows for the panel: plain values only (nested objects left out), the
 * label left out (shown above). The elements never put a suppressed count in a datum, so nothing
 * here can reveal one.
 */
function fieldsOf(datum: unknown): [string, string][] {
  if (!datum || typeof datum !== 'object') return [];
  return Object.entries(datum as Record<string, unknown>)
    .filter(
      ([k, v]) =>
        k !== 'label' &&
        (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean'),
    )
    .map(([k, v]) => [words(k), typeof v === 'number' ? show(k, v) : String(v)]);
}

export function App() {
  const [provision, setProvision] = useState<Provision>('all');
  const [selection, setSelection] = useState<Selection | undefined>();
  const select = (chart: string) => (event: SendSelectEvent) =>
    setSelection({ chart, label: event.detail.label, fields: fieldsOf(event.detail.datum) });

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="nhs-header">
        <div className="container nhs-header__inner">
          <span className="nhs-header__org">Black Country Integrated Care Board</span>
          <span className="nhs-header__service">Staff intranet · SEND dashboard (example)</span>
        </div>
      </header>
      <div className="container">
        <p className="example-note">
          Example app for the send-insight project. All figures on this page are illustrative, not published statistics.
        </p>
        <main id="main" className="layout">
          <div className="charts">
            <h1>Children and young people with SEND</h1>
            <p className="lead">
              Choose a bar, point or priority (click it, or Tab to a chart and use the arrow keys, then Enter) to see
              its figures in the panel.
            </p>

            <section className="card">
              <div className="card__controls">
                <label htmlFor="provision">Pupils</label>
                <select id="provision" value={provision} onChange={(e) => setProvision(e.target.value as Provision)}>
                  {PROVISIONS.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <send-need-breakdown
                id="chart-needs"
                theme="nhs"
                heading="Primary type of need: local area against England"
                heading-level={2}
                data={needsRows}
                provision={provision}
                source="Illustrative data reproducing the shares in the Wolverhampton SEND and Inclusion Strategy 2024–2027."
                onsend-select={select('Primary type of need')}
              />
            </section>

            <section className="card">
              <send-deprivation-chart
                id="chart-deprivation"
                theme="nhs"
                heading="SEN support and EHC plans per 100 pupils, by deprivation decile"
                heading-level={2}
                data={deprivationRows}
                source="Illustrative data, not published statistics."
                onsend-select={select('SEN and deprivation')}
              />
            </section>

            <section className="card">
              <send-outcomes-radar
                id="chart-outcomes"
                theme="nhs"
                heading="What children, families and practitioners tell us"
                heading-level={2}
                data={outcomesRows}
                target={70}
                source="Illustrative survey results."
                onsend-select={select('Outcomes survey')}
              />
            </section>

            <section className="card">
              <send-priority-tracker
                id="chart-plan"
                theme="nhs"
                heading="SEND and Inclusion Improvement Plan"
                heading-level={2}
                data={planRows}
                as-of="2025-10-01"
                source="Illustrative action plan, not a published plan."
                onsend-select={select('Improvement plan')}
              />
            </section>
          </div>

          <aside className="panel" aria-labelledby="panel-heading">
            <div className="panel__inner">
              <h2 id="panel-heading">Selected</h2>
              <div aria-live="polite" id="panel-body">
                {selection ? (
                  <>
                    <p className="panel__chart">{selection.chart}</p>
                    <p className="panel__label" id="panel-label">
                      {selection.label}
                    </p>
                    {selection.fields.length > 0 && (
                      <dl className="panel__fields">
                        {selection.fields.map(([k, v]) => (
                          <div key={k}>
                            <dt>{k}</dt>
                            <dd>{v}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </>
                ) : (
                  <p className="panel__empty">Nothing selected yet.</p>
                )}
              </div>
            </div>
          </aside>
        </main>
      </div>
    </>
  );
}
