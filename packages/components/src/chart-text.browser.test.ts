import { expect } from '@open-wc/testing';
import {
  DEMO_ACTIONS_AS_OF,
  REAL_SEN2_MI_CSV,
  demoActions,
  demoNeedsRows,
  demoOutcomesRows,
  deprivationDemo,
} from '@send-insight/data/demo';
import type { SendElement } from '@send-insight/core';
import { textStyleProblems } from '../../core/src/test/label-check.js';
import { mountChart } from '../../core/src/test/mount.js';
import './index.js';

/**
 * Every chart's text, as drawn, in every built-in theme at desktop and phone widths: at least
 * GOV.UK's small body text (16px) and 4.5:1 against what it is drawn on (WCAG 1.4.3).
 */
const CHARTS: { tag: string; data: unknown; views: Record<string, string>[] }[] = [
  { tag: 'send-deprivation-chart', data: deprivationDemo, views: [{}] },
  {
    tag: 'send-need-breakdown',
    data: demoNeedsRows(),
    views: [{ phase: 'primary' }, { mode: 'difference', phase: 'secondary' }, { mode: 'composition' }],
  },
  { tag: 'send-outcomes-radar', data: demoOutcomesRows(), views: [{ layout: 'radar' }, { layout: 'bars' }] },
  {
    tag: 'send-priority-tracker',
    data: demoActions,
    views: [{ 'as-of': DEMO_ACTIONS_AS_OF }, { 'as-of': DEMO_ACTIONS_AS_OF, mode: 'timeline' }],
  },
  {
    tag: 'send-indicator',
    data: REAL_SEN2_MI_CSV,
    views: [
      { preset: 'ees-sen2-mi', area: 'E08000031', view: 'tile' },
      { preset: 'ees-sen2-mi', area: 'E08000031', view: 'tile', 'local-data': '' },
      { preset: 'ees-sen2-mi', area: 'E08000031', view: 'trend' },
      { preset: 'ees-sen2-mi', area: 'E08000031', view: 'compare' },
      { preset: 'ees-sen2-mi', area: 'E08000031', view: 'compare', scope: 'all' },
    ],
  },
];
const THEMES = ['', 'council', 'nhs', 'high-contrast', 'dark'];

describe('chart text size and contrast', () => {
  // one test per chart and theme, so that each stays well inside the runner's time limit on a busy machine
  for (const { tag, data, views } of CHARTS) {
    for (const theme of THEMES) {
      it(`<${tag}>, ${theme || 'default'} theme: every text at least 16px and 4.5:1, at 1280 and 320 px`, async () => {
        const problems: string[] = [];
        for (const width of [1280, 320]) {
          for (const view of views) {
            const attributes = {
              heading: 'Chart',
              source: 'Illustrative data',
              'loading-delay': '0',
              ...view,
              ...(theme ? { theme } : {}),
            };
            const el = await mountChart<SendElement>(tag, {
              width,
              attributes,
              setup: (e) => (e.data = data as SendElement['data']),
            });
            // a view still waiting for its lazily loaded part would pass with nothing drawn
            if (!el.shadowRoot!.querySelector('svg text'))
              problems.push(`${theme || 'default'} ${width}px ${JSON.stringify(view)}: no chart text drawn`);
            problems.push(
              ...textStyleProblems(el).map((p) => `${theme || 'default'} ${width}px ${JSON.stringify(view)}: ${p}`),
            );
            el.parentElement!.remove();
          }
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
