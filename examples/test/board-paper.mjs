/**
 * Browser tests of how examples/board-paper reads, registered by run-examples.mjs after the tests
 * that print it: the plan's progress bars on one scale, on screen and as printed, and no printed
 * page left mostly blank by a page break.
 */
import { PRINTABLE_WIDTH_PX } from '../board-paper/make-pdf.mjs';
import { chartsSettled, openPage } from './browser.mjs';
import { assert, test } from './harness.mjs';
import { pageGrey, pdfInfo } from './pdf-pages.mjs';

/** Every priority's weighted-progress track and fill in the tracker, with the share its words give. */
function progressBars(page) {
  return page.$eval('#chart-plan', (el) =>
    [...el.shadowRoot.querySelectorAll('.priority')].flatMap((row) => {
      const track = row.querySelector('.figures .bar rect.track');
      const fill = row.querySelector('.figures .bar rect.fill');
      if (!track || !fill) return [];
      const words = row.querySelector('.weighted')?.textContent ?? '';
      return [
        {
          priority: row.dataset.priority,
          track: track.getBoundingClientRect().width,
          fill: fill.getBoundingClientRect().width,
          share: Number(/(\d+)%/.exec(words)?.[1]) / 100,
        },
      ];
    }),
  );
}

/**
 * How far down a page its ink reaches, as a share of the page's height (the running footer's
 * margin, the last 14 mm, left out).
 */
export function inkDepth(pdf, pageNumber, dpi = 50) {
  const img = pageGrey(pdf, pageNumber, dpi);
  const bottom = img.height - Math.round((14 * dpi) / 25.4);
  for (let y = bottom - 1; y >= 0; y--) {
    for (let x = 0; x < img.width; x++) if (img.pixels[y * img.width + x] < 160) return y / img.height;
  }
  return 0;
}

/**
 * Registers the tests.
 * @param {{browser: import('puppeteer-core').Browser, server: {url: string}, pdf: () => string | undefined}} context
 *   pdf gives the board paper's PDF once the printing test has made it
 */
export function boardPaperTests({ browser, server, pdf }) {
  test('board paper: no page but the last is mostly blank (each reaches below its middle)', async () => {
    const file = pdf();
    assert(file, 'the PDF was not made');
    const { pages } = pdfInfo(file);
    const shallow = [];
    for (let p = 1; p < pages; p++) {
      const depth = inkDepth(file, p);
      if (depth < 0.55) shallow.push(`page ${p} ends ${(depth * 100).toFixed(0)}% of the way down`);
    }
    assert(!shallow.length, `pages left mostly blank: ${shallow.join('; ')}`);
  });

  for (const [where, width, media] of [
    ['on screen at 1280 px', 1280, 'screen'],
    ['on screen at 320 px', 320, 'screen'],
    ['as printed', PRINTABLE_WIDTH_PX, 'print'],
  ]) {
    test(`board paper ${where}: the plan's progress bars are on one scale (every track as long as the next)`, async () => {
      const { page } = await openPage(browser, `${server.url}/board-paper/`, { width });
      await page.emulateMediaType(media);
      await chartsSettled(page);
      const bars = await progressBars(page);
      assert(bars.length === 5, `five priorities' bars, got ${bars.length}`);
      const first = bars[0].track;
      for (const b of bars) {
        assert(
          Math.abs(b.track - first) < 0.5,
          `priority ${b.priority}'s track is ${b.track.toFixed(1)} px against ${first.toFixed(1)} px`,
        );
        assert(
          Math.abs(b.fill / b.track - b.share) <= 0.006,
          `priority ${b.priority}'s fill is ${((b.fill / b.track) * 100).toFixed(1)}% of its track, its words say ${b.share * 100}%`,
        );
      }
      assert(first >= 160, `the track is ${first.toFixed(0)} px long`);
      await page.close();
    });
  }
}
