/**
 * Hostile text in every text-bearing field of every contract and in every attribute of every
 * element: no handler runs (`window.__xss` stays 0), nothing is injected into the shadow root,
 * the page or the exports, and the text is shown literally (to its cap: see `TEXT_CAPS`). It runs
 * in the test page's own font, the system font (DejaVu Sans here), where the 100,000-character
 * word would stall a layout for about 22 s if an element ever laid it out.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { DEFAULT_STRINGS, TEXT_CAPS, type SendElement } from '@send-insight/core';
import { clipText } from '@send-insight/core/layout';
import { HOSTILE_STRINGS } from '../../../core/src/test/hostile.js';
import { controlCounts, csvCells, expectInertCsv, expectNothingInjected, expectSafeSvg } from './assert-safe.js';
import {
  attach,
  create,
  detachAll,
  loadTargets,
  normalise,
  renameColumn,
  toCsvText,
  withText,
  type SecurityTarget,
} from './targets.js';

const w = window as unknown as { __xss?: number };

afterEach(detachAll);

/** Text of the element as a reader gets it: chart view and table view. */
async function visibleText(el: SendElement): Promise<string> {
  const chart = el.shadowRoot!.textContent ?? '';
  if (el.state !== 'ready') return normalise(chart);
  el.view = 'table';
  await el.updateComplete;
  expectNothingInjected(el, 'table view');
  const table = el.shadowRoot!.textContent ?? '';
  el.view = 'chart';
  await el.updateComplete;
  return normalise(`${chart} ${table}`);
}

function allStrings(text: string): string {
  return JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_STRINGS).map((k) => [k, text])));
}

async function baseline(target: SecurityTarget): Promise<Record<string, number>> {
  const el = create(target, { heading: 'Benign heading', source: 'Benign source' });
  el.data = withText(target.valid(), target.textFields, 'Benign text');
  await attach(el);
  expect(el.state, `${target.tag} draws its valid data`).to.equal('ready');
  const counts = controlCounts(el.shadowRoot!);
  el.remove();
  return counts;
}

/**
 * Registers the hostile-text suite for one element (call at the top level of a test file: each
 * element has its own file so that each gets its own browser page and time limit).
 */
export async function runXssSuite(tag: string): Promise<void> {
  const { ready, missing } = await loadTargets([tag]);
  let placements = 0;
  describe(`security: hostile text in every field and attribute of <${tag}>`, () => {
    it('has the element and at least 50 payloads', () => {
      for (const m of missing) console.warn(`xss: ${m.tag} not tested (${m.reason})`);
      expect(ready.length, `${tag} is registered`).to.equal(1);
      expect(HOSTILE_STRINGS.length).to.be.at.least(50);
    });

    after(() => {
      console.log(`xss ${tag}: ${HOSTILE_STRINGS.length} payloads, ${placements} placements checked`);
    });

    for (const target of ready) {
      describe(target.tag, () => {
        let controls: Record<string, number>;
        before(async () => {
          controls = await baseline(target);
        });

        HOSTILE_STRINGS.forEach((text, index) => {
          const label = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}… (${text.length} chars)` : text);
          it(`payload ${index + 1} ${label}: runs nothing, injects nothing, shows it literally`, async function () {
            w.__xss = 0;
            const literal = normalise(text).slice(0, 40);

            // 1. every free-text field, plus heading and source
            const el = create(target, { heading: text, source: text });
            el.data = withText(target.valid(), target.textFields, text);
            await attach(el);
            placements += target.textFields.length + 2;
            expectNothingInjected(el, 'text fields');
            // shown literally, to its cap (the 100,000-character payload is shortened, ending "…")
            const heading = el.shadowRoot!.querySelector('[part~="heading"]');
            expect(normalise(heading?.textContent ?? ''), 'heading shown literally').to.equal(
              normalise(clipText(text, TEXT_CAPS.heading)),
            );
            expect(
              normalise(el.shadowRoot!.querySelector('[part~="source"]')?.textContent ?? ''),
              'source shown literally',
            ).to.contain(normalise(clipText(text, TEXT_CAPS.source)));
            if (el.state === 'ready') {
              expect(controlCounts(el.shadowRoot!), 'no extra controls').to.deep.equal(controls);
              const shown = await visibleText(el);
              for (const field of target.shownFields)
                expect(shown.includes(literal), `${field} shown literally`).to.equal(true);
              expectSafeSvg(await el.toSvg(), 'text fields');
              expectInertCsv(el.toCsv(), 'text fields');
              const cells = csvCells(el.toCsv());
              const inCsv = text
                .replace(/\u0000/g, '')
                .trim()
                .slice(0, 20);
              for (const field of target.shownFields)
                expect(
                  cells.some((c) => c.includes(inCsv)),
                  `${field} in the CSV`,
                ).to.equal(true);
            } else {
              // text fields accept any text up to MAX_CELL_TEXT: the only acceptable failure is a clear data error
              expect(el.state, `state with hostile text fields (${JSON.stringify(el.issues.slice(0, 2))})`).to.equal(
                'error',
              );
            }

            // 2. description replaces the summary
            el.description = text;
            await el.updateComplete;
            placements++;
            expectNothingInjected(el, 'description');
            if (el.state !== 'error') {
              expect(normalise(el.shadowRoot!.querySelector('[part~="description"]')!.textContent ?? '')).to.equal(
                normalise(clipText(text, TEXT_CAPS.description)),
              );
            }

            // 3. every user-facing string through the JSON `strings` attribute
            el.setAttribute('strings', allStrings(text));
            await el.updateComplete;
            placements++;
            expectNothingInjected(el, 'strings');
            if (el.state === 'ready') {
              const toggle = el.shadowRoot!.querySelector('.toggle-table');
              expect(normalise(toggle?.textContent ?? ''), 'overridden string shown literally').to.contain(literal);
              expectSafeSvg(await el.toSvg(), 'strings');
            }
            el.remove();

            // 4. each coded column: an error naming the column, text inert in the message
            for (const field of target.codeFields) {
              const coded = create(target, { heading: 'Coded' });
              const rows = target.valid();
              rows[0]![field] = text;
              coded.data = rows;
              const errors: unknown[] = [];
              coded.addEventListener('send-data-error', (e) => errors.push(...e.detail));
              await attach(coded);
              placements++;
              expectNothingInjected(coded, `code field ${field}`);
              expect(coded.state, `hostile ${field}`).to.equal('error');
              await aTimeout(0);
              expect(JSON.stringify(errors), `send-data-error names ${field}`).to.contain(field);
              coded.remove();
            }

            // 5. a column name, through the `columns` mapping
            const mapped = create(target, { columns: JSON.stringify({ [target.mappable]: text }) });
            mapped.data = renameColumn(target.valid(), target.mappable, text);
            await attach(mapped);
            placements++;
            expectNothingInjected(mapped, 'columns mapping');
            expect(mapped.state, `mapped from ${label}: ${JSON.stringify(mapped.issues.slice(0, 2))}`).to.equal(
              'ready',
            );
            mapped.remove();

            // 6. a raw header in CSV text (an extra column, ignored or reported, never run)
            const extra = target.valid().map((r) => ({ ...r, [text]: text }));
            const raw = create(target);
            raw.data = toCsvText(extra);
            await attach(raw);
            placements++;
            expectNothingInjected(raw, 'raw header');
            expect(['ready', 'error']).to.include(raw.state);
            if (raw.state === 'error') expect(raw.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
            raw.remove();

            await aTimeout(20);
            expect(w.__xss ?? 0, 'a handler ran').to.equal(0);
          });
        });
      });
    }
  });
}
