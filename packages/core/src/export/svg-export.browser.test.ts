import { expect } from '@open-wc/testing';
import { exportSvg } from './svg-export.js';

describe('exportSvg', () => {
  it('writes a well-formed file when labels from the data hold control characters', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.textContent = 'form\u000Cfeed, nul\u0000, bell\u0007, lone \uD800 surrogate, 😀 kept';
    svg.append(text);
    document.body.append(svg);
    const out = exportSvg(svg, { heading: 'Heading\u000C with a form feed', source: 'Source\u0001' });
    svg.remove();
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('formfeed, nul, bell, lone  surrogate, 😀 kept');
    expect(doc.documentElement.textContent).to.contain('Heading with a form feed');
  });

  it('sets the chart in a 16 px margin with the heading above and a long source note wrapped to its width', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '300');
    svg.setAttribute('height', '100');
    document.body.append(svg);
    const source =
      'Source: Department for Education, Special educational needs in England, January 2025, and the English Indices of Deprivation 2019';
    const out = exportSvg(svg, { heading: 'Primary need', source });
    svg.remove();
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml').documentElement;
    expect(doc.getAttribute('width')).to.equal('332');
    const lines = [...doc.children].filter((c) => c.localName === 'text');
    const heading = lines.filter((t) => t.getAttribute('font-weight') === '700');
    const notes = lines.filter((t) => t.getAttribute('font-weight') === '400');
    expect(heading.map((t) => t.textContent)).to.deep.equal(['Primary need']);
    expect(heading[0]!.getAttribute('font-size')).to.equal('19px');
    expect(notes.length).to.be.greaterThan(2);
    expect(notes.map((t) => t.textContent).join(' ')).to.equal(source);
    expect(notes.every((t) => t.getAttribute('x') === '16' && t.getAttribute('font-size') === '16px')).to.equal(true);
    expect(doc.querySelector('g')!.getAttribute('transform')).to.equal('translate(16,48)');
  });

  it("stacks each canvas as the page does: one after the <svg> (the scatter's points) over its opaque bands, one before it under", () => {
    const plot = document.createElement('div');
    plot.style.cssText = 'position: relative; width: 200px; height: 100px';
    plot.innerHTML =
      '<canvas class="below" width="200" height="100" style="position: absolute; left: 0; top: 0"></canvas>' +
      '<svg width="200" height="100" style="position: absolute; left: 0; top: 0"><rect width="200" height="100" fill="rgb(200, 200, 200)"></rect></svg>' +
      '<canvas class="above" width="200" height="100" style="position: absolute; left: 0; top: 0"></canvas>';
    document.body.append(plot);
    const canvases = [...plot.querySelectorAll('canvas')];
    const out = exportSvg(plot.querySelector('svg')!, { canvases });
    plot.remove();
    const body = new DOMParser().parseFromString(out, 'image/svg+xml').documentElement.querySelector('g')!;
    // the drawing order in the file: the canvas before the chart's svg, the svg, then the canvas after it
    expect([...body.children].map((c) => c.localName)).to.deep.equal(['image', 'svg', 'image']);
  });
});
