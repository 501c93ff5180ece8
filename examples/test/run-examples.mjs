#!/usr/bin/env node
/**
 * Browser tests for the examples (run by `npm test`, or `node examples/test/run-examples.mjs`):
 * builds the CDN file and the React app, serves the examples with the strict CSP, and checks each
 * page in headless Chromium: no CSP violation, no console error, the charts drawn with the
 * figures computed from the CSV files; the board paper's PDF page by page with pdftoppm.
 * Screenshots at 1280 and 320 px go to $EXAMPLES_SCREENSHOTS (default /tmp/send-insight-examples).
 * `--no-build` reuses existing builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf } from '../board-paper/make-pdf.mjs';
import { areaDashboardTests } from './area-dashboard.mjs';
import { boardPaperTests } from './board-paper.mjs';
import { startServer } from '../serve.mjs';
import { chartsSettled, launch, openPage, violations } from './browser.mjs';
import {
  deprivationRate,
  ehcNeedShare,
  englandNeedShare,
  neighbourhoods,
  outcomeAgree,
  planCounts,
} from './figures.mjs';
import { assert, assertEqual, run, test } from './harness.mjs';
import { darkShare, pageGrey, pageText, pdfInfo } from './pdf-pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = process.env.EXAMPLES_SCREENSHOTS || '/tmp/send-insight-examples';
mkdirSync(SHOTS, { recursive: true });

function sh(label, cmd, args) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.stdout;
}

const bin = (n) => join(ROOT, 'node_modules/.bin', n);
if (!process.argv.includes('--no-build')) {
  sh('CDN build', process.execPath, ['packages/send-insight/scripts/build-cdn.mjs']);
  if (existsSync(join(ROOT, 'examples/icb-intranet/vite.config.ts')))
    sh('React example build', bin('vite'), ['build', '-c', 'examples/icb-intranet/vite.config.ts']);
}

const server = await startServer({ port: 0 });
const browser = await launch();
const clean = async (page, log, where) => {
  const csp = await violations(page);
  assertEqual(csp, [], `${where}: CSP violations`);
  assertEqual(log.pageErrors, [], `${where}: uncaught exceptions`);
  assertEqual(log.consoleErrors, [], `${where}: console errors`);
  assertEqual(log.failedRequests, [], `${where}: failed requests`);
  assertEqual(log.foreignRequests, [], `${where}: requests to other origins`);
};
const byId = (charts, id) => {
  const c = charts.find((x) => x.id === id);
  assert(c, `no chart #${id}`);
  return c;
};

// ---- council site -------------------------------------------------------------------------

test('council site: served with the strict CSP header', async () => {
  const res = await fetch(`${server.url}/council-site/`);
  assertEqual(
    res.headers.get('content-security-policy'),
    "default-src 'self'; script-src 'self'; style-src 'self'",
    'CSP header',
  );
  const html = await res.text();
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'the page has an inline script');
  assert(!/\sstyle=/i.test(html), 'the page has an inline style attribute');
  assert(
    /<script src="vendor\/send-insight\.iife\.js" defer><\/script>/.test(html),
    'the page loads the classic script',
  );
});

for (const width of [1280, 320]) {
  test(`council site at ${width} px: five charts, zero CSP violations, zero console errors, right figures`, async () => {
    const { page, log } = await openPage(browser, `${server.url}/council-site/`, { width });
    const charts = await chartsSettled(page);
    await page.screenshot({ path: join(SHOTS, `council-site-${width}.png`), fullPage: true });
    assertEqual(
      charts.map((c) => `${c.tag}:${c.state}`),
      [
        'send-need-breakdown:ready',
        'send-deprivation-chart:ready',
        'send-deprivation-chart:ready',
        'send-outcomes-radar:ready',
        'send-priority-tracker:ready',
      ],
      'chart states',
    );
    // needs: real DfE figures for Wolverhampton against England
    const needs = byId(charts, 'chart-needs');
    const slcn = ehcNeedShare('E08000031', 'number_slcn');
    const asd = ehcNeedShare('E08000031', 'number_asd');
    const asdEngland = englandNeedShare('number_asd');
    assert(needs.summary.includes(slcn), `needs summary should give SLCN ${slcn}: ${needs.summary}`);
    assert(
      needs.summary.includes(`${asd} against ${asdEngland}`),
      `needs summary should compare ASD ${asd} with England ${asdEngland}: ${needs.summary}`,
    );
    assert(needs.text.includes(slcn) && needs.text.includes(asd), 'needs chart labels show the shares');
    // deprivation: SEN support per 100 pupils, most and least deprived deciles
    const dep = byId(charts, 'chart-deprivation');
    assert(
      dep.summary.includes(
        `${deprivationRate(1)} per 100 pupils in the most deprived tenth against ${deprivationRate(10)}`,
      ),
      `deprivation summary: ${dep.summary}`,
    );
    // deprivation context: the real IoD2019 rows, read by the preset (loaded inside the classic script)
    const ctx = byId(charts, 'chart-context');
    const n = neighbourhoods('E08000031');
    assert(
      ctx.summary.includes(`${n.total} neighbourhoods`) &&
        ctx.summary.includes(`${n.mostDeprived} of them (${n.share})`),
      `context summary (${n.total}, ${n.mostDeprived}, ${n.share}): ${ctx.summary}`,
    );
    // outcomes: % agreeing for children and young people, 2025
    const out = byId(charts, 'chart-outcomes');
    const safe = outcomeAgree('safe', 'Children and young people (HY5!)', '2025');
    const voice = outcomeAgree('voice_heard', 'Children and young people (HY5!)', '2025');
    assert(
      out.summary.includes(`‘Safe’ (${safe})`) && out.summary.includes(`‘Voice heard’ (${voice})`),
      `outcomes summary (${safe}, ${voice}): ${out.summary}`,
    );
    // plan: counts of actions and priorities in the first plan
    const plan = byId(charts, 'chart-plan');
    const p = planCounts();
    assert(
      plan.summary.includes(`${p.actions} actions across ${p.priorities} priorities`) &&
        plan.summary.includes(`${p.complete} complete`),
      `plan summary (${p.actions}, ${p.priorities}, ${p.complete}): ${plan.summary}`,
    );
    assert(plan.summary.includes('1 October 2025'), `plan summary is as of the page's date: ${plan.summary}`);
    await clean(page, log, `council site ${width}px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
    await page.close();
  });
}

test('council site: the ES module and the classic script together register each element once, without errors', async () => {
  const url = `${server.url}/council-site/both-bundles.html`;
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Both bundles</title><link rel="icon" href="favicon.svg">
<script type="module" src="vendor/send-insight.js"></script>
<script src="vendor/send-insight.iife.js" defer></script></head>
<body><send-outcomes-radar id="o" src="data/outcomes-survey.csv" heading="Outcomes"></send-outcomes-radar></body></html>`;
  const { page: tab, log } = await openPage(browser, url, {
    intercept: (u) =>
      u === url
        ? {
            status: 200,
            contentType: 'text/html',
            headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
            body: page,
          }
        : undefined,
  });
  const charts = await chartsSettled(tab);
  assertEqual(
    charts.map((c) => c.state),
    ['ready'],
    'state',
  );
  const defined = await tab.evaluate(() =>
    [
      'send-deprivation-chart',
      'send-need-breakdown',
      'send-outcomes-radar',
      'send-priority-tracker',
      'send-indicator',
      'send-dashboard',
    ].map((t) => !!customElements.get(t)),
  );
  assertEqual(defined, [true, true, true, true, true, true], 'all six defined');
  await clean(tab, log, 'both bundles');
  await tab.close();
});

test('council site: a broken CSV shows the error state naming the row and column, with no console error', async () => {
  const url = `${server.url}/council-site/broken.html`;
  const csv = 'outcome,group,period,respondents,agree\nvoice_heard,Parents,2025,120,fifty\n';
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Broken</title><link rel="icon" href="favicon.svg"><script src="vendor/send-insight.iife.js" defer></script></head>
<body><send-outcomes-radar id="o" src="data/broken.csv" heading="Outcomes"></send-outcomes-radar></body></html>`;
  const csp = { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" };
  const { page, log } = await openPage(browser, url, {
    intercept: (u) =>
      u === url
        ? { status: 200, contentType: 'text/html', headers: csp, body: html }
        : u.endsWith('/data/broken.csv')
          ? { status: 200, contentType: 'text/csv', headers: csp, body: csv }
          : undefined,
  });
  const [chart] = await chartsSettled(page);
  assertEqual(chart.state, 'error', 'state');
  const alert = await page.evaluate(
    () => document.querySelector('send-outcomes-radar').shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
  );
  assert(/column "agree", row 2/.test(alert), `the alert names the cell: ${alert}`);
  await clean(page, log, 'broken CSV');
  await page.close();
});

/** Focuses a chart's plot, moves with the arrow keys and presses Enter; returns the labels of send-select events. */
async function selectByKeyboard(page, selector, keys) {
  await page.evaluate(() => {
    window.__selected = [];
    document.addEventListener('send-select', (e) => window.__selected.push(e.detail.label));
  });
  const plot = await page.evaluateHandle(
    (sel) => document.querySelector(sel).shadowRoot.querySelector('[part~="plot"]'),
    selector,
  );
  await plot.focus();
  for (const key of keys) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__selected.length > 0, { timeout: 5_000 });
  return page.evaluate(() => window.__selected);
}

