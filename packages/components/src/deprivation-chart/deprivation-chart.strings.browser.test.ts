import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DEPRIVATION_STRINGS } from '@send-insight/data';
import { deprivationDemo } from '@send-insight/data/demo';
import { pseudoStrings } from '../../../core/src/test/wording-check.js';
import './define.js';
import type { SendDeprivationChart } from './deprivation-chart.js';

async function mount(attributes: Record<string, string> = {}): Promise<SendDeprivationChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement('send-deprivation-chart');
  el.setAttribute('heading', 'SEN support and EHC plans by deprivation');
  el.setAttribute('loading-delay', '0');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.data = deprivationDemo as SendDeprivationChart['data'];
  const rendered = oneEvent(el, 'send-render');
  wrapper.append(el);
  await rendered;
  await aTimeout(30);
  await el.updateComplete;
  return el;
}

describe('<send-deprivation-chart> strings', () => {
  it('words its summary from the strings property: every phrase of DEPRIVATION_STRINGS can be replaced', async () => {
    const el = await mount();
    const english = el.summary;
    expect(english).to.match(/^SEN support: \d+\.\d per 100 pupils in the most deprived tenth/);
    el.strings = pseudoStrings(DEPRIVATION_STRINGS);
    await el.updateComplete;
    expect(el.summary).to.match(/^⟦deprivationSummaryParts⟧⟦deprivationSummaryFirst⟧⟦deprivationMeasure\.sen_support⟧/);
    // no English word of the sentence is left: only markers, figures and punctuation
    expect(el.summary.replace(/⟦[\w. ]+⟧/g, '').match(/\p{L}+/gu)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="description"]')!.textContent).to.equal(el.summary);
  });

  it('takes real Welsh for a phrase and keeps the rest of the sentence in English', async () => {
    const el = await mount({ strings: JSON.stringify({ 'deprivationMeasure.sen_support': 'Cymorth AAA', deprivationMostTenth: 'y degfed mwyaf difreintiedig' }) });
    expect(el.summary).to.match(/^Cymorth AAA: \d+\.\d per 100 pupils in y degfed mwyaf difreintiedig against/);
  });
});
