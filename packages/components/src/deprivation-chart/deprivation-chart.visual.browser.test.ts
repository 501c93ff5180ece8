import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deprivationDemo, deprivationLsoaDemo, REAL_IOD_WOLVERHAMPTON_CSV } from '@send-insight/data/demo';
import { chartProblems, type LabelRule } from '../../../core/src/test/label-check.js';
import { textBoxes } from '../../../core/src/test/reflow-check.js';
import { mountChart } from '../../../core/src/test/mount.js';
import './define.js';
import type { SendDeprivationChart } from './deprivation-chart.js';

/*
 * Visual checks of the chart as drawn, each for a class of fault seen in review: a rate label
 * that sits on another mark and reads as its figure; labels drawn over one another; a decile that
 * cannot be shown drawn as anything but its word at the baseline; neighbourhood labels floating
 * away from their bars. Run at 1280 and 320 px, in each view and measure.
 */

type Row = Record<string, string | number>;

const mount = (setup: (el: SendDeprivationChart) => void, width: number, attributes: Record<string, string> = {}) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width,
    attributes: { heading: 'SEN support and EHC plans by deprivation', 'loading-delay': '0', ...attributes },
    setup,
  });

/** The small area of the Suppressed story: deciles hidden for both measures, decile 10 without pupils. */
function smallArea(): Row[] {
  return [
    [1, 820, 131, 31],
    [2, 640, 95, 22],
    [3, 410, 52, 14],
    [4, 300, 33, 9],
    [5, 260, 27, 11],
    [6, 150, 14, 6],
    [7, 120, 11, 4],
    [8, 60, 5, 3],
    [9, 8, 1, 0],
    [10, 0, 0, 0],
  ].map(([imd_decile, pupils, sen_support, ehc_plan]) => ({
    imd_decile: imd_decile!,
    pupils: pupils!,
    sen_support: sen_support!,
    ehc_plan: ehc_plan!,
  }));
}

const crosses = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
const where = (r: DOMRect) =>
  `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/**
 * Figures of the neighbourhood context (the full view or the strip under the rates) that a piece of
 * England's even line comes within 3 px of: the line goes round every figure, never behind a
 * ground that hides it, and never through one.
 */
function contextLineProblems(el: SendDeprivationChart): string[] {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
  // each piece as its 2 px stroke draws it (a line's own box has no thickness)
  const pieces = [...svg.querySelectorAll('.even-line[data-share] line.even')].map((p) => {
    const r = p.getBoundingClientRect();
    return new DOMRect(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
  });
  const problems: string[] = [];
  if (!pieces.length) problems.push("England's even line is not drawn");
  if (svg.querySelector('rect.label-ground')) problems.push('a figure stands on a ground that hides the line');
  for (const text of Array.from(svg.querySelectorAll('.context-label text'))) {
    const t = text.getBoundingClientRect();
    // the figure's ink: its font box less the room above the digits and below the baseline
    const ink = new DOMRect(t.x - 3, t.y + t.height * 0.15 - 3, t.width + 6, t.height * 0.67 + 6);
    for (const p of pieces)
      if (crosses(ink, p, 0))
        problems.push(`figure "${text.textContent}" ${where(t)}: England's line ${where(p)} runs within 3 px of it`);
  }
  return problems;
}

