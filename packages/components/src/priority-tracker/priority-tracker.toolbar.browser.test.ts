import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { DEMO_ACTIONS_AS_OF, DEMO_ACTIONS_PLANS } from '@send-insight/data/demo';
import { $, $$, DEMO, IMPROVEMENT, mount, text } from '../test/priority-tracker-fixture.js';
import './define.js';
import type { SendPriorityTracker } from './priority-tracker.js';

/**
 * The tracker's toolbar in every story's state (issue 22): one line on a 1,280 px page (the chart
 * 1,248 px wide), two at most at 800 and 720 px, in the themes gallery's ~600 px cards and on a 320 px phone
 * (288 px), every control on screen; "Open all" heads
 * the list of priorities, not the toolbar. Drawn in a wide sans-serif (DejaVu Sans, what the
 * workshop's system font is here), so the widths are those a reader sees.
 */
const LONG = IMPROVEMENT.map((r) => ({
  ...r,
  priority_title: `${r.priority_title as string}, delivered through the designated work groups of the SEND and Inclusion Partnership`,
  owner: `${r.owner as string} on behalf of the City of Wolverhampton Council and the Black Country Integrated Care Board`,
}));
const STORIES: [string, unknown, Record<string, string>][] = [
  ['Ready', DEMO, {}],
  ['Long labels', LONG, { expanded: '' }],
  ['Table view', DEMO, { view: 'table' }],
  ['Timeline', DEMO, { mode: 'timeline', plan: DEMO_ACTIONS_PLANS[1]!, 'item-label': 'area' }],
  ['Written Statement of Action', DEMO, { plan: DEMO_ACTIONS_PLANS[1]!, 'item-label': 'area', expanded: '' }],
  ['Filtered', DEMO, { 'filter-status': 'at_risk,off_track' }],
  ['Print', DEMO, { expanded: '' }],
];

/** The lines the toolbar's visible items take: a line starts where an item begins below the last line's foot. */
function toolbarLines(el: SendPriorityTracker): number {
  const items = $$(el, '.toolbar .filters > *, .toolbar .filters-toggle, .toolbar .toolbar-end > *')
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.height > 0)
    .sort((a, b) => a.top - b.top);
  let lines = 0;
  let foot = -Infinity;
  for (const r of items) {
    if (r.top >= foot - 0.5) lines++;
    foot = Math.max(foot, r.bottom);
  }
  return lines;
}

/** Controls of the toolbar that are not wholly on screen within the chart. */
function hiddenControls(el: SendPriorityTracker): string[] {
  const host = el.getBoundingClientRect();
  // the plan, view and filters fold behind one button on a chart 760 px wide or less
  const narrow = host.width <= 760;
  const problems: string[] = [];
  for (const c of $$(el, '.toolbar select, .toolbar button, .toolbar input, .toolbar summary')) {
    // on a phone the filters fold behind one button, which says so (aria-expanded) and is checked below
    if (narrow && c.closest('.filters')) continue;
    // the download menu's items show when it opens
    if (c.closest('.download ul')) continue;
    if (!narrow && c.matches('.filters-toggle')) continue;
    const r = c.getBoundingClientRect();
    const name = text(c) || c.className;
    if (r.width === 0 || r.height === 0) problems.push(`"${name}" is not drawn`);
    else if (r.left < host.left - 0.5 || r.right > host.right + 0.5)
      problems.push(`"${name}" runs from ${Math.round(r.left)} to ${Math.round(r.right)}, past the chart`);
  }
  if (narrow) {
    const toggle = $(el, '.filters-toggle')!;
    if (toggle.getBoundingClientRect().width === 0) problems.push('the filters cannot be opened');
    if ($(el, `#${toggle.getAttribute('aria-controls')}`) !== $(el, '.filters'))
      problems.push('the toggle does not control the filters');
  }
  return problems;
}

describe('<send-priority-tracker> toolbar', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, most] of [
    [1248, 1],
    [800, 2],
    [720, 2],
    // the themes gallery's cards: three lines before the filters folded here
    [600, 2],
    [288, 2],
  ] as const) {
    it(`takes at most ${most} line${most > 1 ? 's' : ''} at ${width} px in every story, every control on screen, "Open all" over the list`, async () => {
      await setViewport({ width: Math.max(800, width + 40), height: 900 });
      const problems: string[] = [];
      for (const [story, data, attributes] of STORIES) {
        const el = await mount(data, { 'as-of': DEMO_ACTIONS_AS_OF, ...attributes }, width);
        el.style.setProperty('--send-font-family', "'DejaVu Sans', sans-serif");
        await el.updateComplete;
        const lines = toolbarLines(el);
        if (lines > most) problems.push(`${story}: the toolbar takes ${lines} lines`);
        problems.push(...hiddenControls(el).map((p) => `${story}: ${p}`));
        const openAll = $(el, '.expand-all');
        if (el.mode === 'priorities' && el.view !== 'table') {
          if (!openAll || openAll.closest('.toolbar')) problems.push(`${story}: "Open all" is not over the list`);
          else if (openAll.getBoundingClientRect().bottom > $(el, '.priorities')!.getBoundingClientRect().top)
            problems.push(`${story}: "Open all" is not above the first priority`);
        }
        el.parentElement!.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
