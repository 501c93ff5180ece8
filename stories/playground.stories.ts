import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { OUTCOME_CODES } from '@send-insight/data';
import '@send-insight/components';
import './playground/playground.js';
import type { SendPlayground } from './playground/playground.js';

interface Args {
  chart: string;
  example?: string;
}

const meta: Meta<Args> = {
  title: 'Your data/Playground',
  render: (a) => html`<send-playground chart=${a.chart} example=${a.example ?? nothing}></send-playground>`,
  args: { chart: 'send-need-breakdown' },
  argTypes: {
    chart: {
      control: 'select',
      options: [
        'send-deprivation-chart',
        'send-need-breakdown',
        'send-outcomes-radar',
        'send-priority-tracker',
        'send-indicator',
      ],
    },
    example: { control: 'select', options: [undefined, 'needs', 'needs-real', 'deprivation', 'outcomes', 'actions'] },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Paste a CSV (or drop a file, or give an address), pick a chart, match your columns, fix what the check reports, and copy an embed snippet that draws exactly the chart shown. Nothing you paste leaves your browser.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

// ---- helpers for the play functions ------------------------------------------------------

async function playgroundIn(canvasElement: HTMLElement): Promise<SendPlayground> {
  const el = canvasElement.querySelector('send-playground');
  if (!el) throw new Error('send-playground is not on the page');
  await el.updateComplete;
  return el;
}

function part<T extends Element>(pg: SendPlayground, selector: string): T {
  const found = pg.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in the playground`);
  return found;
}

/**
 * Pastes into a text field inside the playground's shadow root the way the browser does (focus,
 * new value, an `input` event of type insertFromPaste, then `change`). user-event's own clear and
 * paste look for `document.activeElement`, which is the shadow host, so they cannot reach it.
 */
async function pasteInto(field: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<void> {
  await userEvent.click(field);
  field.focus();
  field.value = text;
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }),
  );
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

async function replaceText(pg: SendPlayground, text: string): Promise<void> {
  await pasteInto(part<HTMLTextAreaElement>(pg, '#csv'), text);
}

type Chart = HTMLElement & { state: string; summary: string; toCsv(): string };

async function readyChart(pg: SendPlayground): Promise<Chart> {
  let chart: Chart | undefined;
  await waitFor(
    () => {
      chart = pg.previewElement as Chart | undefined;
      expect(chart?.state).toBe('ready');
    },
    { timeout: 5000 },
  );
  return chart!;
}

/** Puts the script-tag snippet's element on the page (as a web team would) and waits for it to draw. */
async function renderSnippet(
  canvasElement: HTMLElement,
  snippet: string,
): Promise<{ chart: Chart; host: HTMLElement }> {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const found = doc.body.querySelectorAll(
    'send-deprivation-chart, send-need-breakdown, send-outcomes-radar, send-priority-tracker, send-indicator',
  );
  expect(found.length, 'the snippet holds exactly one chart').toBe(1);
  const host = document.createElement('div');
  canvasElement.append(host);
  const chart = document.importNode(found[0]!, true) as Chart;
  host.append(chart);
  await waitFor(() => expect(chart.state).toBe('ready'), { timeout: 5000 });
  return { chart, host };
}

const outcomesCsv = (respondents: (i: number) => string) =>
  [
    'outcome,group,period,respondents,agree',
    ...OUTCOME_CODES.map((o, i) => `${o},Parents and carers,2025,${respondents(i)},${20 + i}`),
  ].join('\n');

// ---- stories ----------------------------------------------------------------------------

/** A blank playground: what an analyst sees first. */
export const Start: Story = {};

/** Loaded with the illustrative needs example. */
export const FromExample: Story = {
  args: { example: 'needs' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await readyChart(pg);
    expect(pg.snippets?.html).toContain('<send-need-breakdown');
    // options that name data values offer the values in the data
    const phase = part<HTMLSelectElement>(pg, '#opt-phase');
    expect([...phase.options].map((o) => o.value)).toEqual(['', 'primary', 'secondary', 'special']);
    await userEvent.selectOptions(phase, 'secondary');
    await waitFor(() => expect(pg.previewElement?.getAttribute('phase')).toBe('secondary'));
    const chart = await readyChart(pg);
    expect(chart.summary).toMatch(/secondary/i);
    expect(pg.snippets!.html).toContain('phase="secondary"');
  },
};

/** A file exactly as the Department for Education publishes it, read with the `ees-ehc-plans-by-need` preset for Wolverhampton. */
export const PublishedFile: Story = {
  args: { example: 'needs-real' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    const chart = await readyChart(pg);
    expect(pg.cleaned!.header).toEqual(expect.arrayContaining(['geography', 'phase', 'provision', 'need', 'pupils']));
    expect(chart.summary.length).toBeGreaterThan(20);
  },
};

/**
 * Whether a select's closed box shows the whole of its chosen option: the option's text, measured in the
 * select's own font, within the box less its padding, borders and the arrow (20 px).
 */
function selectCut(select: HTMLSelectElement): string | undefined {
  const style = getComputedStyle(select);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const shown = select.selectedOptions[0]?.text ?? '';
  const room =
    select.getBoundingClientRect().width -
    ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce(
      (sum, side) => sum + parseFloat(style[side as 'paddingLeft']),
      0,
    ) -
    20;
  const width = context.measureText(shown).width;
  return width > room
    ? `#${select.id} shows "${shown}" (${Math.round(width)} px) in ${Math.round(room)} px`
    : undefined;
}

/**
 * On a phone (288 px, a 320 px screen less the page's margins), with a published file chosen from the examples:
 * every select shows the whole of its chosen option and sits inside the playground with its label. Before, the
 * preset's select cut "EHC plans by primary type of need (DfE)" short, and in the column table each select was
 * about 105 px wide, showing "geography (" and "phase (autor".
 */
export const OnAPhone: Story = {
  decorators: [(story) => html`<div style="max-width: 288px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.selectOptions(part(pg, '#example'), 'needs-real');
    await readyChart(pg);
    expect(part<HTMLInputElement>(pg, '#preset-ees-ehc-plans-by-need').checked).toBe(true);
    const box = pg.getBoundingClientRect();
    const selects = [...pg.shadowRoot!.querySelectorAll('select')];
    expect(selects.length, 'the example, column, theme and option selects').toBeGreaterThan(8);
    for (const select of selects) {
      expect(selectCut(select)).toBeUndefined();
      const label = select.labels[0];
      expect(label, `#${select.id} has a label`).toBeDefined();
      for (const r of [select.getBoundingClientRect(), label!.getBoundingClientRect()])
        expect(r.right, `#${select.id} and its label inside the playground`).toBeLessThanOrEqual(box.right + 0.5);
    }
    for (const radio of pg.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="preset"]')) {
      expect(radio.labels![0]!.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5);
      // a wrapped label keeps to its column: every line starts right of the radio (the second ran back under it)
      const lines = [...radio.labels![0]!.getClientRects()];
      const right = radio.getBoundingClientRect().right;
      for (const line of lines) expect(line.left, `"${radio.labels![0]!.textContent}"`).toBeGreaterThan(right);
    }
    // the local authority is a text box offering the file's areas (a select cut the longest names, such as
    // Bournemouth, Christchurch and Poole, at 288 px); the one chosen is written in full under it, wrapped
    const area = part<HTMLInputElement>(pg, '#area');
    expect(area.tagName).toBe('INPUT');
    const offered = [...pg.shadowRoot!.querySelectorAll<HTMLOptionElement>('#areas option')];
    expect(offered.length).toBeGreaterThan(1);
    const longest = offered.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    area.value = longest.value;
    area.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(part(pg, '#area-chosen').textContent).toBe(`${longest.text} (${longest.value})`));
    const chosen = part(pg, '#area-chosen').getBoundingClientRect();
    expect(chosen.right).toBeLessThanOrEqual(box.right + 0.5);
    const shown = part(pg, '#area-chosen');
    expect(shown.scrollWidth, `"${longest.text}" whole`).toBeLessThanOrEqual(shown.clientWidth);
  },
};