/** What is wrong with the labels of the chart by decile as drawn (nothing, when all is well). */
function labelProblems(el: SendDeprivationChart): string[] {
  const root = el.shadowRoot!;
  const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
  const vertical = svg.dataset.orientation === 'vertical';
  const problems: string[] = [];
  const marks = [...svg.querySelectorAll('rect.bar, line.england-tick, rect.context-bar')];
  let labels = 0;
  for (const group of Array.from(svg.querySelectorAll('.bar-group'))) {
    const what = `${group.getAttribute('data-measure')} decile ${group.getAttribute('data-decile')}`;
    const label = group.querySelector('text.value-label');
    const barEl = group.querySelector('rect.bar');
    if (label && barEl) {
      labels++;
      const t = label.getBoundingClientRect();
      const bar = barEl.getBoundingClientRect();
      const whisker = group.querySelector('path.whisker')?.getBoundingClientRect();
      if (vertical) {
        // in the bar's own column, standing on its end (or its interval's)
        const end = Math.min(bar.top, whisker?.top ?? Infinity);
        if (t.left < bar.left - 1 || t.right > bar.right + 1)
          problems.push(
            `${what}: label ${where(t)} leaves its bar's column ${Math.round(bar.left)}–${Math.round(bar.right)}`,
          );
        if (t.bottom > end + 1 || t.bottom < end - 10)
          problems.push(`${what}: label ${where(t)} is not on its bar's end at ${Math.round(end)}`);
      } else {
        // in the bar's own row: inside its end, or just past its end (or its interval's)
        const end = Math.max(bar.right, whisker?.right ?? -Infinity);
        const middle = (t.top + t.bottom) / 2;
        if (middle < bar.top || middle > bar.bottom)
          problems.push(
            `${what}: label ${where(t)} leaves its bar's row ${Math.round(bar.top)}–${Math.round(bar.bottom)}`,
          );
        if (label.classList.contains('inside')) {
          if (t.left < bar.left + 2 || t.right > bar.right - 3 || t.right < bar.right - 12)
            problems.push(`${what}: label ${where(t)} is not inside its bar's end ${Math.round(bar.right)}`);
        } else if (t.left < end - 1 || t.left > end + 10)
          problems.push(`${what}: label ${where(t)} is not at its bar's end ${Math.round(end)}`);
        // England's line never above or below the figure (it read as an underline, issue 22 item 6),
        // except where it goes round a figure past a short bar, leaving 3 px clear
        for (const tick of Array.from(
          svg.querySelectorAll(
            `.england-series[data-measure="${group.getAttribute('data-measure')}"] line.england-tick[data-decile="${group.getAttribute('data-decile')}"]`,
          ),
        )) {
          const k = tick.getBoundingClientRect();
          // a figure's ink: its font box less the room above the digits and below the baseline
          const [inkTop, inkBottom] = [t.top + t.height * 0.15, t.bottom - t.height * 0.18];
          if (k.right > t.left - 3 && k.left < t.right + 3 && k.bottom > inkTop - 3 && k.top < inkBottom + 3)
            problems.push(`${what}: England's line ${where(k)} runs within 3 px of its figure ${where(t)}`);
          const beside = k.right > t.left - 3 && k.left < t.right + 3;
          if (beside && (label.classList.contains('inside') || !whisker) && bar.width >= t.width + 11)
            problems.push(`${what}: England's line ${where(k)} stands over or under its figure ${where(t)}`);
        }
      }
      for (const other of marks) {
        if (other === barEl) continue;
        if (crosses(t, other.getBoundingClientRect()))
          problems.push(
            `${what}: label ${where(t)} lies on another mark (${other.getAttribute('class')} ${other.getAttribute('data-decile') ?? ''})`,
          );
      }
    }
    const gap = group.querySelector('text.gap-label');
    if (gap) {
      // the word at its panel's baseline, never a bar
      if (barEl) problems.push(`${what}: a bar drawn for a decile not shown`);
      const axis = group.closest('.panel')!.querySelector('.decile-axis line.axis')!.getBoundingClientRect();
      const g = gap.getBoundingClientRect();
      // (rows: or just past England's line, where the line would have crossed the word)
      const line = svg
        .querySelector(
          `.england-series[data-measure="${group.getAttribute('data-measure')}"] line.england-tick[data-decile="${group.getAttribute('data-decile')}"]`,
        )
        ?.getBoundingClientRect();
      const pastLine = !!line && g.left > line.right + 2 && g.left < line.right + 10;
      if (
        vertical
          ? g.bottom > axis.top + 1 || g.bottom < axis.top - 8
          : !pastLine && (g.left < axis.left || g.left > axis.left + 8)
      )
        problems.push(`${what}: "${gap.textContent}" ${where(g)} is not at the baseline`);
      // and on no mark (England's line above it or beside it, never through the word)
      for (const other of marks)
        if (crosses(g, other.getBoundingClientRect()))
          problems.push(
            `${what}: "${gap.textContent}" ${where(g)} lies on ${other.getAttribute('class')} ${other.getAttribute('data-decile') ?? ''}`,
          );
    }
  }
  // the neighbourhoods: each label on its own bar
  for (const group of Array.from(svg.querySelectorAll('.context-group'))) {
    const decile = group.getAttribute('data-decile');
    const bar = group.querySelector('rect.context-bar')!.getBoundingClientRect();
    const horizontal = svg.querySelector('.context')!.getAttribute('data-mode') === 'full' && !vertical;
    for (const label of Array.from(svg.querySelectorAll(`.context-label[data-decile="${decile}"] text`))) {
      labels++;
      const t = label.getBoundingClientRect();
      if (label.classList.contains('inside')) {
        // inside its own bar's end, where England's line would have crossed it above the bar
        if (t.left < bar.left || t.right > bar.right || t.top < bar.top || t.bottom > bar.bottom + 1)
          problems.push(`context decile ${decile}: label ${where(t)} inside its bar runs out of it ${where(bar)}`);
        continue;
      }
      if (horizontal) {
        // at its bar's end, whatever England's line does (it goes round the figure)
        if (t.left < bar.right - 1 || t.left > bar.right + 10)
          problems.push(`context decile ${decile}: label ${where(t)} is not at its bar's end ${Math.round(bar.right)}`);
      } else {
        if (t.left < bar.left - 6 || t.right > bar.right + 6)
          problems.push(`context decile ${decile}: label ${where(t)} leaves its column`);
        if (t.bottom > bar.top + 1 || t.bottom < bar.top - 32)
          problems.push(
            `context decile ${decile}: label ${where(t)} floats away from its bar's top ${Math.round(bar.top)}`,
          );
      }
    }
  }
  // no two lines of text drawn over one another, anywhere in the chart
  const boxes = textBoxes(el).filter((b) => b.owner.closest('svg'));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.rect;
      const b = boxes[j]!.rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) problems.push(`"${boxes[i]!.text}" ${where(a)} overlaps "${boxes[j]!.text}" ${where(b)}`);
    }
  }
  if (svg.dataset.view !== 'area' && !labels && !svg.querySelector('.gap-label'))
    problems.push('no labels drawn at all');
  return problems;
}

