import { aTimeout, expect } from '@open-wc/testing';
import { DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { $$, IMPROVEMENT, mount, text } from '../test/priority-tracker-fixture.js';
import './define.js';

/** Each priority's track and fill, as drawn, with the share its words give. */
function bars(el: HTMLElement) {
  return $$(el, '.priority').flatMap((row) => {
    const track = row.querySelector('.figures .bar rect.track');
    const fill = row.querySelector('.figures .bar rect.fill');
    if (!track || !fill) return [];
    const share = Number(/(\d+)%/.exec(text(row.querySelector('.weighted')))?.[1]) / 100;
    return [
      {
        priority: row.dataset.priority,
        track: track.getBoundingClientRect().width,
        fill: fill.getBoundingClientRect().width,
        share,
      },
    ];
  });
}

/*
 * The weighted-progress bars are one scale: every priority's track is as long as every other's, whatever
 * the words beside it, so a bar's length can be compared with the next one's. Before, each track took the
 * room its words left: in the board paper's 645 px column, priority 4 ('Weighted progress 67%', no mean)
 * had a 452 px track against 360 px for the others.
 */
describe('<send-priority-tracker> progress bars on one scale', () => {
  // the Storybook's and a council page's system font, as wide as the words users see
  before(() => {
    document.body.style.fontFamily = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
  });
  after(() => {
    document.body.style.removeProperty('font-family');
  });

  for (const width of [1248, 900, 645, 560, 480, 320]) {
    it(`gives every priority the same track at ${width} px, each fill its share of it`, async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, width);
      await aTimeout(50);
      await el.updateComplete;
      const drawn = bars(el);
      expect(drawn.length, 'bars drawn').to.be.at.least(5);
      // the words differ in length: one priority has no mean beside its weighted figure
      // (counted in characters: the words' boxes now share the rest of the line, see the visual test)
      const words = $$(el, '.weighted').map((w) => w.textContent!.trim().length);
      expect(Math.max(...words) - Math.min(...words), 'words of different lengths').to.be.above(10);
      const first = drawn[0]!.track;
      for (const b of drawn) {
        expect(
          Math.abs(b.track - first),
          `priority ${b.priority}'s track ${b.track} px against ${first} px`,
        ).to.be.below(0.5);
        // the words round the share to a whole per cent
        expect(Math.abs(b.fill / b.track - b.share), `priority ${b.priority}'s fill`).to.be.at.most(0.006);
      }
      // the track is long enough to read and stays inside the chart
      const figures = $$(el, '.figures')[0]!.getBoundingClientRect();
      expect(first).to.be.at.least(Math.min(160, figures.width));
      expect(first).to.be.at.most(figures.width + 0.5);
    });
  }
});
