import { expect } from '@open-wc/testing';
import { DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { $, $$, pngPixels, IMPROVEMENT, mount, text } from '../test/priority-tracker-fixture.js';
import './define.js';

/**
 * The priorities' PNG on a phone (issue 22): painted from the page's layout, it had each
 * priority's chevron in it, a wide blank band where each "Why amber?" button (left out of the
 * image) kept its room, and a wrapped title touching its bar.
 */
describe('<send-priority-tracker> PNG of the priorities', () => {
  /** Whether row `y` of the image has any ink (text, a bar's edge). */
  const inked = (img: ImageData, y: number) => {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 360) return true;
    }
    return false;
  };

  for (const width of [320, 900]) {
    it(`leaves no wide blank band between the priorities, at ${width} px`, async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, width);
      const img = await pngPixels((await el.toPng(1))!);
      const rows = Array.from({ length: img.height }, (_, y) => inked(img, y));
      // from the first priority's title to the last priority's last line (the heading's and source's gaps are the frame's)
      const titleTop = rows.findIndex(Boolean, 0);
      let longest = 0;
      let run = 0;
      const first = rows.indexOf(true, rows.indexOf(false, titleTop + 1));
      const sourceGap = (() => {
        // the source note is the last text; the gap above it is the frame's own, 16 px or more
        let y = img.height - 1;
        while (y > 0 && !rows[y]) y--;
        while (y > 0 && rows[y]) y--;
        while (y > 0 && !rows[y]) y--;
        return y;
      })();
      for (let y = first; y <= sourceGap; y++) {
        run = rows[y] ? 0 : run + 1;
        longest = Math.max(longest, run);
      }
      expect(longest, 'the tallest blank band between the priorities, px').to.be.at.most(32);
    });
  }

  it('paints no chevron and keeps no room for the buttons it leaves out; the plot is as on screen afterwards', async () => {
    const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, 320);
    const plot = $(el, '[part~="plot"]')!;
    const before = plot.getBoundingClientRect().height;
    const seen: { chevron: string; why: string; tools: string; titleLeft: number; barLeft: number }[] = [];
    // the layout the PNG is painted from, caught when the painter measures the plot
    const measure = plot.getBoundingClientRect.bind(plot);
    plot.getBoundingClientRect = () => {
      if (plot.classList.contains('exporting') && !seen.length)
        seen.push({
          chevron: getComputedStyle($(el, '.priority .chevron')!).display,
          why: getComputedStyle($(el, 'button.why')!).display,
          tools: getComputedStyle($(el, '.list-tools')!).display,
          titleLeft: $(el, '.priority-title')!.getBoundingClientRect().left,
          barLeft: $(el, '.figures .bar')!.getBoundingClientRect().left,
        });
      return measure();
    };
    await el.toPng(1);
    plot.getBoundingClientRect = measure;
    expect(seen.length).to.be.greaterThan(0);
    const [s] = seen;
    expect([s!.chevron, s!.why, s!.tools]).to.deep.equal(['none', 'none', 'none']);
    // the title starts where its bar does (no room kept for a chevron)
    expect(Math.abs(s!.titleLeft - s!.barLeft)).to.be.below(1);
    expect(plot.classList.contains('exporting')).to.equal(false);
    expect(plot.getBoundingClientRect().height).to.equal(before);
  });

  it('keeps each wrapped title apart from its bar, on a phone and wide', async () => {
    for (const width of [288, 320, 900]) {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, width);
      for (const p of $$(el, '.priority')) {
        const title = p.querySelector('.priority-title')!.getBoundingClientRect();
        const bar = p.querySelector('.figures .bar')!.getBoundingClientRect();
        expect(bar.top - title.bottom, `${width} px: ${text(p.querySelector('.priority-title'))}`).to.be.at.least(3);
      }
      el.parentElement!.remove();
    }
  });
});
