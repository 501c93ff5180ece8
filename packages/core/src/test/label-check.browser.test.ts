import { expect, fixture, html } from '@open-wc/testing';
import type { SendElement } from '../base-element.js';
import { chartProblems, labelProblems, textStyleProblems, type LabelRule } from './label-check.js';

/** A host with the given markup in its shadow root (the checks read only the shadow DOM). */
async function host(markup: string): Promise<SendElement> {
  const el = await fixture<HTMLDivElement>(
    html`<div style="width: 400px; font: 16px/20px sans-serif; background: #fff"></div>`,
  );
  const root = el.attachShadow({ mode: 'open' });
  // test markup only (a fixed string, no data)
  root.innerHTML = markup;
  return el as unknown as SendElement;
}

/** Two bars 60 px wide, each with its value label, the second label at `x2`. */
const bars = (x2: number, extra = '') => `<svg width="300" height="200" style="font: 16px sans-serif">
  <g class="bar-group"><rect class="bar" x="20" y="60" width="60" height="140" fill="#12436d"></rect><text class="value" x="50" y="52" text-anchor="middle">16.5</text></g>
  <g class="bar-group"><rect class="bar" x="100" y="100" width="60" height="100" fill="#12436d"></rect><text class="value" x="${x2}" y="92" text-anchor="middle">8.4</text></g>
  ${extra}
</svg>`;
const columns: LabelRule[] = [{ group: 'g.bar-group', mark: 'rect.bar', label: 'text.value', axis: 'column' }];

describe('labelProblems', () => {
  it('finds nothing wrong when each label sits over its own bar', async () => {
    expect(labelProblems(await host(bars(130)), columns)).to.deep.equal([]);
  });

  it("reports a label that strays into its neighbour's column, naming the label and the band", async () => {
    const problems = labelProblems(await host(bars(70)), columns);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^label "8\.4" at .* strays from its mark's column \(g\.bar-group: \d+–\d+ across\)$/);
  });

  it('keeps a label to its row band with the row axis', async () => {
    const row = (y: number) => `<svg width="300" height="80" style="font: 16px sans-serif">
      <g class="row"><rect class="band" x="0" y="0" width="300" height="40" fill="none"></rect><text x="10" y="${y}">Speech (SLCN)</text></g></svg>`;
    const rules: LabelRule[] = [{ group: 'g.row', mark: 'rect.band', axis: 'row' }];
    expect(labelProblems(await host(row(26)), rules)).to.deep.equal([]);
    expect(labelProblems(await host(row(48)), rules)[0]).to.match(
      /^label "Speech \(SLCN\)" .* strays from its mark's row \(g\.row: \d+–\d+ down\)$/,
    );
  });

  it('reports labels drawn over each other and text cut off by the SVG', async () => {
    const problems = labelProblems(
      await host(bars(130, '<text x="35" y="52">England</text><text x="280" y="20">Cut off</text>')),
      columns,
    );
    expect(problems.some((p) => p.startsWith('overlapping text "16.5"') && p.includes('"England"'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('text "Cut off"') && p.endsWith('so an export cuts it'))).to.equal(true);
  });
});

describe('textStyleProblems', () => {
  it('passes 16px text in the text colour on white and white text on a dark bar', async () => {
    const el = await host(`<p style="margin: 0; color: #484949">England 35.4%</p>
      <svg width="300" height="60" style="font: 16px sans-serif"><rect x="0" y="0" width="120" height="40" fill="#12436d"></rect><text x="10" y="26" fill="#ffffff">36%</text><text x="140" y="26" fill="#0b0c0c">Tick</text></svg>`);
    expect(textStyleProblems(el)).to.deep.equal([]);
  });

  it('reports text under 16px, as drawn (an SVG scaled to half draws its 20px text at 10px)', async () => {
    const el = await host(`<p style="margin: 0; font-size: 12px">Legend at 12 px</p>
      <svg width="150" height="30" viewBox="0 0 300 60"><text x="10" y="40" font-size="20">Scaled</text></svg>`);
    const problems = textStyleProblems(el);
    expect(problems.some((p) => p.startsWith('small text "Legend at 12 px"') && p.includes('12.0px'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('small text "Scaled"') && p.includes('10.0px'))).to.equal(true);
  });

  it('reports faint text: light grey on white, and dark text on a dark bar, unless a halo lifts it', async () => {
    const el = await host(`<svg width="300" height="90" style="font: 16px sans-serif">
      <text x="10" y="20" fill="#b1b4b6">Grey tick</text>
      <rect x="0" y="30" width="300" height="60" fill="#12436d"></rect>
      <text x="10" y="55" fill="#0b0c0c">On the bar</text>
      <text x="150" y="55" fill="#0b0c0c" stroke="#ffffff" stroke-width="4" paint-order="stroke">Haloed</text>
      <text x="10" y="80" fill="#0b0c0c" fill-opacity="0.2">See-through</text></svg>`);
    const problems = textStyleProblems(el);
    expect(problems.some((p) => p.startsWith('faint text "Grey tick"'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('faint text "On the bar"'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('faint text "See-through"'))).to.equal(true);
    expect(problems.some((p) => p.includes('"Haloed"'))).to.equal(false);
  });

  it('counts only the shapes drawn before the text, and only where they cover it', async () => {
    const el = await host(`<svg width="300" height="60" style="font: 16px sans-serif">
      <circle cx="280" cy="30" r="10" fill="#0b0c0c"></circle>
      <text x="10" y="35" fill="#0b0c0c">Beside a dot</text>
      <rect x="0" y="0" width="300" height="60" fill="none" stroke="#0b0c0c"></rect></svg>`);
    expect(chartProblems(el)).to.deep.equal([]);
  });
});
