import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, setViewport } from '@web/test-runner-commands';
import { DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { MAX_CELL_TEXT } from '@send-insight/data';
import { TEXT_CAPS } from '@send-insight/core';
import { HOSTILE_STRINGS } from '../../../core/src/test/hostile.js';
import { atZoom400, reflowProblems } from '../../../core/src/test/reflow-check.js';
import { labelProblems, type LabelRule } from '../../../core/src/test/label-check.js';
import { exportFrame } from '../../../core/src/export/export-frame.js';
import { canvasMeasure } from '../../../core/src/export/svg-export.js';
import { $, $$, DEMO, hostileRows, IMPROVEMENT, mount, pngPixels, text } from '../test/priority-tracker-fixture.js';
import './define.js';
import type { SendPriorityTracker } from './priority-tracker.js';

/** A node of Chromium's accessibility tree, as `a11ySnapshot` gives it. */
interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  children?: AxNode[];
}
const findAx = (n: AxNode, is: (n: AxNode) => boolean): AxNode | undefined =>
  is(n) ? n : n.children?.map((c) => findAx(c, is)).find(Boolean);

/* How the tracker looks: on narrow screens, its rows and the timeline's panels checked for clipped and overlapping text, print, PNG export and reflow. */
describe('<send-priority-tracker> as drawn', () => {
  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('prints as a board paper: controls hidden, every priority open, priorities following on with no heading left at a page foot', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const panel = $(el, '.panel')!;
      expect(getComputedStyle(panel).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      await aTimeout(50);
      expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.why')!).display).to.equal('none');
      for (const p of $$(el, '.panel')) expect(getComputedStyle(p).display).to.equal('block');
      for (const r of $$(el, '.rule')) expect(getComputedStyle(r).display).to.equal('block');
      // the rule itself is printed once; every priority keeps its reasons
      expect($$(el, '.rule-how').map((r) => getComputedStyle(r).display)).to.deep.equal([
        'block',
        'none',
        'none',
        'none',
        'none',
      ]);
      // the priorities follow on (a page per priority left pages mostly blank); a heading row never ends a page
      for (const s of $$(el, '.priority')) expect(getComputedStyle(s).breakBefore).to.equal('auto');
      for (const r of $$(el, '.priority > .row')) expect(getComputedStyle(r).breakAfter).to.equal('avoid');
      expect(getComputedStyle($$(el, '.action')[0]!).breakInside).to.equal('avoid');
    });
  });

  describe('narrow and hostile', () => {
    it('fits 320 px with every priority open', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' }, 320);
      await aTimeout(100);
      await el.updateComplete;
      const fig = $(el, '[part~="base"]')!;
      expect(fig.scrollWidth).to.be.at.most(322);
      expect($(el, '.priorities')!.getBoundingClientRect().width).to.be.at.most(322);
      for (const card of $$(el, '.action'))
        expect(card.getBoundingClientRect().right).to.be.at.most(fig.getBoundingClientRect().right + 1);
    });

    it('keeps the table inside the chart at 1,248 px: an evidence address breaks, where it used to push the Evidence column past the edge', async () => {
      // the Storybook's and a council page's system font (DejaVu Sans here), wider than the test page's serif
      document.body.style.fontFamily = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
      try {
        const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, view: 'table' }, 1248);
        await el.updateComplete;
        const scroller = $(el, 'table')!.parentElement!;
        expect($(el, 'td.long-word'), 'a cell holding an address').to.exist;
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
      } finally {
        document.body.style.removeProperty('font-family');
      }
    });

    it('escapes hostile text in every field, with everything open', async () => {
      const w = window as unknown as { __xss?: number };
      w.__xss = 0;
      // in the test page's own font (the system font, DejaVu Sans here): text past MAX_CELL_TEXT is a
      // data error naming its column and row, never laid out (a word of 100,000 characters took
      // Chromium about 22 s a layout in this face)
      for (const t of HOSTILE_STRINGS) {
        const rows = hostileRows(t);
        const el = await mount(rows, { 'as-of': '2025-01-01', expanded: '', heading: t }).catch((e: Error) => {
          throw new Error(`${e.message} for ${JSON.stringify(t)}`);
        });
        const root = el.shadowRoot!;
        if (t.length > MAX_CELL_TEXT) {
          expect(el.state, 'too long to draw').to.equal('error');
          expect(text(root.querySelector('[role="alert"]'))).to.contain('column "plan", row 2');
          expect(text(root.querySelector('[part~="heading"]'))).to.have.length(TEXT_CAPS.heading);
          el.parentElement!.remove();
          continue;
        }
        expect(el.state, t).to.equal('ready');
        expect(
          root.querySelector(
            'script, img, iframe, object, embed, foreignObject, style, math, details[ontoggle], a[href^="javascript"], a[href^="data"]',
          ),
        ).to.equal(null);
        expect(root.querySelector('[onerror], [onload], [onclick], [ontoggle]')).to.equal(null);
        expect(text(root.querySelector('.action-title'))).to.contain(t.replace(/\s+/g, ' ').trim().slice(0, 30));
        el.view = 'table';
        await el.updateComplete;
        expect(root.querySelector('table img, table script')).to.equal(null);
        el.parentElement!.remove();
      }
      await aTimeout(50);
      expect(w.__xss).to.equal(0);
    });
  });

  describe('narrow screens', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('folds the plan, view and filters behind one button, and shows the summary and the first priority in the first 320 × 640 screen', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = document.createElement('send-priority-tracker');
      el.setAttribute('heading', 'Improvement plan: progress on the five priorities');
      el.setAttribute('as-of', DEMO_ACTIONS_AS_OF);
      el.data = DEMO as SendPriorityTracker['data'];
      const page = await fixture<HTMLDivElement>(html`<div style="padding: 16px"></div>`);
      const rendered = oneEvent(el, 'send-render');
      page.append(el);
      await rendered;
      await aTimeout(100);
      await el.updateComplete;
      const toggle = $(el, 'button.filters-toggle')!;
      const filters = $(el, '.filters')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(filters).display).to.equal('none');
      // the summary and the first priority's title and bar lie inside the first screen
      const summary = $(el, '[part~="description"]')!.getBoundingClientRect();
      const first = $(el, '.priority')!;
      const title = first.querySelector('.priority-title')!.getBoundingClientRect();
      const bar = first.querySelector('.bar')!.getBoundingClientRect();
      expect(summary.bottom).to.be.at.most(640);
      expect(title.bottom).to.be.at.most(640);
      expect(bar.bottom, "the first priority's bar").to.be.at.most(640);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(filters).display).to.not.equal('none');
      expect(filters.id).to.equal(toggle.getAttribute('aria-controls'));
      // a filter on is counted on the folded button
      (filters.querySelector('input.filter-overdue-check') as HTMLInputElement).click();
      toggle.click();
      await el.updateComplete;
      expect(text(toggle)).to.equal('View and filters (1 filter on)');
      await expect(el).to.be.accessible();
    });

    for (const mode of ['list', 'timeline'])
      it(`shows the Written Statement of Action's summary lead at 320 px, the rest one click away and still in the figure's description (${mode})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const attrs: Record<string, string> = {
          'as-of': DEMO_ACTIONS_AS_OF,
          plan: 'Written Statement of Action',
          'item-label': 'area',
        };
        if (mode === 'timeline') attrs.mode = 'timeline';
        const el = await mount(DEMO, attrs, 288);
        await aTimeout(100);
        await el.updateComplete;
        const lead = $(el, '[part="description"]')!;
        const more = $(el, 'details.summary-more') as HTMLDetailsElement;
        expect(more, 'the rest of the summary folds').to.exist;
        expect(more.open).to.equal(false);
        expect(text(lead)).to.match(/^As of 1 October 2025, .* 2 actions are overdue\.$/);
        // the lead and the fold's button take at most 8 lines of the first screen (the whole ran to 20)
        const lineHeight = parseFloat(getComputedStyle(lead).lineHeight);
        expect(lead.getBoundingClientRect().height / lineHeight).to.be.at.most(6.5);
        const first = mode === 'list' ? $(el, '.priority .bar')! : $(el, '.plot svg')!;
        expect(first.getBoundingClientRect().top, 'the chart starts in the first 640 px').to.be.below(640);
        // a screen reader hears the whole summary from the figure
        const ids = $(el, '.plot')!.getAttribute('aria-describedby')!.split(' ');
        expect(ids.length).to.equal(2);
        expect(ids.map((id) => text(el.shadowRoot!.getElementById(id))).join(' ')).to.equal(el.summary);
        const tree = (await a11ySnapshot({})) as unknown as AxNode;
        const figure = findAx(tree, (n) => n.role === 'group' && !!n.name?.startsWith(el.heading!));
        expect(figure?.description, "the plot's description in Chromium's accessibility tree").to.equal(el.summary);
        expect(el.summary).to.contain('Overdue annual reviews: 40, down from 200; target 0.');
        more.querySelector('summary')!.click();
        await aTimeout(0);
        expect(more.open).to.equal(true);
        expect(text(more.querySelector('p'))).to.match(/^Weighted progress is \d+%/);
        await expect(el).to.be.accessible();
        // where there is room, one paragraph says it all
        await setViewport({ width: 1280, height: 800 });
        (el.parentElement as HTMLElement).style.width = '900px';
        await aTimeout(100);
        await el.updateComplete;
        expect($(el, 'details.summary-more')).to.equal(null);
        expect(text($(el, '[part="description"]'))).to.equal(el.summary);
        expect($(el, '.plot')!.getAttribute('aria-describedby')).to.equal(lead.id);
      });

    it('shows every control at once, and no fold button, where there is room', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, 900);
      expect(getComputedStyle($(el, 'button.filters-toggle')!).display).to.equal('none');
      // the filters share the toolbar's lines with the table toggle and Download (their box is not drawn)
      expect(getComputedStyle($(el, '.filters')!).display).to.equal('contents');
      for (const c of $$(el, '.filters select, .filters input'))
        expect(c.getBoundingClientRect().width).to.be.greaterThan(0);
    });
  });

  describe('visual checks', () => {
    /** Text boxes of the element that lie outside `box` or run into a box in `others`. */
    const outside = (inner: DOMRect, outer: DOMRect) =>
      inner.left < outer.left - 1 ||
      inner.right > outer.right + 1 ||
      inner.top < outer.top - 1 ||
      inner.bottom > outer.bottom + 1;

    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('places every priority\'s "Weighted progress" words the same way: all beside their bars, or all under them', async () => {
      // priority 4 (no mean in brackets) had its words beside its bar where the others had theirs under
      for (const width of [320, 600, 900, 1280]) {
        await setViewport({ width: width + 40, height: 900 });
        const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF }, width);
        const places = $$(el, '.figures').flatMap((f) => {
          const [bar, words] = [f.querySelector('.bar'), f.querySelector('.weighted')];
          if (!bar || !words) return [];
          const [b, t] = [bar.getBoundingClientRect(), words.getBoundingClientRect()];
          return [t.top >= b.bottom - 0.5 ? 'under' : t.left >= b.right ? 'beside' : 'over'];
        });
        expect(places.length, `${width} px`).to.be.at.least(4);
        expect([width, [...new Set(places)]]).to.deep.equal([width, [places[0]]]);
        expect(places[0]).to.not.equal('over');
        el.parentElement!.remove();
      }
    });

    for (const width of [320, 1280]) {
      it(`keeps each priority's words, rating and bar inside its own row, at ${width} px`, async () => {
        await setViewport({ width: width + 40, height: 900 });
        const el = await mount(
          DEMO,
          { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action', 'item-label': 'area' },
          width,
        );
        const rows = $$(el, '.priority');
        expect(rows.length).to.equal(7);
        for (const li of rows) {
          const box = li.querySelector('.row')!.getBoundingClientRect();
          for (const part of Array.from(li.querySelectorAll('.row .priority-title, .row .figures > *, .row .why'))) {
            const r = part.getBoundingClientRect();
            if (!r.width) continue;
            expect(
              outside(r, box),
              `${text(part).slice(0, 30)} of ${text(li.querySelector('.priority-title'))}`,
            ).to.equal(false);
          }
        }
        // rows follow one another: no row's box reaches into the next
        for (let i = 1; i < rows.length; i++)
          expect(rows[i]!.getBoundingClientRect().top).to.be.at.least(
            rows[i - 1]!.getBoundingClientRect().bottom - 0.5,
          );
        expect(reflowProblems(el).filter((p) => !p.startsWith('the page scrolls'))).to.deep.equal([]);
        // core's label check: every word of a row within the row's band, no text over another
        const own: LabelRule[] = [
          { group: 'li.priority', mark: '.row', label: '.row .priority-title, .row .figures, .row .why', axis: 'row' },
        ];
        expect(labelProblems(el, own)).to.deep.equal([]);
      });

      it(`draws the timeline's panels with their own titled scales, each total over its own bar, no text clipped or overlapping, at ${width} px`, async () => {
        await setViewport({ width: width + 40, height: 900 });
        const el = await mount(
          DEMO,
          { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action', mode: 'timeline' },
          width,
        );
        const panels = $$(el, 'svg.tracker-timeline');
        expect(panels.length).to.equal(2);
        for (const panel of panels) {
          const titles = Array.from(panel.querySelectorAll('text.panel-title')).map(text).join(' ');
          expect(titles.length).to.be.greaterThan(20);
          const axis = panel.querySelector('text.axis-title')!;
          expect(text(axis)).to.equal('Number of actions');
          // the scale's title sits above its top tick
          const ticks = Array.from(panel.querySelectorAll('line.grid')).map((l) => l.getBoundingClientRect().top);
          expect(axis.getBoundingClientRect().bottom).to.be.at.most(Math.min(...ticks));
        }
        for (const column of Array.from(panels[0]!.querySelectorAll('g.column'))) {
          const total = column.querySelector('text.total');
          if (!total) continue;
          const bars = Array.from(column.querySelectorAll('rect.seg')).map((r) => r.getBoundingClientRect());
          const t = total.getBoundingClientRect();
          const centre = t.left + t.width / 2;
          expect(centre).to.be.within(bars[0]!.left, bars[0]!.right);
          expect(t.bottom).to.be.at.most(Math.min(...bars.map((b) => b.top)) + 1);
        }
        expect(reflowProblems(el).filter((p) => !p.startsWith('the page scrolls'))).to.deep.equal([]);
        // core's label check: each total within its own bar's column, no text over another or cut by its SVG
        const own: LabelRule[] = [
          { group: 'svg.tracker-timeline g.column', mark: 'rect.seg', label: 'text.total', axis: 'column', slack: 4 },
        ];
        expect(labelProblems(el, own)).to.deep.equal([]);
      });
    }
  });

  describe('PNG export', () => {
    const dark = (img: ImageData, r: { x: number; y: number; w: number; h: number }) => {
      let n = 0;
      for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(img.height, r.y + r.h); y++) {
        for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(img.width, r.x + r.w); x++) {
          const i = (y * img.width + x) * 4;
          if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 200) n++;
        }
      }
      return n;
    };
    const near = (img: ImageData, r: { x: number; y: number; w: number; h: number }, rgb: [number, number, number]) => {
      let n = 0;
      for (let y = Math.floor(r.y); y < r.y + r.h; y++) {
        for (let x = Math.floor(r.x); x < r.x + r.w; x++) {
          const i = (y * img.width + x) * 4;
          if (
            Math.abs(img.data[i]! - rgb[0]) +
              Math.abs(img.data[i + 1]! - rgb[1]) +
              Math.abs(img.data[i + 2]! - rgb[2]) <
            30
          )
            n++;
        }
      }
      return n;
    };

    /** Where the export puts the plot, its heading and its source note (core's exportFrame). */
    const frameOf = (el: SendPriorityTracker, plot: HTMLElement) => {
      const r = plot.getBoundingClientRect();
      return exportFrame(
        { width: r.width, height: r.height },
        { heading: el.heading, source: `Source: ${el.source}` },
        canvasMeasure(),
        getComputedStyle(plot).fontFamily,
      );
    };

    it('paints the action lists (HTML): titles, fields, status badges and progress bars, without the buttons', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' }, 900);
      const plot = $(el, '[part~="plot"]')!;
      const img = await pngPixels((await el.toPng(1))!);
      // measured in the layout the image is painted from (core's chartPng marks the plot while it paints)
      plot.classList.add('exporting');
      const origin = plot.getBoundingClientRect();
      // the image is the plot in a margin, with the heading above and the source note below
      const frame = frameOf(el, plot);
      expect(img.width).to.equal(Math.round(origin.width + 32));
      expect(img.height).to.equal(Math.round(frame.height));
      const where = (node: Element) => {
        const r = node.getBoundingClientRect();
        return { x: r.left - origin.left + frame.x, y: r.top - origin.top + frame.y, w: r.width, h: r.height };
      };
      const titles = $$(el, '.action-title');
      expect(titles.length).to.equal(IMPROVEMENT.length);
      for (const t of [titles[0]!, titles[titles.length - 1]!])
        expect(dark(img, where(t)), text(t)).to.be.greaterThan(200);
      // a field's value, and the words of a status badge
      expect(dark(img, where($(el, '.action dd.owner')!))).to.be.greaterThan(50);
      const onTrack = $(el, '.action .status.s-on_track')!;
      expect(dark(img, where(onTrack))).to.be.greaterThan(50);
      // the badge's icon and a progress bar's fill in the status colour (on track: #00703c)
      expect(near(img, where(onTrack.querySelector('svg')!), [0, 112, 60])).to.be.greaterThan(40);
      const fill = $(el, '.action.s-on_track .progress rect.fill')!;
      expect(near(img, where(fill), [0, 112, 60])).to.be.greaterThan(0.8 * where(fill).w * where(fill).h);
      // the priority headings are disclosure buttons marked as content: painted
      expect(dark(img, where($(el, '.priority-title')!))).to.be.greaterThan(100);
      // the "Why amber?" buttons are controls: not painted
      for (const why of $$(el, 'button.why').slice(0, 3)) expect(dark(img, where(why)), text(why)).to.equal(0);
      plot.classList.remove('exporting');
    });

    it('writes the priorities into the SVG file as a drawing: each title, rating, bar and count, none of it on screen', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' }, 720);
      const drawing = $(el, '.tracker-drawing')!;
      expect(getComputedStyle(drawing).opacity).to.equal('0');
      expect(drawing.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      // clipped to the plot: a drawing taller than the rows adds no scrolling
      expect(drawing.getBoundingClientRect().height).to.be.at.most(
        $(el, '[part~="plot"]')!.getBoundingClientRect().height + 1,
      );
      const file = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
      expect(file.querySelector('parsererror')).to.equal(null);
      const words = Array.from(file.querySelectorAll('text')).map((t) => t.textContent ?? '');
      for (const title of $$(el, '.priority-title').map(text))
        expect(
          words.some((w) => title.startsWith(w) && w.length > 3),
          title,
        ).to.equal(true);
      expect(words).to.include('No longer monitored since 12 July 2023');
      expect(words.some((w) => /^Weighted progress \d+%/.test(w))).to.equal(true);
      // bars in the file: a track and a fill per priority with progress to weigh, the fill coloured, never hidden
      const rects = Array.from(file.querySelectorAll('rect')).filter((r) => r.getAttribute('height') === '14');
      expect(rects.length).to.equal(2 * 5);
      for (const r of rects) expect(r.getAttribute('opacity') ?? '1').to.not.equal('0');
    });

    it('writes the timeline into the SVG file whole: both panels with their titled scales and both keys, none of the drawing on screen', async () => {
      for (const width of [1280, 320]) {
        const el = await mount(
          DEMO,
          { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action', mode: 'timeline' },
          width,
        );
        const drawing = $(el, '.tracker-drawing')!;
        expect(getComputedStyle(drawing).opacity).to.equal('0');
        const file = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
        expect(file.querySelector('parsererror')).to.equal(null);
        const words = Array.from(file.querySelectorAll('text'))
          .map((t) => t.textContent ?? '')
          .join(' ');
        // every word of both panels' titles, both scales' titles, and every entry of both keys, as the page has them
        for (const t of [...$$(el, 'svg.tracker-timeline text.panel-title'), ...$$(el, '.legend li span')]) {
          for (const word of text(t).split(' ')) expect(words, `${width}px: ${text(t)}`).to.contain(word);
        }
        expect(words.match(/Number of actions/g)?.length).to.equal(2);
        // the key's swatches (a hatched status draws its colour and its hatch) and the bars' segments
        const rects = Array.from(file.querySelectorAll('rect'));
        const swatches = rects.filter((r) => r.getAttribute('width') === '22' && r.getAttribute('height') === '12');
        expect(swatches.length).to.be.at.least($$(el, '.legend .swatch').length);
        expect(swatches.some((r) => /^url\(/.test(r.getAttribute('fill') ?? ''))).to.equal(true);
        expect(rects.length - swatches.length).to.be.at.least($$(el, 'svg.tracker-timeline rect.seg').length);
        // and the lines of the second panel
        expect(file.querySelectorAll('path[stroke-dasharray]').length).to.be.at.least(2);
        el.parentElement!.remove();
      }
    });

    it('paints what is on screen: closed priorities export their headings and no action lists', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, 900);
      const plot = $(el, '[part~="plot"]')!;
      const img = await pngPixels((await el.toPng(1))!);
      // measured in the layout the image is painted from (core's chartPng marks the plot while it paints)
      plot.classList.add('exporting');
      const origin = plot.getBoundingClientRect();
      const frame = frameOf(el, plot);
      expect(img.height).to.equal(Math.round(frame.height));
      const headings = $$(el, '.priority-title');
      expect(headings.length).to.equal(5);
      for (const h of headings) {
        const r = h.getBoundingClientRect();
        expect(
          dark(img, { x: r.left - origin.left + frame.x, y: r.top - origin.top + frame.y, w: r.width, h: r.height }),
          text(h),
        ).to.be.greaterThan(100);
      }
    });
  });

  it('reflows at 400% zoom with every priority open, the rules shown and in the timeline: no sideways scrolling, no clipped or overlapping text', async () => {
    const views: Record<string, string>[] = [
      { expanded: '' },
      { expanded: '', plan: 'Written Statement of Action' },
      { mode: 'timeline' },
      { mode: 'timeline', plan: 'Written Statement of Action' },
    ];
    for (const attributes of views) {
      await atZoom400('send-priority-tracker', DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, ...attributes }, async (el) => {
        for (const why of $$(el, 'button.why')) why.click();
        await el.updateComplete;
        expect(reflowProblems(el), JSON.stringify(attributes)).to.deep.equal([]);
      });
    }
  });
});
