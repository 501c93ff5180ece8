import { expect } from '@open-wc/testing';
import { define, discover, observe, TAGS } from './loader.js';

// The loader from source (the CDN build's files, shared chunks and strict CSP are checked by
// test/security/csp.mjs). Each case uses a tag no earlier case has defined, since a tag is
// defined once per page.

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('the CDN loader', () => {
  it('knows the five elements', () => {
    expect([...TAGS].sort()).to.deep.equal([
      'send-dashboard',
      'send-deprivation-chart',
      'send-indicator',
      'send-need-breakdown',
      'send-outcomes-radar',
      'send-priority-tracker',
    ]);
  });

  it('defines an element written in the document when the loader runs', async () => {
    // the loader observed the document when it was imported: an element added now is found
    const el = document.createElement('send-outcomes-radar');
    document.body.append(el);
    await customElements.whenDefined('send-outcomes-radar');
    expect(el.matches(':defined')).to.equal(true);
    el.remove();
  });

  it('keeps a property set before the element was defined', async () => {
    expect(customElements.get('send-priority-tracker')).to.equal(undefined);
    const el = document.createElement('send-priority-tracker') as HTMLElement & { heading: string };
    el.heading = 'Set before its code arrived';
    document.body.append(el);
    await customElements.whenDefined('send-priority-tracker');
    await nextFrame();
    expect(el.heading).to.equal('Set before its code arrived');
    el.remove();
  });

  it('does not look into a shadow root until it is given one, then defines what it holds and what is added later', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<send-indicator></send-indicator>';
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('send-indicator')).to.equal(undefined);
    await observe(root);
    expect(customElements.get('send-indicator')).to.not.equal(undefined);
    expect(root.querySelector('send-indicator')!.matches(':defined')).to.equal(true);
    host.remove();
  });

  it('defines at once when asked, returning the class, and once only however often it is asked', async () => {
    const [a, b] = await Promise.all([define('send-need-breakdown'), define('SEND-NEED-BREAKDOWN')]);
    expect(a[0]).to.equal(customElements.get('send-need-breakdown'));
    expect(b[0]).to.equal(a[0]);
  });

  it('refuses a tag it does not know, naming the ones it does', async () => {
    const error = await define('send-pie-chart').then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.contain('no element called <send-pie-chart>');
    expect(error?.message).to.contain('send-need-breakdown');
    // and ignores names that are properties of every object
    await discover(Object.assign(document.createElement('div'), { innerHTML: '<constructor-x></constructor-x>' }));
  });
});
