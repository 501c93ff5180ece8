import { expect, fixture, html } from '@open-wc/testing';
import { paintChart } from './png-export.js';

/** Dark pixels in a box of the painted canvas (scale 1). */
function inked(canvas: HTMLCanvasElement, x: number, y: number, w: number, h: number): number {
  const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
  return dark;
}

describe('paintChart', () => {
  it('paints text runs in tspans where the browser laid them out, not at the origin', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="width: 400px; height: 200px; font-family: sans-serif">
      <svg class="chart" width="400" height="200" viewBox="0 0 400 200">
        <text font-size="20" fill="#000"><tspan x="250" y="150">Included</tspan></text>
        <text x="300" y="60" font-size="20" fill="#000" text-anchor="end">Safe</text>
      </svg>
    </div>`);
    const svg = el.querySelector('svg')!;
    const canvas = paintChart(svg, [], svg, { scale: 1 });
    expect(inked(canvas, 245, 125, 110, 35)).to.be.greaterThan(20);
    expect(inked(canvas, 0, 0, 60, 40)).to.equal(0);
    // text-anchor="end": the word ends at x = 300
    expect(inked(canvas, 240, 40, 62, 25)).to.be.greaterThan(10);
    expect(inked(canvas, 302, 40, 60, 25)).to.equal(0);
  });
});
