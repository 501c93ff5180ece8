/**
 * Browser tests of examples/area-dashboard, the dashboard on the whole published files: registered
 * by run-examples.mjs, which serves the examples under the strict CSP. The figures expected are
 * worked out from the files themselves (real-figures.mjs); without the files the tests that need
 * them skip, saying so, except in CI, where that fails.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chartsSettled, openPage } from './browser.mjs';
import { assert, assertEqual, skip, test } from './harness.mjs';
import { pageText, pdfInfo } from './pdf-pages.mjs';
import { authorities, dashboardFiles, ehcPlans, needShares, neighbourhoods, timeliness } from './real-figures.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const IDS = ['plans', 'timeliness', 'independent', 'plans-trend', 'needs', 'children-in-need', 'context'];

/** Skips a test when the published files are absent (in CI their absence throws instead). */
function needFiles() {
  if (!dashboardFiles().present) skip('the published files are not in ../shared/data/real');
}

/** Opens the page and waits until the dashboard and every element in it have settled. */
async function openDashboard(browser, url, width) {
  const { page, log } = await openPage(browser, url, { width });
  await page.waitForFunction(() => document.querySelector('send-dashboard')?.state === 'ready', { timeout: 60_000 });
  const charts = await chartsSettled(page, 60_000);
  return { page, log, charts };
}

const chart = (charts, id) => {
  const c = charts.find((x) => x.id === id);
  assert(c, `no chart #${id}`);
  return c;
};

/** Types into the picker, presses Enter and waits for the dashboard's one announcement; returns it and everything else said meanwhile. */
async function choose(page, text) {
  await page.evaluate(() => {
    // what assistive technology would hear: new text in any live region, and any alert that appears
    const heard = (window.__heard = []);
    const dashboard = document.querySelector('send-dashboard');
    for (const root of [dashboard.shadowRoot, ...dashboard.elements.map((e) => e.shadowRoot)]) {
      const last = new Map(
        [...root.querySelectorAll('[aria-live], [role="status"]')].map((r) => [r, r.textContent.trim()]),
      );
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n.nodeType === 1 && (n.matches('[role="alert"]') || n.querySelector('[role="alert"]')))
              heard.push(`alert: ${n.textContent.trim().slice(0, 60)}`);
        for (const region of root.querySelectorAll('[aria-live], [role="status"]')) {
          const t = region.textContent.trim();
          if (t && t !== last.get(region)) heard.push(t);
          last.set(region, t);
        }
      }).observe(root, { childList: true, subtree: true, characterData: true });
    }
  });
  const input = await page.evaluateHandle(() =>
    document.querySelector('send-dashboard').shadowRoot.querySelector('input[role="combobox"]'),
  );
  await input.click({ clickCount: 3 });
  await input.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__heard.some((h) => h.startsWith('Showing')), { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 1000)); // anything else said would be said by now
  return page.evaluate(() => window.__heard);
}