describe('<send-deprivation-chart> as drawn', () => {
  for (const width of [1280, 320]) {
    describe(`at ${width} px`, () => {
      for (const measure of ['both', 'sen_support', 'ehc_plan', 'all_sen']) {
        it(`puts each rate on its own bar and no text over another (${measure})`, async () => {
          const el = await mount((e) => (e.data = deprivationDemo as Row[]), width, { measure });
          expect(labelProblems(el)).to.deep.equal([]);
          // every shown decile is labelled at these widths
          const shown = el.shadowRoot!.querySelectorAll('rect.bar').length;
          expect(el.shadowRoot!.querySelectorAll('text.value-label').length).to.equal(shown);
        });
      }

      it("passes the shared checks: each rate label in its bar's band, no text over another or cut off, 16 px at 4.5:1", async () => {
        for (const measure of ['both', 'ehc_plan']) {
          const el = await mount((e) => (e.data = deprivationDemo as Row[]), width, { measure });
          const axis =
            el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!.dataset.orientation === 'vertical'
              ? 'column'
              : 'row';
          const rules: LabelRule[] = [{ group: 'g.bar-group', mark: 'rect.bar', label: 'text.value-label', axis }];
          expect(chartProblems(el, rules), measure).to.deep.equal([]);
          el.remove();
        }
      });

      it('keeps the labels clear of the 95% intervals when they are shown', async () => {
        const el = await mount((e) => (e.data = deprivationDemo as Row[]), width);
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.intervals')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('path.whisker').length).to.equal(18);
        expect(labelProblems(el)).to.deep.equal([]);
      });

      it('shows deciles that cannot be shown as their word at the baseline, quietly', async () => {
        const el = await mount((e) => (e.data = smallArea()), width);
        const words = [...el.shadowRoot!.querySelectorAll('text.gap-label')].map((t) => t.textContent);
        expect(words.filter((t) => t === 'suppressed')).to.have.length(8);
        expect(words.filter((t) => t === 'no data')).to.have.length(2);
        expect(labelProblems(el)).to.deep.equal([]);
      });

      it('puts the neighbourhoods under the rates, each label on its own bar', async () => {
        const el = await mount(
          (e) => ((e.data = deprivationDemo as Row[]), (e.context = REAL_IOD_WOLVERHAMPTON_CSV)),
          width,
        );
        // the published file is read by the presets, loaded on first use: the strip follows the rates
        await waitUntil(
          () => el.shadowRoot!.querySelectorAll('.context-group').length === 10,
          'the neighbourhood strip',
          { timeout: 5000 },
        );
        expect(labelProblems(el)).to.deep.equal([]);
        expect(contextLineProblems(el)).to.deep.equal([]);
      });

      it("draws the context view with each label on its own bar, England's line behind the bars and through no figure", async () => {
        const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), width, {
          preset: 'iod2019-lsoa',
          area: 'E08000031',
        });
        const svg = el.shadowRoot!.querySelector('svg.chart')!;
        expect(svg.getAttribute('data-view')).to.equal('context');
        // the even spread is drawn before (under) the bars and has no halo of its own
        const order = [...svg.querySelectorAll('.even-line[data-share], .context-marks')].map((n) =>
          n.getAttribute('class'),
        );
        expect(order).to.deep.equal(['even-line', 'context-marks']);
        expect(svg.querySelector('.even-casing')).to.equal(null);
        expect(labelProblems(el)).to.deep.equal([]);
        expect(contextLineProblems(el)).to.deep.equal([]);
      });

      it('draws the area view with no text over another', async () => {
        const el = await mount((e) => (e.data = deprivationLsoaDemo as Row[]), width, { view: 'area' });
        expect(labelProblems(el)).to.deep.equal([]);
      });
    });
  }

  it("shows the summary's lead at 320 px (the first gradient, as tested, and England), the rest one click away and still in the figure's description", async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount((e) => (e.data = deprivationDemo), 288);
      const root = el.shadowRoot!;
      const lead = root.querySelector<HTMLElement>('[part="description"]')!;
      const more = root.querySelector<HTMLDetailsElement>('details.summary-more');
      expect(more, 'the rest of the summary folds').to.exist;
      expect(more!.open).to.equal(false);
      expect(lead.textContent).to.match(/^SEN support: .*\(test for trend, [^)]*\)\. England: .* times as many\.$/);
      expect(`${lead.textContent} ${more!.querySelector('p')!.textContent}`).to.equal(el.summary);
      const lineHeight = parseFloat(getComputedStyle(lead).lineHeight);
      expect(lead.getBoundingClientRect().height / lineHeight, 'lines of the lead').to.be.at.most(9.5);
      const plot = root.querySelector('svg.chart')!.getBoundingClientRect();
      expect(plot.top, 'the chart starts in the first 640 px').to.be.below(640);
      // a screen reader hears the whole summary from the figure
      const ids = root.querySelector('.plot')!.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((id) => root.getElementById(id)!.textContent).join(' ')).to.equal(el.summary);
      await expect(el).to.be.accessible();
      // where there is room, one paragraph says it all
      (el.parentElement as HTMLElement).style.width = '900px';
      await waitUntil(() => !root.querySelector('details.summary-more'), 'no fold at 900 px', { timeout: 5000 });
      expect(root.querySelector('[part="description"]')!.textContent).to.equal(el.summary);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
