/**
 * Faults around `src` and the element's life: HTTP errors, slow and aborted loads, a web page in
 * place of data, data replaced while loading, removal mid-load, reconnection and re-registration.
 * No uncaught errors, the latest data wins, and observers and listeners are released.
 * Constructors of ResizeObserver and MutationObserver are wrapped before any element exists, so
 * the suite counts the ones still observing.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { SendElement } from '@send-insight/core';
import type { DataIssue } from '@send-insight/data';

// ---- observer and listener accounting (installed before the elements load) -------------------
const live = { resize: new Set<ResizeObserver>(), mutation: new Set<MutationObserver>() };
function track<T extends ResizeObserver | MutationObserver>(Base: new (cb: never) => T, set: Set<T>) {
  return class extends (Base as unknown as new (cb: never) => ResizeObserver & MutationObserver) {
    override observe(...args: [Element & Node, never]) {
      set.add(this as unknown as T);
      return super.observe(...args);
    }
    override disconnect() {
      set.delete(this as unknown as T);
      return super.disconnect();
    }
  };
}
window.ResizeObserver = track(ResizeObserver, live.resize) as unknown as typeof ResizeObserver;
window.MutationObserver = track(MutationObserver, live.mutation) as unknown as typeof MutationObserver;
let globalListeners = 0;
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => (globalListeners++, add(...args));
  target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => (
    globalListeners--,
    remove(...args)
  );
}

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandledrejection: ${String(e.reason)}`));

const { create, loadTargets, settled, TARGETS } = await import('./targets.js');
const { ready } = await loadTargets();
const FIXTURES = '/packages/components/test/security/fixtures';
let faults = 0;

function mount(el: SendElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.style.width = '640px';
  document.body.append(wrapper);
  wrapper.append(el);
  return wrapper;
}

function errorsOf(el: SendElement): DataIssue[][] {
  const events: DataIssue[][] = [];
  el.addEventListener('send-data-error', (e) => events.push(e.detail));
  return events;
}

describe('security: faults', () => {
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });
  after(() => console.log(`faults: ${faults} injected over ${ready.length} elements`));

  for (const target of ready) {
    const file = `${FIXTURES}/${target.tag}.csv`;
    describe(target.tag, () => {
      for (const status of [404, 500, 503]) {
        it(`src answering ${status}: an error naming the file and the status`, async () => {
          const el = create(target);
          el.setAttribute('src', `/__test/status/${status}`);
          const events = errorsOf(el);
          const w = mount(el);
          expect(await settled(el)).to.equal('error');
          faults++;
          expect(events.length).to.equal(1);
          expect(events[0]![0]!.code).to.equal('http');
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
          expect(alert).to.contain(`/__test/status/${status}`);
          expect(alert).to.contain(String(status));
          expect(el.shadowRoot!.querySelector('[part~="plot"]')).to.equal(null);
          w.remove();
        });
      }

      it('src pointing at a host that refuses: an error, not a hang', async () => {
        const el = create(target);
        el.setAttribute('src', 'http://127.0.0.1:9/nothing.csv');
        const w = mount(el);
        expect(await settled(el, 10_000)).to.equal('error');
        faults++;
        expect(el.issues[0]!.code).to.equal('network');
        w.remove();
      });

      it('a web page instead of CSV: says so', async () => {
        const el = create(target);
        el.setAttribute('src', '/__test/html');
        const w = mount(el);
        expect(await settled(el)).to.equal('error');
        faults++;
        expect(el.issues[0]!.code).to.equal('html-not-data');
        w.remove();
      });

      it('a slow file: loading, then the chart', async () => {
        const el = create(target, { 'loading-delay': '50' });
        el.setAttribute('src', `/__test/delay/700${file}`);
        const w = mount(el);
        await aTimeout(300);
        faults++;
        expect(el.state).to.equal('loading');
        expect(el.shadowRoot!.querySelector('[role="status"].loading, .loading')).to.not.equal(null);
        expect(await settled(el)).to.equal('ready');
        w.remove();
      });

      it('src replaced while loading: the newer src wins, the older response is ignored', async () => {
        const el = create(target);
        el.setAttribute('src', `/__test/delay/800${file}?old`);
        const w = mount(el);
        await aTimeout(50);
        el.setAttribute('src', '/__test/status/404');
        expect(await settled(el)).to.equal('error');
        await aTimeout(1000);
        faults++;
        expect(el.state, 'the late, older response did not win').to.equal('error');
        w.remove();
      });

      it('data replaced while src loads: the data property wins, and stays', async () => {
        const el = create(target);
        el.setAttribute('src', `/__test/delay/800${file}?slow`);
        const w = mount(el);
        await aTimeout(50);
        const rows = target.valid();
        el.data = rows;
        expect(await settled(el)).to.equal('ready');
        const summary = el.summary;
        await aTimeout(1000);
        faults++;
        expect(el.summary).to.equal(summary);
        expect(el.state).to.equal('ready');
        w.remove();
      });

      it('removed mid-load: nothing fires, nothing throws; reconnected: it loads', async () => {
        const el = create(target);
        el.setAttribute('src', `/__test/delay/400${file}?removed`);
        const events = errorsOf(el);
        let renders = 0;
        el.addEventListener('send-render', () => renders++);
        const w = mount(el);
        await aTimeout(50);
        el.remove();
        await aTimeout(600);
        faults++;
        expect(renders, 'no render while detached').to.equal(0);
        expect(events.length).to.equal(0);
        w.append(el);
        expect(await settled(el)).to.equal('ready');
        expect(renders).to.equal(1);
        w.remove();
      });

      it('a define module imported again (a second copy) does not throw and keeps the first class', async () => {
        const before = customElements.get(target.tag);
        const url = new URL(
          target.tag === 'send-test-chart'
            ? '../../../core/src/test/test-chart.js'
            : `../../src/${target.tag.replace(/^send-/, '')}/define.ts`,
          import.meta.url,
        );
        if (target.tag !== 'send-test-chart') {
          await import(`${url.href}?copy=${Date.now()}`);
          faults++;
        }
        expect(customElements.get(target.tag)).to.equal(before);
      });

      it('300 attach/detach cycles and 200 data updates release every observer and listener', async function () {
        this.timeout(60_000);
        await aTimeout(50);
        const base = { resize: live.resize.size, mutation: live.mutation.size, listeners: globalListeners };
        const el = create(target);
        el.data = target.valid();
        const w = document.createElement('div');
        document.body.append(w);
        for (let i = 0; i < 300; i++) {
          w.append(el);
          await el.updateComplete;
          el.remove();
        }
        w.append(el);
        await settled(el);
        for (let i = 0; i < 200; i++) {
          el.data = target.valid();
          await el.updateComplete;
        }
        expect(el.state).to.equal('ready');
        el.remove();
        w.remove();
        await aTimeout(50);
        faults += 500;
        expect(live.resize.size, 'ResizeObservers still observing').to.equal(base.resize);
        expect(live.mutation.size, 'MutationObservers still observing').to.equal(base.mutation);
        expect(globalListeners, 'window/document listeners left behind').to.equal(base.listeners);
      });
    });
  }

  it('covers every target', () => {
    expect(ready.map((t) => t.tag)).to.deep.equal(TARGETS.map((t) => t.tag));
  });
});
