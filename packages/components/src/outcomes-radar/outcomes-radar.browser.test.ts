import { expect, oneEvent } from '@open-wc/testing';
import { OUTCOME_CODES, OUTCOME_LABELS } from '@send-insight/data';
import { DEMO_OUTCOMES_SUPPRESSED_CELL, demoOutcomesRows, demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import type { SendSelectEvent } from '@send-insight/core';
import { everyChannel, runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { pseudoStrings, shadowText, untranslated } from '../../../core/src/test/wording-check.js';
import { atZoom400, reflowProblems } from '../../../core/src/test/reflow-check.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import './define.js';
import type { OutcomesDatum, SendOutcomesRadar } from './outcomes-radar.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { key as keydown } from '../../../core/src/test/keyboard.js';

const GROUPS = ['Children and young people (HY5!)', 'Parents and carers (Voice 4 Parents)', 'Practitioners'];

const mount = (data: unknown, width = 720, attributes: Record<string, string> = {}) =>
  mountChart<SendOutcomesRadar>('send-outcomes-radar', {
    width,
    attributes: { heading: 'How children, young people and families say things are', ...attributes },
    setup: (el) => (el.data = data as SendOutcomesRadar['data']),
  });

const root = (el: SendOutcomesRadar) => el.shadowRoot!;
const svgEl = (el: SendOutcomesRadar) => root(el).querySelector<SVGSVGElement>('svg.outcomes')!;
const live = (el: SendOutcomesRadar) => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const plot = (el: SendOutcomesRadar) => root(el).querySelector<HTMLElement>('[part~="plot"]')!;

async function press(el: SendOutcomesRadar, key: string) {
  plot(el).dispatchEvent(keydown(key));
  await el.updateComplete;
}

async function tableRows(el: SendOutcomesRadar): Promise<string[][]> {
  el.view = 'table';
  await el.updateComplete;
  const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );
  el.view = 'chart';
  await el.updateComplete;
  return rows;
}

/** The next `name` event, or a failure after `ms` (never a hung run). */
function nextEvent<T extends Event>(el: EventTarget, name: string, ms = 5000): Promise<T> {
  return Promise.race([
    oneEvent(el, name) as Promise<T>,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms`)), ms)),
  ]);
}

const pct = (agree: number, n: number) => `${Math.round((100 * agree) / n)}%`;

describe('<send-outcomes-radar>', () => {
  runChartBaseTests('send-outcomes-radar', {
    valid: demoOutcomesRows,
    bad: {
      csv: 'outcome,group,period,respondents,agree\nsafe,A,2025,40,12\nhappy,A,2025,forty,12\n',
      row: 3,
      column: 'respondents',
    },
    hostile: (text) =>
      OUTCOME_CODES.map((outcome, i) => ({
        outcome,
        group: text,
        period: '2025',
        respondents: 100 + i,
        agree: 40 + i,
      })),
    small: {
      data: demoOutcomesSuppressedRows,
      // "85.7" as a number of its own: not the tail of a coordinate such as 485.71 in the SVG's geometry
      forbidden: [/86%/, /\b85\.7/, /\b6 of 7\b/, /\b6 agreed\b/, /\b7 (people|responses|respondents)\b/],
    },
  });

  it('draws the demo as a radar at 720 px: eight axes in order, a series per group, a marker per shown value', async () => {
    const el = await mount(demoOutcomesRows());
    expect(svgEl(el).dataset.view).to.equal('radar');
    const axes = [...root(el).querySelectorAll('.axis-label')].map((g) => g.getAttribute('data-outcome'));
    expect(axes).to.deep.equal([...OUTCOME_CODES]);
    const titles = [...root(el).querySelectorAll('.axis-label text')].map((t) =>
      [...t.querySelectorAll('tspan.title')].map((s) => s.textContent).join(' '),
    );
    expect(titles).to.deep.equal(OUTCOME_CODES.map((o) => OUTCOME_LABELS[o].short));
    const series = [...root(el).querySelectorAll('.series-layer .series')];
    expect(series.map((s) => s.getAttribute('data-series'))).to.deep.equal(GROUPS);
    for (const s of series) expect(s.querySelectorAll('path.marker').length).to.equal(8);
    const legend = root(el).querySelector('[part~="legend"]')!.textContent!.replace(/\s+/g, ' ');
    for (const g of GROUPS) expect(legend).to.contain(g);
    expect(el.summary).to.match(/^In 2025, Children and young people \(HY5!\) agreed most with/);
  });

  it('shows in the table exactly the figures the chart shows (bars view: value labels)', async () => {
    const el = await mount(demoOutcomesRows(), 720, { view: 'bars' });
    expect(svgEl(el).dataset.view).to.equal('bars');
    const chart = new Map<string, string>();
    const changes = new Map<string, string>();
    const series = [...root(el).querySelectorAll('.series-layer .series')];
    series.forEach((s) => {
      const values = [...s.querySelectorAll('text.value')].map((t) => t.textContent!.trim());
      const moves = [...s.querySelectorAll('text.change')].map((t) => t.textContent!.trim());
      expect(values).to.have.length(8);
      values.forEach((v, i) =>
        chart.set(`${s.getAttribute('data-series')}|${OUTCOME_LABELS[OUTCOME_CODES[i]!].short}`, v),
      );
      moves.forEach((v, i) =>
        changes.set(`${s.getAttribute('data-series')}|${OUTCOME_LABELS[OUTCOME_CODES[i]!].short}`, v),
      );
    });
    el.view = 'table';
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.have.length(24);
    expect(root(el).querySelectorAll('thead th')[7]!.textContent).to.contain('Change since 2024');
    for (const [outcome, group, period, percent, , , , change] of rows) {
      expect(period).to.equal('2025');
      expect(percent, `${group} ${outcome}`).to.equal(chart.get(`${group}|${outcome}`));
      const drawn = changes.get(`${group}|${outcome}`)!;
      const significant = /^[▲▼] /.test(drawn);
      expect(change).to.equal(`${drawn.replace(/^[▲▼] /, '')}, ${significant ? 'significant' : 'not significant'}`);
    }
    // and the same figures are the data's: e.g. the first demo row for 2025
    const first = demoOutcomesRows().find((r) => r.period === '2025')!;
    expect(chart.get(`${first.group}|${OUTCOME_LABELS[first.outcome as 'voice_heard'].short}`)).to.equal(
      pct(first.agree, first.respondents),
    );
    el.view = 'bars';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('marks significant changes with a triangle and words, not colour alone', async () => {
    const el = await mount(demoOutcomesRows(), 720, { view: 'bars' });
    const changes = [...root(el).querySelectorAll('text.change')].map((t) => ({
      text: t.textContent!,
      sig: t.classList.contains('sig'),
    }));
    expect(changes).to.have.length(24);
    expect(changes.filter((c) => c.sig).every((c) => /^[▲▼] [+\u2212]\d+ pts$/.test(c.text))).to.equal(true);
    expect(changes.filter((c) => !c.sig).every((c) => !/[▲▼]/.test(c.text))).to.equal(true);
    expect(changes.filter((c) => c.sig).length).to.equal(3);
    expect(root(el).querySelector('.note')!.textContent).to.contain('▲ ▼ significant');
  });

  it('moves axis by axis with left/right and series by series with up/down, announcing each value', async () => {
    const el = await mount(demoOutcomesRows());
    plot(el).focus();
    await press(el, 'ArrowRight');
    expect(live(el)).to.match(
      /^Children and young people \(HY5!\)\. Voice heard, 2025: \d+% agreed \(95% interval \d+% to \d+%; \d+ of \d+ people\)/,
    );
    expect(live(el)).to.contain('(1 of 8)');
    await press(el, 'ArrowRight');
    expect(live(el)).to.match(/^Children and young people \(HY5!\)\. Healthy, 2025/);
    await press(el, 'ArrowDown');
    expect(live(el)).to.match(/^Parents and carers \(Voice 4 Parents\)\. Healthy, 2025/);
    expect(live(el)).to.contain('(2 of 8)');
    await press(el, 'End');
    expect(live(el)).to.match(/^Parents and carers \(Voice 4 Parents\)\. In control \/ prepared for adulthood, 2025/);
    await press(el, 'ArrowUp');
    expect(live(el)).to.match(/^Children and young people \(HY5!\)\. In control \/ prepared for adulthood, 2025/);
    // the active marker is drawn larger, and the tooltip says the same words
    expect(root(el).querySelectorAll('path.marker.active')).to.have.length(1);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain(
      'In control / prepared for adulthood, 2025',
    );
    const announced = live(el);
    const selected = nextEvent<SendSelectEvent<OutcomesDatum>>(el, 'send-select');
    await press(el, 'Enter');
    const datum = (await selected).detail.datum;
    // the announced figure is the table's
    const rows = await tableRows(el);
    const row = rows.find((r) => r[0] === 'In control / prepared for adulthood' && r[1] === GROUPS[0])!;
    expect(announced).to.contain(`: ${row[3]} agreed (95% interval ${row[4]}; ${row[5]} of ${row[6]} people)`);
    expect(datum).to.include({ outcome: 'prepared_for_adulthood', group: GROUPS[0], period: '2025', status: 'shown' });
  });

  it('works out its view once per update: a view property rebuilds the view but not the model, the keyboard neither', async () => {
    const el = await mount(demoOutcomesRows(), 720, { layout: 'radar' });
    const spy = el as unknown as { chartView: (...a: unknown[]) => unknown; buildModel: (...a: unknown[]) => unknown };
    const counts = { view: 0, model: 0 };
    for (const name of ['chartView', 'buildModel'] as const) {
      const original = spy[name].bind(el);
      spy[name] = (...a: unknown[]) => (counts[name === 'chartView' ? 'view' : 'model']++, original(...a));
    }
    const since = async (change: () => void | Promise<void>) => {
      counts.view = counts.model = 0;
      await change();
      await el.updateComplete;
      return { ...counts };
    };
    expect(await since(() => void (el.target = 70))).to.deep.equal({ view: 1, model: 0 });
    expect(await since(() => void (el.layout = 'bars'))).to.deep.equal({ view: 1, model: 0 });
    plot(el).focus();
    expect(await since(() => press(el, 'ArrowDown'))).to.deep.equal({ view: 0, model: 0 });
    expect(await since(() => void (el.toCsv(), el.summary))).to.deep.equal({ view: 0, model: 0 });
    // the group or period drawn is the family Holm's adjustment is over, so it rebuilds the model
    expect(await since(() => void (el.series = 'period'))).to.deep.equal({ view: 1, model: 1 });
  });

  it('picks the dot plot at 320 px, unless layout says radar', async () => {
    const narrow = await mount(demoOutcomesRows(), 320);
    expect(svgEl(narrow).dataset.view).to.equal('bars');
    const pressed = [...root(narrow).querySelectorAll('.form-switch button[aria-pressed="true"]')].map((b) =>
      b.textContent!.trim(),
    );
    expect(pressed).to.deep.equal(['Dot plot']);
    expect(Number(svgEl(narrow).getAttribute('width'))).to.be.at.most(320);
    const forced = await mount(demoOutcomesRows(), 320, { layout: 'radar' });
    expect(svgEl(forced).dataset.view).to.equal('radar');
    expect(root(forced).querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(322);
    await expect(forced).to.be.accessible();
  });

  it('switches between radar and dot plot with two toggle buttons', async () => {
    const el = await mount(demoOutcomesRows());
    const [radar, dots] = [...root(el).querySelectorAll<HTMLButtonElement>('.form-switch button')];
    expect(radar!.getAttribute('aria-pressed')).to.equal('true');
    dots!.click();
    await el.updateComplete;
    expect(svgEl(el).dataset.view).to.equal('bars');
    expect(dots!.getAttribute('aria-pressed')).to.equal('true');
    expect(radar!.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    radar!.click();
    await el.updateComplete;
    expect(svgEl(el).dataset.view).to.equal('radar');
  });

  it('draws one series per period for a group, with a target ring', async () => {
    const el = await mount(demoOutcomesRows(), 720, { series: 'period', group: 'Practitioners', target: '70' });
    expect(
      [...root(el).querySelectorAll('.series-layer .series')].map((s) => s.getAttribute('data-series')),
    ).to.deep.equal(['2023', '2024', '2025']);
    expect(root(el).querySelector('path.target')).to.exist;
    expect(root(el).querySelector('svg')!.textContent).to.contain('Target 70%');
    expect(el.summary).to.match(/^In 2025, Practitioners agreed most with/);
    const rows = await tableRows(el);
    expect(new Set(rows.map((r) => r[1]))).to.deep.equal(new Set(['Practitioners']));
  });

  it('follows min-count: results that would disclose fewer than 80 people become labelled gaps', async () => {
    const t = 80;
    const el = await mount(demoOutcomesRows(), 720, { 'min-count': String(t) });
    const rows = demoOutcomesRows().filter((r) => r.period === '2025');
    const hidden = rows.filter(
      (r) =>
        r.respondents < t ||
        (r.agree > 0 && r.agree < t) ||
        (r.respondents - r.agree > 0 && r.respondents - r.agree < t),
    );
    expect(hidden.length).to.be.greaterThan(0);
    expect(hidden.length).to.be.lessThan(24);
    expect(root(el).querySelectorAll('.series-layer path.marker')).to.have.length(24 - hidden.length);
    // one hollow series marker per gap beside its axis, and the reason in words (wrapped if long)
    expect(root(el).querySelectorAll('.axis-label path.marker.hollow')).to.have.length(hidden.length);
    for (const label of root(el).querySelectorAll('.axis-label')) {
      const icons = label.querySelectorAll('path.marker.hollow').length;
      const words = [...label.querySelectorAll('tspan.gap-text')].map((x) => x.textContent).join(' ');
      expect(words).to.equal(Array(icons).fill('not shown to protect small numbers').join(' '));
    }
    const all = await everyChannel(el);
    for (const r of hidden) expect(all, `${r.group} ${r.outcome}`).to.not.contain(`${r.agree} of ${r.respondents}`);
  });

  it('says "No data to show for 2019" for a period the data does not have', async () => {
    const el = await mount(demoOutcomesRows(), 720, { period: '2019' });
    expect(el.state).to.equal('empty');
    expect(root(el).textContent).to.contain('No data to show for 2019');
  });

  it('shows hostile group names as text in the legend, table and announcements', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const el = await mount(
      OUTCOME_CODES.map((outcome, i) => ({ outcome, group: evil, period: '2025', respondents: 50 + i, agree: 20 + i })),
    );
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[part~="legend"]')!.textContent).to.contain(evil);
    plot(el).focus();
    await press(el, 'ArrowRight');
    expect(root(el).querySelector('[part~="tooltip"] img')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.not.equal(1);
  });

  describe('with one group suppressed on one axis', () => {
    const { outcome, group, period, respondents, agree } = DEMO_OUTCOMES_SUPPRESSED_CELL;
    const secretPct = pct(agree, respondents); // "86%"
    const secret1dp = ((100 * agree) / respondents).toFixed(1); // "85.7"

    it('leaves a labelled gap: no marker, "fewer than 10 responses" beside the axis', async () => {
      const el = await mount(demoOutcomesSuppressedRows());
      const series = root(el).querySelector(`.series-layer .series[data-series="${group}"]`)!;
      expect(series.querySelectorAll('path.marker')).to.have.length(7);
      const label = root(el).querySelector(`.axis-label[data-outcome="${outcome}"]`)!;
      expect(label.querySelector('tspan.gap-text')!.textContent).to.equal('fewer than 10 responses');
      expect(label.querySelectorAll('path.marker.hollow')).to.have.length(1);
      // other groups still have all eight
      for (const g of GROUPS.filter((x) => x !== group)) {
        expect(root(el).querySelectorAll(`.series-layer .series[data-series="${g}"] path.marker`)).to.have.length(8);
      }
      await expect(el).to.be.accessible();
    });

    it('keeps its %, agree count and respondent count out of every channel', async () => {
      const el = await mount(demoOutcomesSuppressedRows());
      // guard: no shown 2025 figure happens to look like the secret
      const shown = demoOutcomesSuppressedRows().filter(
        (r) => r.period === period && !(r.group === group && r.outcome === outcome),
      );
      expect(shown.map((r) => pct(r.agree, r.respondents))).to.not.include(secretPct);

      // DOM text, aria, summary, CSV, SVG export and table
      const all = await everyChannel(el);
      expect(all).to.not.contain(secretPct);
      expect(all).to.not.match(new RegExp(`\\b${secret1dp.replace('.', '\\.')}`));
      expect(all).to.contain('fewer than 10 responses');

      // the table row and CSV line for it carry words only
      const rows = await tableRows(el);
      const row = rows.find((r) => r[0] === OUTCOME_LABELS[outcome].short && r[1] === group)!;
      expect(row.slice(3).join(' ').trim()).to.equal('fewer than 10 responses suppressed suppressed suppressed');
      const csvLine = el
        .toCsv()
        .split('\r\n')
        .find((l) => l.startsWith(`${OUTCOME_LABELS[outcome].short},${group}`))!;
      expect(csvLine).to.equal(
        `${OUTCOME_LABELS[outcome].short},${group},${period},fewer than 10 responses,suppressed,suppressed,suppressed,,`,
      );
      expect(csvLine).to.not.match(new RegExp(`\\b(${agree}|${respondents})\\b`));

      // the live region, tooltip and send-select when the keyboard reaches it
      plot(el).focus();
      await press(el, 'ArrowRight');
      for (let i = 0; i < 4; i++) await press(el, 'ArrowRight'); // to "Safe" (axis 5 of 8)
      expect(live(el)).to.equal(`${group}. Safe, 2025: fewer than 10 responses, not shown (5 of 8)`);
      const tooltip = root(el).querySelector('[part~="tooltip"]')!.textContent!;
      expect(tooltip).to.contain('fewer than 10 responses');
      expect(tooltip.replace('2025', '').replace('10', '')).to.not.match(/\d/);
      const selected = nextEvent<SendSelectEvent<OutcomesDatum>>(el, 'send-select');
      await press(el, 'Enter');
      const datum = (await selected).detail.datum;
      expect(datum).to.deep.equal({ outcome, group, period, status: 'suppressed', reason: 'few-responses' });
      // the SVG export, once more with the focus ring and tooltip up
      const exported = await el.toSvg();
      expect(exported).to.not.contain(secretPct);
      expect(exported).to.contain('fewer than 10 responses');
    });

    it('keeps it out of the dot plot too', async () => {
      const el = await mount(demoOutcomesSuppressedRows(), 320);
      expect(svgEl(el).dataset.view).to.equal('bars');
      const text = svgEl(el).textContent!;
      expect(text).to.not.contain(secretPct);
      expect(text).to.contain('fewer than 10 responses');
      const series = root(el).querySelector(`.series-layer .series[data-series="${group}"]`)!;
      expect(series.querySelectorAll('text.value')).to.have.length(7);
    });
  });

  it('rewords every text with a strings object: form switch, labels, gaps, target, table, live region and summary', async () => {
    const heading = 'How children, young people and families say things are';
    const el = await mount(demoOutcomesSuppressedRows(), 720, { target: '70', source: 'Survey' });
    el.locale = 'cy';
    el.strings = pseudoStrings(OUTCOMES_RADAR_TEXT);
    await el.updateComplete;
    const data = [...GROUPS, '2023', '2024', '2025', heading, 'Survey'];
    const texts: string[] = [];
    for (const [series, layout] of [
      ['group', 'radar'],
      ['group', 'bars'],
      ['period', 'radar'],
      ['period', 'bars'],
    ] as const) {
      el.series = series;
      el.layout = layout;
      await el.updateComplete;
      await press(el, 'ArrowRight');
      expect(live(el), `${series}/${layout}: the announcement`).to.match(/^⟦announce⟧/);
      expect(el.summary, `${series}/${layout}: the summary`).to.match(/^⟦/);
      texts.push(...shadowText(el), live(el), el.summary);
      el.view = 'table';
      await el.updateComplete;
      expect(root(el).querySelector('caption')!.textContent).to.match(/^⟦outcomesCaption⟧/);
      texts.push(...shadowText(el));
      el.view = 'chart';
      await el.updateComplete;
    }
    expect(texts.join(' ')).to.contain('⟦outcomesFewResponses⟧');
    expect(untranslated(texts, data)).to.deep.equal([]);
  });

  it('names the form switch in the strings given (real Welsh)', async () => {
    const el = await mount(demoOutcomesRows(), 720, {
      strings: JSON.stringify({
        outcomesFormRadar: 'Radar',
        outcomesFormBars: 'Plot dotiau',
        outcomesFormLabel: 'Ffurf y siart',
        'outcome.happy': 'Hapus',
      }),
    });
    const buttons = [...root(el).querySelectorAll('.form-switch button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Radar', 'Plot dotiau']);
    expect(root(el).querySelector('.form-switch')!.getAttribute('aria-label')).to.equal('Ffurf y siart');
    expect(root(el).querySelector('[data-outcome="happy"]')!.textContent).to.contain('Hapus');
  });

  it('reflows at 400% zoom as a dot plot and as a radar chosen by hand: no sideways scrolling, no clipped or overlapping text', async () => {
    const forms: Record<string, string>[] = [
      {},
      { target: '70' },
      { series: 'period' },
      { layout: 'radar' },
      { layout: 'radar', target: '100' },
      { layout: 'radar', series: 'period' },
    ];
    for (const attributes of forms) {
      await atZoom400('send-outcomes-radar', demoOutcomesSuppressedRows(), attributes, async (el) => {
        expect(reflowProblems(el), JSON.stringify(attributes)).to.deep.equal([]);
      });
    }
  });
});