/** Registers the area dashboard's tests. */
export function areaDashboardTests({ server, browser, clean, shots }) {
  const url = `${server.url}/area-dashboard/`;

  test('area dashboard: served with the strict CSP header, no inline script or style, the published files only by bare name', async () => {
    const res = await fetch(url);
    assertEqual(res.headers.get('content-security-policy'), CSP, 'CSP header');
    const html = await res.text();
    assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'the page has an inline script');
    assert(!/\sstyle=/i.test(html), 'the page has an inline style attribute');
    for (const bad of ['real/..%2FSOURCES.md', 'real/../../README.md', 'real/SOURCES.md'])
      assertEqual((await fetch(`${url}${bad}`)).status, 404, `real/ serves only published data files: ${bad}`);
  });

  test("area dashboard: the published files give issue #25's acceptance figures (the test's own reading of them)", () => {
    needFiles();
    const p = ehcPlans('E08000031');
    const t = timeliness('E08000031');
    const n = neighbourhoods('E08000031');
    assertEqual(
      [
        p.latest,
        p.change,
        t.period,
        t.area,
        t.england,
        n.total,
        n.mostDeprived,
        n.share,
        ehcPlans('E10000034').latest,
        authorities().size,
      ],
      ['3,148', '+10.6%', '2022', '25.7%', '49.2%', 158, 78, '49%', '6,970', 153],
      'figures',
    );
  });

  for (const width of [1280, 320]) {
    test(`area dashboard at ${width} px: seven elements from the published files, Wolverhampton's figures as published, no error or CSP violation, no sideways scroll`, async () => {
      needFiles();
      const { page, log, charts } = await openDashboard(browser, url, width);
      await page.screenshot({ path: join(shots, `area-dashboard-${width}.png`), fullPage: true });
      assertEqual(
        charts.map((c) => `${c.id}:${c.state}`),
        IDS.map((id) => `${id}:ready`),
        'element states',
      );
      const plans = ehcPlans('E08000031');
      assert(
        chart(charts, 'plans').summary.includes(
          `Wolverhampton, 2024/25: ${plans.latest}. Changed since 2023/24 (${plans.previous}): ${plans.by} (${plans.change})`,
        ),
        `plans ${plans.latest} (${plans.change}): ${chart(charts, 'plans').summary}`,
      );
      const rate = timeliness('E08000031');
      const t = chart(charts, 'timeliness').summary;
      assert(
        t.includes(`Wolverhampton, ${rate.period}: ${rate.area}`) && t.includes(`England: ${rate.england}`),
        `timeliness ${rate.area} in ${rate.period} against ${rate.england}: ${t}`,
      );
      const n = neighbourhoods('E08000031');
      const c = chart(charts, 'context').summary;
      assert(
        c.includes(`${n.total} neighbourhoods`) && c.includes(`${n.mostDeprived} of them (${n.share})`),
        `context ${n.total}, ${n.mostDeprived} (${n.share}): ${c}`,
      );
      // the need shares as published: every share the chart shows is the file's own percentage
      const csv = await page.evaluate(() => document.querySelector('#needs').toCsv());
      for (const need of needShares('E08000031')) {
        const row = csv.split('\n').find((line) => line.includes(`(${need.need})`));
        assert(row, `no row for ${need.need}`);
        if (need.count > 0 && need.count < 10)
          assert(
            row.includes('suppressed') && !row.includes(need.area),
            `${need.need} (${need.count}) is suppressed: ${row}`,
          );
        else if (!row.includes('suppressed'))
          assert(
            row.includes(`,${need.area},`) && row.includes(`,${need.england},`),
            `${need.need}: ${need.area} against England ${need.england} as published: ${row}`,
          );
      }
      await clean(page, log, `area dashboard ${width}px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
      const wide = await page.evaluate(() =>
        [document.querySelector('send-dashboard'), ...document.querySelector('send-dashboard').elements]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
          .map((e) => e.id || e.localName),
      );
      assertEqual(wide, [], `elements wider than the ${width} px viewport`);
      await page.close();
    });
  }

  test('area dashboard: the picker offers the 153 authorities of the 2025 needs file, and choosing Worcestershire shows its 6,970 plans in every element, fetching nothing again, said once', async () => {
    needFiles();
    const { page, log, charts } = await openDashboard(browser, url, 1280);
    const offered = await page.evaluate(() => document.querySelector('send-dashboard').areaOptions.map((a) => a.code));
    const expected = authorities();
    assertEqual(offered.length, expected.size, 'authorities offered');
    assert(
      offered.every((code) => expected.has(code)),
      'every authority offered is in the file',
    );
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const heard = await choose(page, 'Worcestershire');
    const after = await chartsSettled(page, 60_000);
    const plans = ehcPlans('E10000034');
    assert(
      chart(after, 'plans').summary.includes(`Worcestershire, 2024/25: ${plans.latest}`),
      `Worcestershire ${plans.latest}: ${chart(after, 'plans').summary}`,
    );
    for (const id of IDS.slice(0, 6)) {
      assert(
        chart(after, id).summary.includes('Worcestershire'),
        `#${id} shows Worcestershire: ${chart(after, id).summary}`,
      );
      assert(chart(after, id).summary !== chart(charts, id).summary, `#${id} changed`);
    }
    const context = await page.evaluate(
      () =>
        document.querySelector('#context').shadowRoot.querySelector('.state.empty')?.textContent.replace(/\s+/g, ' ') ??
        '',
    );
    assert(
      chart(after, 'context').state === 'empty' &&
        context.includes("a county council's neighbourhoods are listed under its district councils"),
      `the IoD file has no county: ${context}`,
    );
    assertEqual(requests, [], 'requests after the choice');
    assertEqual(
      heard,
      ['Showing Worcestershire: 7 charts updated. 1 of them cannot be shown for this area.'],
      'what was said',
    );
    assertEqual(new URL(page.url()).search, '?area=E10000034', 'the address');
    await page.screenshot({ path: join(shots, 'area-dashboard-worcestershire.png'), fullPage: true });
    await clean(page, log, 'area dashboard, Worcestershire');
    await page.close();
  });

  test('area dashboard: a link with ?area= opens that authority', async () => {
    needFiles();
    const { page, log, charts } = await openDashboard(browser, `${url}?area=E10000034`, 1280);
    assert(
      chart(charts, 'plans').summary.includes(`Worcestershire, 2024/25: ${ehcPlans('E10000034').latest}`),
      chart(charts, 'plans').summary,
    );
    const shown = await page.evaluate(
      () => document.querySelector('send-dashboard').shadowRoot.querySelector('input').value,
    );
    assertEqual(shown, 'Worcestershire', 'the picker shows the authority');
    await clean(page, log, 'area dashboard from a link');
    await page.close();
  });

  test('area dashboard: axe finds nothing, at 1280 and 320 px, with the list open and with a did-you-mean', async () => {
    needFiles();
    for (const width of [1280, 320]) {
      const { page } = await openDashboard(browser, url, width);
      // through the DevTools protocol, which the page's CSP does not govern: the page itself stays strict
      await page.evaluate(AXE);
      const run = () =>
        page.evaluate(async () =>
          (await window.axe.run(document)).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        );
      assertEqual(await run(), [], `axe at ${width} px`);
      const input = await page.evaluateHandle(() =>
        document.querySelector('send-dashboard').shadowRoot.querySelector('input'),
      );
      await input.click({ clickCount: 3 });
      await input.type('North');
      await page.keyboard.press('ArrowDown');
      assertEqual(await run(), [], `axe at ${width} px, list open`);
      await input.click({ clickCount: 3 });
      await input.type('Wolverhamton');
      await page.keyboard.press('Enter');
      const alert = await page.evaluate(() =>
        document
          .querySelector('send-dashboard')
          .shadowRoot.querySelector('[role="alert"]')
          ?.textContent.replace(/\s+/g, ' ')
          .trim(),
      );
      assert(alert?.includes('Did you mean: Wolverhampton (E08000031)'), `did-you-mean: ${alert}`);
      assertEqual(await run(), [], `axe at ${width} px, did-you-mean`);
      await page.close();
    }
  });

  test('area dashboard: the NHS theme and the council theme apply through the dashboard to the picker and every element', async () => {
    needFiles();
    const { page, log } = await openDashboard(browser, url, 1280);
    for (const [theme, colour] of [
      ['nhs', '#005eb8'],
      ['council', '#1d70b8'],
    ]) {
      await page.evaluate((t) => document.querySelector('send-dashboard').setAttribute('theme', t), theme);
      await page.evaluate(() => document.querySelector('send-dashboard').updateComplete);
      const seen = await page.evaluate(() => {
        const d = document.querySelector('send-dashboard');
        return [d, ...d.elements].map(
          (e) =>
            `${e.id}:${e.getAttribute('theme')}:${getComputedStyle(e).getPropertyValue('--send-color-link').trim().toLowerCase()}`,
        );
      });
      assertEqual(
        seen,
        ['dashboard', ...IDS].map((id) => `${id}:${theme}:${colour}`),
        `${theme} theme`,
      );
      await page.screenshot({ path: join(shots, `area-dashboard-${theme}.png`) });
    }
    await clean(page, log, 'area dashboard themes');
    await page.close();
  });

  test('area dashboard: prints to A4, the headline tiles on page 1 under the title, each later section starting a page with its heading, the area named in place of the picker', async () => {
    needFiles();
    const { page } = await openDashboard(browser, url, 1280);
    const pdf = join(shots, 'area-dashboard.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.close();
    const info = pdfInfo(pdf);
    assert(
      Math.abs(info.width - 595.3) < 2 && Math.abs(info.height - 841.9) < 2,
      `A4 pages: ${info.width} x ${info.height} pt`,
    );
    const texts = Array.from({ length: info.pages }, (_, i) =>
      pageText(pdf, i + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );
    assert(
      texts[0].includes('Local authority: Wolverhampton (E08000031)') &&
        !texts.some((t) => t.includes('Type a name or a GSS code')),
      'the area is named on paper, and the picker is not printed',
    );
    assert(
      texts[0].startsWith('Local Offer Special educational needs in your area') &&
        texts[0].includes('Headline figures'),
      `page 1 holds the title and the first section: ${texts[0].slice(0, 300)}`,
    );
    const sections = ['EHC plans over time', 'Primary type of need', "Deprivation of the area's neighbourhoods"];
    const pages = sections.map((s) => texts.findIndex((t) => t.startsWith(s)) + 1);
    assert(
      pages.every((p) => p > 1),
      `each later section starts a page: ${sections.map((s, i) => `${s} on page ${pages[i] || 'none at its top'}`).join('; ')}`,
    );
    assert(
      pages.every((p, i) => i === 0 || p > pages[i - 1]),
      `sections in order on their own pages: ${pages.join(', ')}`,
    );
    assert(
      texts.some((t) => t.includes(`Wolverhampton, 2024/25: ${ehcPlans('E08000031').latest}`)),
      'the figures are printed',
    );
  });

  test('area dashboard: printed from a wide or a narrow window, page 1 carries the three tiles and every chart prints whole on one page (heading, plot and source)', async () => {
    needFiles();
    const { page } = await openDashboard(browser, url, 1280);
    // what each chart prints: its heading, its source, and (for a tile) its figure
    const parts = await page.evaluate(
      (ids) =>
        ids.map((id) => {
          const root = document.getElementById(id).shadowRoot;
          const text = (sel) => root.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
          return { id, heading: text('.heading'), source: text('.source'), value: text('.tile-value') };
        }),
      IDS,
    );
    for (const p of parts) assert(p.heading && p.source, `#${p.id} has a heading and a source: ${JSON.stringify(p)}`);
    const tiles = parts.filter((p) => p.value);
    assertEqual(tiles.length, 3, 'three tiles with a figure');
    // Chromium lays a page out for paper whatever the window; 800 px is its default window, and the CLI's
    for (const width of [1280, 800, 375]) {
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await chartsSettled(page, 30_000);
      const pdf = join(shots, `area-dashboard-${width}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const { pages } = pdfInfo(pdf);
      const texts = Array.from({ length: pages }, (_, i) =>
        pageText(pdf, i + 1, { raw: true })
          .replace(/\s+/g, ' ')
          .trim(),
      );
      const on = (text, from = 1) => texts.findIndex((t, i) => i + 1 >= from && t.includes(text)) + 1;
      const where = `printed from ${width} px`;
      for (const t of tiles)
        assert(
          on(t.heading) === 1 && texts[0].includes(t.value),
          `${where}: tile "${t.heading}" and its figure ${t.value} on page 1 (heading on page ${on(t.heading) || 'none'})`,
        );
      let last = 1;
      for (const p of parts.filter((x) => !x.value)) {
        const heading = on(p.heading, last);
        const source = on(p.source, heading);
        assert(
          heading > 0 && source === heading,
          `${where}: #${p.id} "${p.heading}" prints whole, its heading on page ${heading || 'none'} and its source on page ${source || 'none'} (the plot lies between them)`,
        );
        last = heading;
      }
    }
    await page.close();
  });
}
