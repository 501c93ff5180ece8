/** Puppeteer-core on Debian's Chromium (CHROME_PATH overrides); nothing downloads a browser. */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it or set CHROME_PATH`);
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a page and records what a user would never want: console errors, uncaught exceptions,
 * CSP violations, failed requests and requests to any other origin.
 */
export async function openPage(browser, url, { width = 1280, height = 900, intercept } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  const log = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  const origin = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(e instanceof Error ? e.message : String(e)));
  page.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) log.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      log.foreignRequests.push(r.url());
  });
  if (intercept) {
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const answer = intercept(r.url());
      if (answer) r.respond(answer);
      else r.continue();
    });
  }
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}

/** Waits until every send-* element has settled, then returns each one's tag, state and summary. */
export async function chartsSettled(page, timeout = 45_000) {
  const selector =
    'send-deprivation-chart, send-need-breakdown, send-outcomes-radar, send-priority-tracker, send-indicator';
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return (
        els.length > 0 &&
        els.every((el) => ['ready', 'empty', 'suppressed', 'error'].includes(el.state) && el.updateComplete)
      );
    },
    { timeout },
    selector,
  );
  // let resize observers redraw at the final width
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((el) => ({
      id: el.id,
      tag: el.localName,
      state: el.state,
      summary: el.summary,
      text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
      issues: el.issues.map((i) => `${i.severity} row ${i.row} ${i.column}: ${i.message}`),
    }));
  }, selector);
}

/** CSP violations recorded in the page. */
export function violations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** Problems a clean page must not have. */
export async function problems(page, log) {
  const csp = await violations(page);
  return { csp, ...log };
}
