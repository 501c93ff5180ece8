import { expect, fixture, html } from '@open-wc/testing';
import { EXPORT_MARGIN } from './export-frame.js';
import { paintChart, paintPlot } from './png-export.js';

/** Dark pixels in a box of the painted canvas (scale 1), in the canvas's own coordinates. */
function inkedRaw(canvas: HTMLCanvasElement, x: number, y: number, w: number, h: number): number {
  const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
  return dark;
}

/** Dark pixels in a box of the chart as painted (scale 1, no heading): the chart sits in a 16 px margin. */
const inked = (canvas: HTMLCanvasElement, x: number, y: number, w: number, h: number) =>
  inkedRaw(canvas, x + EXPORT_MARGIN, y + EXPORT_MARGIN, w, h);

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

describe('paintChart runs', () => {
  it("paints each tspan in its own colour and weight, not its text element's", async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="width: 300px; height: 80px; font-family: sans-serif">
      <svg class="chart" width="300" height="80" viewBox="0 0 300 80">
        <text font-size="28" fill="#000000"><tspan x="10" y="40" fill="rgb(212, 53, 28)" font-weight="700">Red bold</tspan></text>
      </svg>
    </div>`);
    const svg = el.querySelector('svg')!;
    const canvas = paintChart(svg, [], svg, { scale: 1 });
    const data = canvas.getContext('2d')!.getImageData(EXPORT_MARGIN, EXPORT_MARGIN, 300, 80).data;
    let red = 0;
    let black = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! > 180 && data[i + 1]! < 90 && data[i + 2]! < 70) red++;
      if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60) black++;
    }
    expect(red).to.be.greaterThan(100);
    expect(black).to.equal(0);
  });
});

describe('paintChart strokes', () => {
  // a V whose sides meet at 20°: a miter join of an 8 px stroke reaches 23 px past the corner,
  // which SVG's miter limit (4) cuts to a bevel and a round join keeps to 4 px
  const vee = (join: string) => html`<div style="width: 240px; height: 200px">
    <svg class="chart" width="240" height="200" viewBox="0 0 240 200">
      <path d="M100,20 L117.6,120 L135.2,20" fill="none" stroke="#000" stroke-width="8" stroke-linejoin=${join}></path>
    </svg>
  </div>`;

  for (const join of ['round', 'miter']) {
    it(`keeps a ${join} join as the SVG draws it, with no spike past the corner`, async () => {
      const el = await fixture<HTMLDivElement>(vee(join));
      const svg = el.querySelector('svg')!;
      const canvas = paintChart(svg, [], svg, { scale: 1 });
      expect(inked(canvas, 100, 100, 36, 20), 'the corner').to.be.greaterThan(20);
      expect(inked(canvas, 100, 128, 36, 40), 'below the corner').to.equal(0);
    });
  }
});

/** The colour at a point of the chart as painted (scale 1, no heading, in its 16 px margin). */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): [number, number, number] {
  const d = canvas
    .getContext('2d')!
    .getImageData(Math.round(x + EXPORT_MARGIN), Math.round(y + EXPORT_MARGIN), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

describe('paintChart: canvases stacked as on the page', () => {
  it("draws a canvas that follows the <svg> in the document (the scatter's points) over the SVG's opaque bands", () => {
    const plot = document.createElement('div');
    plot.style.cssText = 'position: relative; width: 100px; height: 50px';
    plot.innerHTML =
      '<svg width="100" height="50" style="position: absolute; left: 0; top: 0"><rect width="100" height="50" fill="rgb(200, 200, 200)"></rect></svg>' +
      '<canvas width="100" height="50" style="position: absolute; left: 0; top: 0"></canvas>';
    document.body.append(plot);
    const points = plot.querySelector('canvas')!;
    const ctx = points.getContext('2d')!;
    ctx.fillStyle = 'rgb(18, 67, 109)';
    ctx.fillRect(40, 20, 10, 10);
    const painted = paintChart(plot.querySelector('svg')!, [points], plot, { scale: 1 });
    plot.remove();
    expect(pixel(painted, 45, 25), 'a point over the band').to.deep.equal([18, 67, 109]);
    expect(pixel(painted, 10, 10), 'the band around it').to.deep.equal([200, 200, 200]);
  });
});

describe('paintPlot', () => {
  async function frame() {
    return fixture<HTMLDivElement>(html`<div style="width: 300px; font: 16px/20px sans-serif; color: #000; background: #fff; position: relative">
      <p style="margin: 0; width: 120px">alpha beta gamma delta epsilon</p>
      <div class="box" style="margin-top: 10px; width: 100px; height: 30px; background: rgb(0, 112, 60); border: 4px solid rgb(212, 53, 28)"></div>
      <button type="button" class="control" style="margin-top: 10px; font-size: 20px">Press me</button>
      <button type="button" class="legend" data-export="content" style="margin-top: 10px; font-size: 20px; border: 0; background: none; padding: 0">Legend</button>
      <span class="hidden" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); left: 200px; top: 0">secret words here</span>
      <div data-export="skip" class="tip" style="position: absolute; left: 200px; top: 60px; background: #000; color: #fff; width: 80px; height: 30px">tip</div>
      <svg class="icon" style="display: block; margin-top: 10px" width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="rgb(18, 67, 109)"></circle></svg>
    </div>`);
  }
  const at = (el: Element, root: Element) => {
    const r = el.getBoundingClientRect();
    const o = root.getBoundingClientRect();
    return { x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height };
  };

  it('paints HTML text where it was laid out, line by line, and boxes with their background and borders', async () => {
    const el = await frame();
    const canvas = paintPlot(el, { scale: 1 });
    const p = at(el.querySelector('p')!, el);
    // the paragraph wraps onto three lines of 20 px: each line is inked, beyond the last is not
    for (const line of [0, 1, 2])
      expect(inked(canvas, p.x, p.y + line * 20 + 2, 120, 16), `line ${line + 1}`).to.be.greaterThan(15);
    expect(inked(canvas, 125, p.y, 170, p.h)).to.equal(0);
    const b = at(el.querySelector('.box')!, el);
    expect(pixel(canvas, b.x + b.w / 2, b.y + b.h / 2)).to.deep.equal([0, 112, 60]);
    expect(pixel(canvas, b.x + 1, b.y + b.h / 2)).to.deep.equal([212, 53, 28]);
    const icon = at(el.querySelector('svg.icon')!, el);
    expect(pixel(canvas, icon.x + 10, icon.y + 10)).to.deep.equal([18, 67, 109]);
  });

  it('leaves out controls, skipped parts and visually hidden text, but paints a button marked as content', async () => {
    const el = await frame();
    const canvas = paintPlot(el, { scale: 1 });
    const control = at(el.querySelector('.control')!, el);
    expect(inked(canvas, control.x, control.y, control.w, control.h)).to.equal(0);
    expect(pixel(canvas, control.x + control.w / 2, control.y + control.h / 2)).to.deep.equal([255, 255, 255]);
    const legend = at(el.querySelector('.legend')!, el);
    expect(inked(canvas, legend.x, legend.y, legend.w, legend.h)).to.be.greaterThan(20);
    expect(inked(canvas, 200, 0, 100, 20)).to.equal(0);
    expect(inked(canvas, 200, 60, 80, 30)).to.equal(0);
  });

  it('adds the heading above and the source below in a 16 px margin, and paints at the scale asked for', async () => {
    const el = await frame();
    const box = el.getBoundingClientRect();
    const canvas = paintPlot(el, { scale: 2, heading: 'Heading', source: 'Source: test' });
    expect(canvas.width).to.equal(Math.round((box.width + 32) * 2));
    // one heading line (24) and gap (8) above, gap (8), one source line (21) and margin below
    expect(canvas.height).to.equal(Math.round((16 + 24 + 8 + box.height + 8 + 21 + 16) * 2));
    // the plot's first text starts 16 px in: nothing is drawn in the margin at the left
    const small = paintPlot(el, { scale: 1, heading: 'Heading', source: 'Source: test' });
    expect(inkedRaw(small, 0, 0, 15, small.height)).to.equal(0);
  });

  it('wraps a long source note to the chart width instead of running off the image', async () => {
    const el = await frame();
    const source =
      'Source: Department for Education, Special educational needs in England, January 2025, and the English Indices of Deprivation 2019 (MHCLG)';
    const canvas = paintPlot(el, { scale: 1, source });
    const box = el.getBoundingClientRect();
    expect(canvas.height).to.be.greaterThan(box.height + 16 + 8 + 3 * 21);
    // ink in the source's lines, none in the right margin
    expect(inkedRaw(canvas, 16, box.height + 24, box.width, canvas.height - box.height - 40)).to.be.greaterThan(100);
    expect(inkedRaw(canvas, canvas.width - 15, 0, 15, canvas.height)).to.equal(0);
  });
});
