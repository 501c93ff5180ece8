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
});
