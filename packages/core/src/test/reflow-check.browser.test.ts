import { expect, fixture, html } from '@open-wc/testing';
import type { SendElement } from '../base-element.js';
import { reflowProblems, textBoxes } from './reflow-check.js';

/** A host with the given markup in its shadow root (the checker reads only the shadow DOM). */
async function host(markup: string): Promise<SendElement> {
  const el = await fixture<HTMLDivElement>(html`<div style="width: 300px; font: 16px/20px sans-serif"></div>`);
  const root = el.attachShadow({ mode: 'open' });
  // test markup only (a fixed string, no data)
  root.innerHTML = markup;
  return el as unknown as SendElement;
}

describe('reflowProblems', () => {
  it('finds nothing wrong with text that wraps inside its box', async () => {
    const el = await host(
      '<p style="margin:0">A sentence long enough to wrap over more than one line at this width.</p><button>Go</button>',
    );
    expect(textBoxes(el).length).to.be.greaterThan(1);
    expect(reflowProblems(el)).to.deep.equal([]);
  });

  it('reports overlapping text, text cut by an SVG, a control out of reach and sideways scrolling', async () => {
    const el = await host(`
      <div style="position: relative; height: 40px">
        <span style="position: absolute; left: 0; top: 0">Overlapping words</span>
        <span style="position: absolute; left: 20px; top: 4px">drawn twice</span>
      </div>
      <svg width="100" height="30"><text x="60" y="20">Cut off by the edge</text></svg>
      <button style="margin-left: 2000px">Far away</button>`);
    const problems = reflowProblems(el);
    expect(problems.some((p) => p.startsWith('overlapping text "Overlapping words"'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('clipped text "Cut off by the edge"'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('control out of reach: button'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('the page scrolls sideways'))).to.equal(true);
  });

  it('ignores visually hidden text (a live region) and lets a data table scroll in its own region', async () => {
    const el = await host(`
      <div style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">Announced, not shown, and long enough to spill</div>
      <div class="table-scroll" style="overflow-x: auto; width: 200px"><table><tr><td style="white-space: nowrap">A wide cell that runs past the region's edge</td></tr></table></div>`);
    expect(reflowProblems(el, { scrollable: '.table-scroll' })).to.deep.equal([]);
    expect(reflowProblems(el).some((p) => p.startsWith('clipped text "A wide cell'))).to.equal(true);
  });
});