test('council site: choosing a point with the keyboard shows the tooltip without any CSP violation', async () => {
  const { page, log } = await openPage(browser, `${server.url}/council-site/`, { width: 1280 });
  await chartsSettled(page);
  const labels = await selectByKeyboard(page, '#chart-deprivation', ['ArrowRight']);
  assert(labels.length === 1 && /decile/i.test(labels[0]), `one send-select for a decile: ${labels}`);
  const tooltip = await page.evaluate(
    () =>
      document.querySelector('#chart-deprivation').shadowRoot.querySelector('[part~="tooltip"]')?.textContent?.trim() ??
      '',
  );
  assert(tooltip.length > 0, 'the tooltip shows');
  await clean(page, log, 'council site keyboard');
  await page.close();
});

// ---- area dashboard (the whole published files) ---------------------------------------------

areaDashboardTests({ server, browser, clean, shots: SHOTS });

// ---- ICB intranet (React) --------------------------------------------------------------------

test('icb intranet: the typed JSX declarations type-check the app (tsc)', async () => {
  sh('tsc examples/icb-intranet', bin('tsc'), ['-p', 'examples/icb-intranet/tsconfig.json']);
});

for (const width of [1280, 320]) {
  test(`icb intranet at ${width} px: built React app loads with the NHS theme, data passed as properties, no errors`, async () => {
    const { page, log } = await openPage(browser, `${server.url}/icb-intranet/`, { width });
    const charts = await chartsSettled(page);
    await page.screenshot({ path: join(SHOTS, `icb-intranet-${width}.png`), fullPage: true });
    assertEqual(
      charts.map((c) => `${c.id}:${c.state}`),
      ['chart-needs:ready', 'chart-deprivation:ready', 'chart-outcomes:ready', 'chart-plan:ready'],
      'chart states',
    );
    const props = await page.evaluate(() =>
      [...document.querySelectorAll('[id^="chart-"]')].map((el) => ({
        array: Array.isArray(el.data),
        attribute: el.hasAttribute('data'),
        theme: el.getAttribute('theme'),
      })),
    );
    assert(
      props.every((p) => p.array && !p.attribute && p.theme === 'nhs'),
      `data set as an array property, theme nhs: ${JSON.stringify(props)}`,
    );
    const dep = byId(charts, 'chart-deprivation');
    assert(
      dep.summary.includes(
        `${deprivationRate(1)} per 100 pupils in the most deprived tenth against ${deprivationRate(10)}`,
      ),
      `deprivation summary: ${dep.summary}`,
    );
    const p = planCounts();
    assert(
      byId(charts, 'chart-plan').summary.includes(`${p.actions} actions across ${p.priorities} priorities`),
      'plan summary counts',
    );
    await clean(page, log, `icb intranet ${width}px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
    await page.close();
  });
}

test('icb intranet: choosing a need with the keyboard fills the side panel (send-select drives React state)', async () => {
  const { page, log } = await openPage(browser, `${server.url}/icb-intranet/`, { width: 1280 });
  await chartsSettled(page);
  const before = await page.$eval('#panel-body', (el) => el.textContent);
  assert(before.includes('Nothing selected yet.'), 'the panel starts empty');
  const labels = await selectByKeyboard(page, '#chart-needs', ['ArrowRight', 'ArrowDown']);
  await page.waitForSelector('#panel-label');
  const panel = await page.$eval('#panel-label', (el) => el.textContent);
  assertEqual(panel, labels[labels.length - 1], 'the panel shows the chosen point');
  assert(/\d+(\.\d)?%/.test(panel), `the panel label carries the share: ${panel}`);
  const chart = await page.$eval('.panel__chart', (el) => el.textContent);
  assertEqual(chart, 'Primary type of need', 'the panel names the chart');
  const fields = await page.$eval('.panel__fields', (el) => el.textContent);
  assert(/share\s*\d+\.\d%/.test(fields), `the panel gives shares as percentages: ${fields}`);
  await page.screenshot({ path: join(SHOTS, 'icb-intranet-selected.png') });
  // a suppressed need: the panel says so and shows no count. All phases together show every need
  // (the small counts are protected inside the phases), so look in special schools
  await page.evaluate(() => {
    // the chart's own phase selector (the app offers none of its own)
    const select = document.querySelector('#chart-needs').shadowRoot.querySelector('select[id$="-phase"]');
    select.value = 'special';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await chartsSettled(page);
  const plot = await page.evaluateHandle(() =>
    document.querySelector('#chart-needs').shadowRoot.querySelector('[part~="plot"]'),
  );
  await plot.focus();
  let status = '';
  for (let i = 0; i < 14 && status !== 'suppressed'; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    status = await page.$eval('#panel-body', (el) => (/status\s*suppressed/.test(el.textContent) ? 'suppressed' : ''));
  }
  assertEqual(status, 'suppressed', 'reached a suppressed need');
  const suppressedPanel = await page.$eval('#panel-body', (el) => el.textContent);
  assert(!/pupils/.test(suppressedPanel), `the panel shows no count for a suppressed need: ${suppressedPanel}`);
  await clean(page, log, 'icb intranet selection');
  await page.close();
});

test('icb intranet: the React provision selector sets the element property and the chart redraws, with one phase selector on the page', async () => {
  const { page, log } = await openPage(browser, `${server.url}/icb-intranet/`, { width: 1280 });
  await chartsSettled(page);
  // the chart's own phase selector is the only one: the app does not offer a second
  const phaseSelectors = await page.evaluate(() => {
    // a select's own label words (a wrapping label also holds the option texts)
    const named = (s) =>
      [...(s.labels?.[0]?.childNodes ?? [])]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(' ');
    const selects = [
      ...document.querySelectorAll('select'),
      ...document.querySelector('#chart-needs').shadowRoot.querySelectorAll('select'),
    ];
    return selects.filter((s) => /phase/i.test(named(s))).length;
  });
  assertEqual(phaseSelectors, 1, 'phase selectors on the page');
  const before = await page.$eval('#chart-needs', (el) => el.summary);
  await page.select('#provision', 'ehc_plan');
  await page.waitForFunction(
    (old) => document.querySelector('#chart-needs').summary !== old,
    { timeout: 5_000 },
    before,
  );
  const after = await page.$eval('#chart-needs', (el) => ({
    provision: el.provision,
    summary: el.summary,
    state: el.state,
  }));
  assertEqual([after.provision, after.state], ['ehc_plan', 'ready'], 'provision property and state');
  assert(/EHC plan/i.test(after.summary), `the summary is about EHC plans: ${after.summary}`);
  await clean(page, log, 'icb intranet provision');
  await page.close();
});

// ---- board paper (A4 PDF) ---------------------------------------------------------------------

const PDF = join(SHOTS, 'board-paper.pdf');
let printed;
test('board paper: make-pdf.mjs prints it through headless Chromium with every chart ready, no CSP violation or error', async () => {
  printed = await makePdf({ out: PDF, browser });
  assertEqual(
    printed.charts.map((c) => c.state),
    ['ready', 'ready', 'ready', 'ready', 'ready', 'ready'],
    'chart states',
  );
  assertEqual(printed.csp, [], 'CSP violations');
  assertEqual(printed.errors, [], 'console errors and failed requests');
});

test('board paper: every page is A4, has content, and nothing is cut off at the page edge (pdftoppm)', async () => {
  assert(printed, 'the PDF was not made');
  const info = pdfInfo(PDF);
  assert(info.pages >= 5, `expected at least 5 pages, got ${info.pages}`);
  assert(
    Math.abs(info.width - 595.3) < 2 && Math.abs(info.height - 841.9) < 2,
    `A4 pages: ${info.width} x ${info.height} pt`,
  );
  const dpi = 50;
  const mm = dpi / 25.4;
  for (let p = 1; p <= info.pages; p++) {
    const img = pageGrey(PDF, p, dpi);
    const band = Math.round(5 * mm); // the outer 5 mm must be blank: the margins are 16 mm
    const content = darkShare(img, band, band, img.width - band, img.height - band);
    assert(content > 0.002, `page ${p} looks blank (${(content * 100).toFixed(2)}% dark)`);
    const edges = [
      darkShare(img, 0, 0, img.width, band),
      darkShare(img, 0, img.height - band, img.width, img.height),
      darkShare(img, 0, 0, band, img.height),
      darkShare(img, img.width - band, 0, img.width, img.height),
    ];
    assert(
      edges.every((e) => e === 0),
      `page ${p}: ink within 5 mm of the edge (top, bottom, left, right: ${edges.map((e) => (e * 100).toFixed(2) + '%').join(', ')})`,
    );
  }
  // the first page is not left mostly blank by a page break: its lower half has text too
  const first = pageGrey(PDF, 1, dpi);
  const lowerHalf = darkShare(first, 0, Math.round(first.height / 2), first.width, first.height - Math.round(20 * mm));
  assert(lowerHalf > 0.004, `page 1 is blank below the middle (${(lowerHalf * 100).toFixed(2)}% dark)`);
});

test('board paper: figures 1–3 each sit whole on one page (heading, summary and source together) with the right figures', async () => {
  assert(printed, 'the PDF was not made');
  const { pages } = pdfInfo(PDF);
  const texts = Array.from({ length: pages }, (_, i) => pageText(PDF, i + 1).replace(/\s+/g, ' '));
  const pageOf = (needle) => texts.findIndex((t) => t.includes(needle)) + 1;
  for (const [figure, source] of [
    ['Figure 1.', 'Source: Department for Education'],
    ['Figure 2.', 'Source: Illustrative data modelled'],
    ['Figure 3.', 'Source: Illustrative survey results'],
  ]) {
    const at = pageOf(figure);
    assert(at > 0, `${figure} is missing from the PDF`);
    assert(texts[at - 1].includes(source), `${figure} is split: its source note is not on page ${at}`);
  }
  const fig1 = texts[pageOf('Figure 1.') - 1];
  const slcn = ehcNeedShare('E08000031', 'number_slcn');
  assert(
    fig1.includes(slcn) && fig1.includes(englandNeedShare('number_slcn')),
    `figure 1 shows SLCN ${slcn} and England`,
  );
  assert(
    texts[pageOf('Figure 2.') - 1].includes(`${deprivationRate(1)} per 100 pupils in the most deprived tenth`),
    'figure 2 summary figure',
  );
  assert(
    texts[pageOf('Figure 3.') - 1].includes(
      `‘Safe’ (${outcomeAgree('safe', 'Children and young people (HY5!)', '2025')})`,
    ),
    'figure 3 summary figure',
  );
  const p = planCounts();
  assert(
    texts[pageOf('Figure 4.') - 1].includes(`${p.actions} actions across ${p.priorities} priorities`),
    'figure 4 summary counts',
  );
  assert(
    texts.some((t) => t.includes('Table 1.') && t.includes('Decile 1')),
    'the SEN support table is printed',
  );
  assert(
    texts.some((t) => t.includes('Table 2.') && t.includes('Decile 1')),
    'the EHC plans table is printed',
  );
  // page 1: the key points are the charts' own summaries, filled in before printing
  assert(
    texts[0].includes('Key points') &&
      texts[0].includes(`${deprivationRate(1)} per 100 pupils in the most deprived tenth`),
    'page 1 carries the key points from the charts',
  );
  assert(
    texts.every((t, i) => t.includes(`Page ${i + 1} of ${pages}`)),
    'every page has its page number',
  );
});

test('board paper: the chart palette stays apart in greyscale (relative luminance differs by at least 0.1)', async () => {
  const { page, log } = await openPage(browser, `${server.url}/board-paper/`, { width: 800 });
  await chartsSettled(page);
  const colours = await page.evaluate(() => {
    const el = document.querySelector('#chart-needs');
    return [1, 2, 3, 4].map((n) => getComputedStyle(el).getPropertyValue(`--send-color-${n}`).trim());
  });
  const lum = (hex) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const l = colours.map(lum);
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++)
      assert(
        Math.abs(l[i] - l[j]) >= 0.1 || Math.abs(Math.sqrt(l[i]) - Math.sqrt(l[j])) >= 0.1,
        `colours ${colours[i]} and ${colours[j]} are too close in greyscale`,
      );
  await page.screenshot({ path: join(SHOTS, 'board-paper-screen-800.png') });
  await clean(page, log, 'board paper on screen');
  await page.close();
});

boardPaperTests({ browser, server, pdf: () => (printed ? PDF : undefined) });

for (const width of [1280, 320]) {
  test(`board paper on screen at ${width} px: no sideways scroll`, async () => {
    const { page, log } = await openPage(browser, `${server.url}/board-paper/`, { width });
    await chartsSettled(page);
    await page.screenshot({ path: join(SHOTS, `board-paper-${width}.png`), fullPage: true });
    await clean(page, log, `board paper ${width}px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
    await page.close();
  });
}

try {
  await run(join(ROOT, '.examples-results.json'));
} finally {
  await browser.close();
  await server.close();
}
