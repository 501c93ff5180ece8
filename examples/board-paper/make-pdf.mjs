#!/usr/bin/env node
/**
 * Prints the board paper to an A4 PDF through headless Chromium:
 *   npm run build && node examples/board-paper/make-pdf.mjs [--out board-paper.pdf]
 * It serves the example with the strict CSP, lays the page out in print mode at the printable
 * width (so each chart sizes itself for the paper), waits for every chart, then prints.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';
import { chartsSettled, launch, openPage, violations } from '../test/browser.mjs';

/** A4 (210 mm) less the 16 mm side margins in board-paper.css, in CSS pixels (96 per inch). */
export const PRINTABLE_WIDTH_PX = Math.floor(((210 - 32) / 25.4) * 96);

/**
 * Makes the PDF.
 * @param {{out?: string, browser?: import('puppeteer-core').Browser}} options
 * @returns {Promise<{out: string, charts: {id: string, state: string}[], csp: string[], errors: string[]}>}
 */
export async function makePdf({ out = fileURLToPath(new URL('board-paper.pdf', import.meta.url)), browser } = {}) {
  const server = await startServer({ port: 0 });
  const own = !browser;
  browser ??= await launch();
  try {
    const probe = await browser.newPage();
    await probe.emulateMediaType('print');
    await probe.close();
    const { page, log } = await openPage(browser, `${server.url}/board-paper/`, {
      width: PRINTABLE_WIDTH_PX,
      height: 1100,
    });
    await page.emulateMediaType('print');
    const charts = await chartsSettled(page);
    const notReady = charts.filter((c) => c.state !== 'ready');
    if (notReady.length)
      throw new Error(
        `charts not ready: ${notReady.map((c) => `${c.id} ${c.state} ${c.issues.join('; ')}`).join(', ')}`,
      );
    mkdirSync(dirname(resolve(out)), { recursive: true });
    await page.pdf({
      path: out,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-family:Arial,sans-serif;font-size:8pt;color:#505a5f;padding:0 16mm;display:flex;justify-content:space-between"><span>SEND performance report, quarter 2 2025/26 (example)</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
    });
    const csp = await violations(page);
    await page.close();
    return {
      out,
      charts: charts.map((c) => ({ id: c.id, state: c.state })),
      csp,
      errors: [...log.consoleErrors, ...log.pageErrors, ...log.failedRequests],
    };
  } finally {
    if (own) await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const result = await makePdf(i > 0 ? { out: resolve(process.argv[i + 1]) } : {});
  console.log(`wrote ${result.out} (${result.charts.length} charts)`);
  if (result.csp.length || result.errors.length) {
    console.error('problems while printing:', [...result.csp, ...result.errors].join('\n'));
    process.exitCode = 1;
  }
}