/**
 * End to end, as a new analyst would: paste a CSV with a mistake, read the message naming the
 * row and the column, fix it, get a chart, and check the copied snippet draws the same chart.
 */
export const PasteFixAndEmbed: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement, step }) => {
    const pg = await playgroundIn(canvasElement);
    await step('choose the outcomes radar', async () => {
      await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    });
    await step('paste a CSV with a word where a count should be', async () => {
      // row 4 of the sheet (the third outcome) says "forty" respondents
      await replaceText(
        pg,
        outcomesCsv((i) => (i === 2 ? 'forty' : String(40 + i))),
      );
      await waitFor(() => expect(part(pg, '.summary').textContent).toMatch(/1 problem to fix/));
      const cells = [...part(pg, 'table.issues tbody tr').querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells[0]).toBe('4');
      expect(cells[1]).toBe('respondents');
      expect(cells[2]).toBe('forty');
      expect(cells[3]).toMatch(/whole number/);
      expect(pg.previewElement).toBeNull();
      expect(pg.snippets).toBeUndefined();
    });
    await step('fix it and get a chart', async () => {
      await replaceText(
        pg,
        outcomesCsv((i) => String(40 + i)),
      );
      await waitFor(() => expect(part(pg, '.summary').textContent).toMatch(/ready: 8 rows/));
      await readyChart(pg);
    });
    await step('set a heading and a theme', async () => {
      await pasteInto(part<HTMLInputElement>(pg, '#opt-heading'), 'Parents & carers say "yes" <2025>');
      await userEvent.selectOptions(part(pg, '#opt-theme'), 'council');
      await waitFor(() => expect(pg.previewElement?.getAttribute('theme')).toBe('council'));
      expect(pg.previewElement?.getAttribute('heading')).toBe('Parents & carers say "yes" <2025>');
    });
    await step('the snippet draws exactly the chart shown', async () => {
      const preview = await readyChart(pg);
      const snippet = part<HTMLTextAreaElement>(pg, '#snippet-html').value;
      expect(snippet).toContain('heading="Parents &amp; carers say &quot;yes&quot; &lt;2025&gt;"');
      const { chart, host } = await renderSnippet(canvasElement, snippet);
      expect(chart.getAttribute('heading')).toBe('Parents & carers say "yes" <2025>');
      expect(chart.summary).toBe(preview.summary);
      expect(chart.toCsv()).toBe(preview.toCsv());
      host.remove();
      const npm = part<HTMLTextAreaElement>(pg, '#snippet-npm').value;
      const data = /chart\.data = (".*");/.exec(npm)?.[1];
      expect(JSON.parse(data!)).toBe(pg.cleaned!.csv);
    });
  },
};

