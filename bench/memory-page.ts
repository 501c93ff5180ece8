/**
 * Page script for bench/memory.bench.mjs: drives one element through data updates and
 * attach/detach cycles so the bench can read the heap between phases.
 */
import type { SendElement } from '@send-insight/core';
import { TARGETS } from '../packages/components/test/security/targets.js';

declare global {
  interface Window {
    benchSetup: (tag: string) => Promise<string>;
    benchUpdates: (n: number) => Promise<string>;
    benchCycles: (n: number) => Promise<string>;
    benchTeardown: () => Promise<void>;
  }
}

let el: SendElement | undefined;
let host: HTMLElement | undefined;
let rowsFor: () => Record<string, string | number>[] = () => [];

window.benchSetup = async (tag) => {
  const target = TARGETS.find((t) => t.tag === tag)!;
  await target.load();
  rowsFor = target.valid;
  host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  el = document.createElement(tag) as SendElement;
  el.setAttribute('heading', 'Memory');
  el.data = rowsFor();
  host.append(el);
  await el.updateComplete;
  return el.state;
};

window.benchUpdates = async (n) => {
  for (let i = 0; i < n; i++) {
    // a fresh array each time, with one count changed, as a dashboard polling for data would
    const rows = rowsFor();
    const first = rows[i % rows.length]!;
    for (const [k, v] of Object.entries(first)) if (typeof v === 'number' && v > 20) first[k] = v + (i % 3);
    el!.data = rows;
    await el!.updateComplete;
  }
  return el!.state;
};

window.benchCycles = async (n) => {
  for (let i = 0; i < n; i++) {
    el!.remove();
    await el!.updateComplete;
    host!.append(el!);
    await el!.updateComplete;
  }
  return el!.state;
};

window.benchTeardown = async () => {
  el?.remove();
  host?.remove();
  el = undefined;
  host = undefined;
};
