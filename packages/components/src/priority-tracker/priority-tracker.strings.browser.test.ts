import { expect } from '@open-wc/testing';
import { DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { pseudoStrings, shadowText, untranslated } from '../../../core/src/test/wording-check.js';
import { $, $$, DEMO, mount, text } from '../test/priority-tracker-fixture.js';
import { PRIORITY_TRACKER_TEXT } from './priority-tracker.strings.js';
import './define.js';

describe('<send-priority-tracker> wording', () => {
  describe('wording', () => {
    it('rewords every text with a strings object: overview, actions, rules, measures, timeline, filters, table, live region and summary', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' });
      el.locale = 'cy';
      el.strings = pseudoStrings(PRIORITY_TRACKER_TEXT);
      await el.updateComplete;
      const fields = [
        'plan',
        'priority_title',
        'action_id',
        'action',
        'owner',
        'outcome',
        'evidence_label',
        'evidence_url',
        'measure',
        'unit',
      ];
      const data = [
        ...new Set(DEMO.flatMap((r) => fields.map((f) => r[f]).filter((v): v is string => typeof v === 'string'))),
        'Improvement plan tracker',
        'Illustrative data',
      ];
      const texts: string[] = [];
      const live = () => text($(el, '[aria-live="polite"]'));
      for (const plan of ['SEND and Inclusion Improvement Plan', 'Written Statement of Action']) {
        el.plan = plan;
        for (const filter of [{}, { filterStatus: 'at_risk,off_track', filterOverdue: true }]) {
          el.filterStatus = filter.filterStatus ?? '';
          el.filterOverdue = filter.filterOverdue ?? false;
          for (const mode of ['priorities', 'timeline'] as const) {
            el.mode = mode;
            await el.updateComplete;
            for (const b of $$(el, 'button.why')) b.click();
            await el.updateComplete;
            $(el, '[part~="plot"]')!.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
            );
            await el.updateComplete;
            expect(live(), `${plan}, ${mode}: the announcement`).to.match(/^⟦announce⟧/);
            expect(el.summary).to.match(/^⟦/);
            texts.push(...shadowText(el), live(), el.summary);
            el.view = 'table';
            await el.updateComplete;
            expect(text($(el, 'caption'))).to.match(/^⟦(timelineCaption|actionsCaption)⟧/);
            texts.push(...shadowText(el));
            el.view = 'chart';
            await el.updateComplete;
            for (const b of $$(el, 'button.why')) if (b.getAttribute('aria-expanded') === 'true') b.click();
          }
        }
      }
      const all = texts.join(' ');
      for (const key of [
        'ragReasonOffTrack_one',
        'ragReasonMostOverdue_other',
        'ragRule.red',
        'measureSentence',
        'trackerSummaryClosed_other',
        'closedBar',
        'monthShort.9',
        'filterShowing',
      ])
        expect(all).to.contain(`⟦${key}⟧`);
      expect(untranslated(texts, data)).to.deep.equal([]);
    });

    it('takes real Welsh for a status and a control, and keeps the rest in English', async () => {
      const el = await mount(DEMO, {
        'as-of': DEMO_ACTIONS_AS_OF,
        strings: JSON.stringify({ 'status.on_track': 'Ar y trywydd iawn', onlyOverdue: 'Dim ond y rhai sy’n hwyr' }),
      });
      expect(text($(el, 'label.check'))).to.equal('Dim ond y rhai sy’n hwyr');
      expect($$(el, '.filter-status-select option').map((o) => o.textContent)).to.contain('Ar y trywydd iawn');
      expect(el.summary).to.contain('ar y trywydd iawn');
      expect(el.summary).to.match(/^As of 1 October 2025/);
      // month names in Welsh from strings (Chrome has no Welsh date data of its own)
      el.locale = 'cy';
      el.strings = { ...el.strings, 'month.10': 'Hydref', 'month.3': 'Mawrth' };
      await el.updateComplete;
      expect(el.summary).to.match(/^As of 1 Hydref 2025/);
      expect(text($(el, '.overdue-count'))).to.contain('1 Hydref 2025');
    });
  });
});