/** What an analyst sees when the file has mistakes: each one with its row, column, value and the fix. */
export const ShowsMistakes: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    const csv = outcomesCsv((i) => (i === 2 ? 'forty' : String(40 + i))).replace('\nhappy,', '\ncheerful,');
    await replaceText(pg, csv);
    await waitFor(() => expect(part(pg, '.summary').textContent).toMatch(/2 problems to fix/));
    const rows = [...pg.shadowRoot!.querySelectorAll('table.issues tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).toContainEqual([expect.any(String), 'outcome', 'cheerful', expect.stringMatching(/voice_heard/)]);
    expect(rows).toContainEqual(['4', 'respondents', 'forty', expect.stringMatching(/whole number/)]);
    expect(part(pg, '#step-embed').parentElement!.textContent).toMatch(/once the data has no problems/);
  },
};

/** A CSV file chosen from the computer (the same path as dropping it on the first box). */
export const FromAFile: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    const file = new File(['\uFEFF' + outcomesCsv((i) => String(30 + i))], 'survey 2025.csv', { type: 'text/csv' });
    await userEvent.upload(part<HTMLInputElement>(pg, '#file'), file);
    await waitFor(() =>
      expect(part(pg, '[role="status"].status').textContent).toMatch(/Read 8 rows from the file survey 2025\.csv/),
    );
    await readyChart(pg);
    expect(pg.cleaned!.csv.startsWith('outcome,group,period,respondents,agree\n')).toBe(true);
  },
};

