import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../test/test-chart.js';
import type { SendTestChart } from '../test/test-chart.js';
import { cssProps } from './css-props.js';

/** Records every `setAttribute('style', …)`: a strict `style-src 'self'` policy blocks those. */
function watchStyleAttributes(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') calls.push(`${this.localName}: ${value}`);
    return original.call(this, name, value);
  };
  return { calls, restore: () => (Element.prototype.setAttribute = original) };
}

describe('cssProps', () => {
  it('sets, changes and removes properties through the CSSOM, never the style attribute', () => {
    const host = document.createElement('div');
    const watch = watchStyleAttributes();
    try {
      const view = (props: Record<string, string | undefined>) => html`<p ${cssProps(props)}></p>`;
      render(view({ left: '4px', top: '8px' }), host);
      const p = host.querySelector('p')!;
      expect(p.style.left).to.equal('4px');
      expect(p.style.top).to.equal('8px');
      render(view({ left: '6px', top: undefined }), host);
      expect(host.querySelector('p')).to.equal(p);
      expect(p.style.left).to.equal('6px');
      expect(p.style.top).to.equal('');
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.deep.equal([]);
  });

  it('positions the base element tooltip on its first render without a style attribute', async () => {
    const el = await fixture<SendTestChart>(
      html`<send-test-chart .data=${[
        { category: 'A', count: 40 },
        { category: 'B', count: 90 },
      ]}></send-test-chart>`,
    );
    await el.updateComplete;
    const watch = watchStyleAttributes();
    try {
      const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
      plot.focus();
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
    } finally {
      watch.restore();
    }
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.style.left).to.match(/^\d+(\.\d+)?px$/);
    expect(watch.calls).to.deep.equal([]);
  });
});
