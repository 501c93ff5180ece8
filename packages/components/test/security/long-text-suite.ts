/**
 * Very long text, in the page's own font (the test page's system font: DejaVu Sans here, in which
 * Chromium took about 22 s to lay out one word of 100,000 capital As that may break anywhere).
 * A data cell past `MAX_CELL_TEXT` is a data error naming its column and row; text from the page
 * (heading, summary, source note, `strings`) is shortened, ending "…"; a cell at the cap is drawn,
 * with the table and the CSV keeping it whole. Each test would time out if the element laid out
 * the long word (no timing is asserted).
 */
import { aTimeout, expect } from '@open-wc/testing';
import { DEFAULT_STRINGS, TEXT_CAPS, type SendElement } from '@send-insight/core';
import { MAX_CELL_TEXT } from '@send-insight/data';
import { csvCells } from './assert-safe.js';
import { attach, create, detachAll, loadTargets, type Row, type SecurityTarget } from './targets.js';

/** The hostile corpus's longest payload: one word of 100,000 characters. */
const WORD = 'A'.repeat(100_000);

/** Attaches the element (see `attach`) and lays the page out now, as a browser would before painting. */
async function attachLaidOut(el: SendElement): Promise<void> {
  await attach(el);
  void el.parentElement!.getBoundingClientRect();
}

/** The longest run of text in one node of the element's shadow root (chart or table view). */
function longestText(el: SendElement): number {
  let most = 0;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) most = Math.max(most, n.textContent!.length);
  return most;
}

/** The longest `<text>` drawn in the plot's SVG. */
function longestSvgText(el: SendElement): number {
  return Math.max(0, ...Array.from(el.shadowRoot!.querySelectorAll('svg text'), (t) => t.textContent!.length));
}

/** Rows whose distinct values of `field` become words of exactly {@link MAX_CELL_TEXT} letters: A…, B…, C… */
function atCap(rows: Row[], field: string): Row[] {
  const distinct = [...new Set(rows.map((r) => r[field]))];
  return rows.map((r) => ({
    ...r,
    [field]: String.fromCharCode(65 + distinct.indexOf(r[field])).repeat(MAX_CELL_TEXT),
  }));
}

/** Registers the long-text suite for one element (one file per element, as the hostile-text suite). */
export async function runLongTextSuite(tag: string): Promise<void> {
  const { ready } = await loadTargets([tag]);
  describe(`very long text in <${tag}>, in the page's own font`, () => {
    afterEach(detachAll);

    it('runs in the page font (the system font), not a face chosen for speed', async () => {
      expect(ready.length, `${tag} is registered`).to.equal(1);
      const el = create(ready[0]!);
      el.data = ready[0]!.valid();
      await attachLaidOut(el);
      expect(getComputedStyle(el).fontFamily).to.contain('system-ui');
      expect(document.body.style.fontFamily).to.equal('');
    });

    for (const target of ready as SecurityTarget[]) {
      for (const field of [...target.textFields, ...target.codeFields]) {
        it(`a ${WORD.length.toLocaleString('en-GB')}-character "${field}" is a data error naming the column and row`, async () => {
          const el = create(target, { heading: 'Long text' });
          const rows = target.valid();
          rows[1]![field] = WORD;
          el.data = rows;
          const errors: { row: number; column: string; code?: string }[] = [];
          el.addEventListener('send-data-error', (e) => errors.push(...(e.detail as typeof errors)));
          await attachLaidOut(el);
          expect(el.state).to.equal('error');
          const alert = el.shadowRoot!.querySelector('[role="alert"]');
          expect(alert?.textContent).to.contain(`column "${field}", row 3`);
          expect(alert?.textContent).to.contain('100,000 characters long');
          await aTimeout(0);
          expect(errors.some((i) => i.column === field && i.row === 3)).to.equal(true);
          expect(longestText(el), 'no text node holds the word').to.be.below(1000);
        });
      }

      for (const field of target.shownFields) {
        it(`a "${field}" of ${MAX_CELL_TEXT.toLocaleString('en-GB')} characters is drawn; the table and the CSV keep it whole`, async () => {
          const text = 'A'.repeat(MAX_CELL_TEXT);
          const el = create(target, { heading: 'Long text' });
          el.data = atCap(target.valid(), field);
          await attachLaidOut(el);
          expect(el.state).to.equal('ready');
          expect(longestSvgText(el), 'a label drawn in the plot is shortened').to.be.at.most(TEXT_CAPS.label);
          await el.tableReady();
          expect(
            csvCells(el.toCsv()).some((c) => c.includes(text)),
            'the CSV keeps the cell whole',
          ).to.equal(true);
          el.view = 'table';
          await el.updateComplete;
          void el.getBoundingClientRect();
          const table = el.shadowRoot!.querySelector('table');
          expect(table, 'the table view').to.exist;
          expect(table!.textContent!.includes(text), 'the table keeps the cell whole').to.equal(true);
          // with a break point every 20 characters, so no line is found by trying every character
          const cell = Array.from(table!.querySelectorAll('caption, th, td')).find((c) =>
            c.textContent!.includes(text),
          );
          expect(cell?.querySelectorAll('wbr').length ?? 0, 'break points in the cell').to.be.at.least(49);
        });
      }

      it('a heading, summary and source note of 100,000 characters are shortened to their caps, ending "…"', async () => {
        const el = create(target, { heading: WORD, source: WORD, description: WORD });
        el.data = target.valid();
        await attachLaidOut(el);
        expect(el.heading).to.have.length(TEXT_CAPS.heading);
        const heading = el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
        expect(heading).to.equal(`${'A'.repeat(TEXT_CAPS.heading - 1)}…`);
        const description = el.shadowRoot!.querySelector('[part~="description"]')!.textContent!.trim();
        expect(description).to.equal(`${'A'.repeat(TEXT_CAPS.description - 1)}…`);
        const source = el.shadowRoot!.querySelector('[part~="source"]')!.textContent!;
        expect(source).to.contain(`${'A'.repeat(TEXT_CAPS.source - 1)}…`);
        expect(source.length).to.be.below(TEXT_CAPS.source + 50);
        expect(longestText(el)).to.be.at.most(TEXT_CAPS.description);
      });

      it('every string overridden with 100,000 characters is shortened to 1,000', async () => {
        const el = create(target);
        el.setAttribute(
          'strings',
          JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_STRINGS).map((k) => [k, WORD]))),
        );
        el.data = target.valid();
        await attachLaidOut(el);
        expect(el.shadowRoot!.querySelector('.toggle-table')?.textContent?.trim()).to.equal(
          `${'A'.repeat(TEXT_CAPS.string - 1)}…`,
        );
        // a string may appear more than once in a sentence (the chart's label holds the heading's)
        expect(longestText(el)).to.be.at.most(TEXT_CAPS.string * 3);
      });
    }
  });
}