/** Data loaded from an address: the embed can carry the cleaned data or read the same address with `src`. */
export const FromAnAddress: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    // a blob: address stands in for a file on the council's site (no network is used)
    const csv = outcomesCsv((i) => String(60 + i)).replace('respondents', 'asked');
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      await pasteInto(part<HTMLInputElement>(pg, '#url'), url);
      await userEvent.click(part(pg, 'form.url button'));
      await waitFor(() => expect(part(pg, '.summary').textContent).toMatch(/problem/));
      await userEvent.selectOptions(part(pg, '#map-respondents'), 'asked');
      const inline = await readyChart(pg);
      const inlineSummary = inline.summary;
      expect(pg.snippets!.html).toContain('<script type="text/csv">');
      await userEvent.click(part(pg, '#mode-src'));
      await waitFor(() => expect(pg.previewElement?.getAttribute('src')).toBe(url));
      const fromSrc = await readyChart(pg);
      expect(fromSrc.summary).toBe(inlineSummary);
      const snippet = pg.snippets!.html;
      expect(snippet).toContain(`src="${url}"`);
      expect(snippet).toContain('columns="{&quot;respondents&quot;:&quot;asked&quot;}"');
      expect(snippet).not.toContain('text/csv');
      const { chart, host } = await renderSnippet(canvasElement, snippet);
      expect(chart.summary).toBe(inlineSummary);
      host.remove();
    } finally {
      URL.revokeObjectURL(url);
    }
  },
};

/** Headers that differ from the contract: the check says which column is missing and the drop-down maps it. */
export const MapColumns: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    await replaceText(pg, outcomesCsv((i) => String(50 + i)).replace('respondents', 'Number asked'));
    await waitFor(() => expect(part(pg, 'table.issues').textContent).toMatch(/respondents/));
    await userEvent.selectOptions(part(pg, '#map-respondents'), 'Number asked');
    await readyChart(pg);
    expect(pg.cleaned!.header).toContain('respondents');
    expect(pg.snippets!.html).not.toContain('Number asked');
  },
};

/** Text that would break out of a `<script>` element is carried safely, and the chart shows it as text. */
export const HostileText: Story = {
  args: { chart: 'send-outcomes-radar' },
  play: async ({ canvasElement }) => {
    const pg = await playgroundIn(canvasElement);
    await userEvent.click(part(pg, '#chart-send-outcomes-radar'));
    const group = 'Parents </script><img src=x onerror="window.__pwned=1"> <!-- & carers';
    const csv = [
      'outcome,group,period,respondents,agree',
      ...OUTCOME_CODES.map((o, i) => `${o},"${group.replace(/"/g, '""')}",2025,${40 + i},${20 + i}`),
    ].join('\n');
    await replaceText(pg, csv);
    await readyChart(pg);
    const snippet = pg.snippets!.html;
    expect(snippet).toContain('<script type="application/json">');
    expect(snippet.toLowerCase().split('</script').length - 1, 'only the snippet’s own two script elements close').toBe(
      2,
    );
    const { chart, host } = await renderSnippet(canvasElement, snippet);
    expect(host.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(chart.toCsv()).toContain('</script><img');
    host.remove();
  },
};
