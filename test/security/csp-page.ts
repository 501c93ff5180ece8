/**
 * Page script for the strict-CSP check (bundled by test/security/csp.mjs and served with
 * `script-src 'self'; style-src 'self'`). For the element named by `?tag=`, it draws the same
 * valid data three ways (the `data` property, a child `<script type="text/csv">`, `src`), adds
 * one with bad data (error state), then `window.sendCspExercise()` drives every path that could
 * need eval or inline style: table view, keyboard focus and tooltip, themes, SVG, PNG and CSV
 * exports. The harness reads `securitypolicyviolation` events it recorded before any script ran.
 */
import type { SendElement } from '@send-insight/core';
import { TARGETS, toCsvText } from '../../packages/components/test/security/targets.js';

declare global {
  interface Window {
    sendCspReady?: Promise<string[]>;
    sendCspExercise?: () => Promise<string[]>;
  }
}

const FINAL = ['ready', 'empty', 'suppressed', 'error'];

async function settle(el: SendElement): Promise<void> {
  const start = performance.now();
  while (!FINAL.includes(el.state)) {
    if (performance.now() - start > 15_000) throw new Error(`${el.localName}#${el.id} stuck in ${el.state}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

/** Mounts the element three ways (plus a bad-data one) and resolves once all have settled. */
async function mount(tag: string): Promise<string[]> {
  const target = TARGETS.find((t) => t.tag === tag);
  if (!target) throw new Error(`unknown tag ${tag}`);
  await target.load();
  const main = document.querySelector('main')!;
  const make = (id: string) => {
    const el = document.createElement(tag) as SendElement;
    el.id = id;
    el.setAttribute('heading', `${tag} (${id})`);
    el.setAttribute('source', 'Illustrative data');
    el.setAttribute('loading-delay', '0');
    for (const [k, v] of Object.entries(target.attributes ?? {})) el.setAttribute(k, v);
    return el;
  };
  const byProperty = make('property');
  byProperty.data = target.valid();
  const byScript = make('script');
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = toCsvText(target.valid());
  byScript.append(script);
  const bySrc = make('src');
  bySrc.setAttribute('src', `/data/${tag}.csv`);
  const bad = make('bad');
  const rows = target.valid();
  rows[1]![target.mappable] = 'not a number';
  bad.data = rows;
  const variants = (target.variants ?? []).map((attributes, i) => {
    const el = make(`variant-${i + 1}`);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    el.data = target.valid();
    return el;
  });
  const all = [byProperty, byScript, bySrc, bad, ...variants];
  main.append(...all);
  await Promise.all(all.map(settle));
  return all.map((el) => `${el.id}:${el.state}`);
}

async function exercise(): Promise<string[]> {
  const done: string[] = [];
  for (const el of Array.from(document.querySelectorAll<SendElement>('main > *'))) {
    if (el.state !== 'ready') continue;
    el.view = 'table';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('th button')?.click();
    await el.updateComplete;
    el.view = 'chart';
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]');
    plot?.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'End']) {
      plot?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
    done.push(`${el.id}:tooltip=${tooltip && !tooltip.hidden && tooltip.textContent ? 'shown' : 'none'}`);
    const svg = await el.toSvg();
    const png = await el.toPng(1);
    await el.tableReady();
    const csv = el.toCsv();
    done.push(`${el.id}:svg=${svg.length},png=${png?.size ?? 0},csv=${csv.length}`);
    for (const theme of ['council', 'nhs', 'high-contrast', 'dark']) {
      el.setAttribute('theme', theme);
      await el.updateComplete;
    }
    el.style.width = '320px';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  }
  return done;
}

const tag = new URLSearchParams(location.search).get('tag');
if (tag) {
  window.sendCspReady = mount(tag);
  window.sendCspExercise = exercise;
}
