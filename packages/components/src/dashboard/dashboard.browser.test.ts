import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  Announcements,
  FetchCount,
  fiveElements,
  mountDashboard,
  settled,
  unmount,
} from '../test/dashboard-fixture.js';
import type { SendDashboard } from './dashboard.js';
import { DASHBOARD_STRINGS } from './dashboard.strings.js';
import type { SendChangeEvent } from './send-change-event.js';

type Chart = HTMLElement & {
  area?: string;
  period?: string;
  theme?: string;
  locale: string;
  minCount: number;
  state: string;
  summary: string;
  updateComplete: Promise<boolean>;
};

/** EHC plans each January for two authorities and England (counts), as indicators rows. */
const PLANS = [
  ['E92000001', 'England', 'National', '2023/24', 576474],
  ['E92000001', 'England', 'National', '2024/25', 638745],
  ['E08000031', 'Wolverhampton', 'Local authority', '2023/24', 2847],
  ['E08000031', 'Wolverhampton', 'Local authority', '2024/25', 3148],
  ['E08000030', 'Walsall', 'Local authority', '2023/24', 2466],
  ['E08000030', 'Walsall', 'Local authority', '2024/25', 2701],
];
const plansCsv = [
  'area_code,area_name,geographic_level,time_period,indicator,unit,value',
  ...PLANS.map(([code, name, level, period, value]) => `${code},${name},${level},${period},ehc_plans,count,${value}`),
].join('\n');
const inline = (id: string, attributes = '') =>
  `<send-indicator id="${id}" heading="EHC plans ${id}" loading-delay="0" ${attributes}><script type="text/csv">${plansCsv}</script></send-indicator>`;
const byId = (dashboard: SendDashboard, id: string) => dashboard.querySelector<Chart>(`#${id}`)!;
const input = (dashboard: SendDashboard) => dashboard.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;

describe('<send-dashboard>', () => {
  it('has the expected defaults', async () => {
    const dashboard = await mountDashboard('', inline('a'));
    expect(dashboard.urlParam).to.equal('area');
    expect(dashboard.area).to.equal(undefined);
    expect(dashboard.state).to.equal('ready');
    expect(dashboard.shadowRoot!.querySelector('label')!.textContent).to.equal(DASHBOARD_STRINGS.dashboardAreaLabel);
    expect(
      dashboard.shadowRoot!.querySelector('[role="status"][aria-live="polite"]:not(.picker *)')!.textContent!.trim(),
    ).to.equal('');
    expect(dashboard.areaOptions.map((a) => a.name)).to.deep.equal(['Walsall', 'Wolverhampton']);
    unmount(dashboard);
  });

  describe('passing values down', () => {
    it('passes area, period, theme, locale and min-count to every element inside, however deep', async () => {
      const dashboard = await mountDashboard(
        'area="E08000030" period="2023/24" theme="nhs" locale="en-GB" min-count="20"',
        `${inline('a')}<section><h2>Deeper</h2>${inline('b')}</section>`,
      );
      for (const id of ['a', 'b']) {
        const el = byId(dashboard, id);
        expect([el.area, el.period, el.theme, el.locale, el.minCount], id).to.deep.equal([
          'E08000030',
          '2023/24',
          'nhs',
          'en-GB',
          20,
        ]);
      }
      expect(byId(dashboard, 'b').summary).to.contain('Walsall');
      expect(byId(dashboard, 'b').summary).to.contain('2,466');
      unmount(dashboard);
    });

    it('lets an element keep what it sets itself: attributes it was written with, and values set on it since', async () => {
      const dashboard = await mountDashboard(
        'area="E08000030" theme="council"',
        `${inline('a')}${inline('own', 'area="E08000031" theme="nhs" min-count="15"')}`,
      );
      const own = byId(dashboard, 'own');
      expect([own.area, own.theme, own.minCount]).to.deep.equal(['E08000031', 'nhs', 15]);
      byId(dashboard, 'a').period = '2023/24';
      dashboard.period = '2024/25';
      dashboard.area = 'Wolverhampton';
      await dashboard.updateComplete;
      expect(byId(dashboard, 'a').area).to.equal('Wolverhampton');
      expect(byId(dashboard, 'a').period, 'set on the element since').to.equal('2023/24');
      expect(own.area).to.equal('E08000031');
      // a value the dashboard no longer has is taken back
      dashboard.theme = undefined;
      await dashboard.updateComplete;
      expect(byId(dashboard, 'a').theme).to.equal(undefined);
      expect(own.theme).to.equal('nhs');
      unmount(dashboard);
    });

    it('keeps passing values to elements defined after the dashboard (values given before their upgrade are not theirs)', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML =
        '<send-dashboard area="E08000031" theme="nhs" url-param=""><send-late-test id="late"></send-late-test></send-dashboard>';
      document.body.append(wrapper);
      const dashboard = wrapper.querySelector('send-dashboard')!;
      await dashboard.updateComplete;
      const { LitElement } = await import('lit');
      class LateTest extends LitElement {
        static override properties = {
          area: {},
          period: {},
          theme: { reflect: true },
          locale: {},
          minCount: { attribute: 'min-count', type: Number },
        };
        declare area?: string;
        declare period?: string;
        declare theme?: string;
        locale = 'en-GB';
        minCount = 10;
      }
      customElements.define('send-late-test', LateTest);
      const late = wrapper.querySelector('#late') as unknown as LateTest;
      // between its upgrade and its first update the element reads no area: the dashboard passes its
      // values again then (a slot change does that in a page), and must not take that for the element's own
      expect(late.area).to.equal(undefined);
      (dashboard as unknown as { passValues(): void }).passValues();
      await late.updateComplete;
      await dashboard.updateComplete;
      expect([late.area, late.theme]).to.deep.equal(['E08000031', 'nhs']);
      dashboard.area = 'E10000034';
      await dashboard.updateComplete;
      expect(late.area).to.equal('E10000034');
      wrapper.remove();
    });

    it('passes its values to an element added later', async () => {
      const dashboard = await mountDashboard('area="E08000030"', inline('a'));
      dashboard.insertAdjacentHTML('beforeend', inline('later'));
      await waitUntil(() => byId(dashboard, 'later').state === 'ready', 'the added element never drew', {
        timeout: 5000,
      });
      expect(byId(dashboard, 'later').area).to.equal('E08000030');
      unmount(dashboard);
    });
  });

  describe('five elements on published files', function () {
    this.timeout(60_000);
    const fetches = new FetchCount();
    before(() => fetches.start());
    after(() => fetches.stop());

    it('shows Wolverhampton in every element, then Walsall in every one after one choice, reading no file again and saying so once', async () => {
      const dashboard = await mountDashboard('area="E08000031" url-param=""', fiveElements());
      const summaries = () =>
        dashboard.elements.map((el) => `${el.id}: ${(el as Chart).state}: ${(el as Chart).summary}`);
      const before = summaries();
      expect(before[0]).to.contain('Wolverhampton');
      expect(before[0]).to.contain('3,148');
      expect(before[1]).to.contain('25.7%');
      expect(before[3]).to.contain('Wolverhampton');
      expect(before[4]).to.contain('158 neighbourhoods');
      const requests = fetches.total;
      expect(requests, 'one request per element').to.equal(5);

      const heard = new Announcements(dashboard);
      const changes: string[] = [];
      dashboard.addEventListener('send-change', (e) => changes.push((e as SendChangeEvent).detail.area));
      input(dashboard).focus();
      input(dashboard).select();
      await sendKeys({ type: 'Walsall' });
      await sendKeys({ press: 'Enter' });
      await settled(dashboard);
      await waitUntil(() => heard.heard.length > 0, 'nothing was announced', { timeout: 10_000 });
      await aTimeout(800); // anything else said would come now
      heard.stop();

      const after = summaries();
      for (const [i, id] of ['plans', 'timeliness', 'independent', 'needs'].entries()) {
        expect(after[i], id).to.contain('Walsall');
        expect(after[i], id).not.to.equal(before[i]);
      }
      expect((byId(dashboard, 'context') as Chart).state, 'the extract holds Wolverhampton only').to.equal('empty');
      expect(fetches.total, 'no file was fetched again').to.equal(requests);
      expect(changes).to.deep.equal(['E08000030']);
      expect(heard.heard).to.deep.equal([
        'Showing Walsall: 5 charts updated. 1 of them cannot be shown for this area.',
      ]);
      expect(input(dashboard).value).to.equal('Walsall');
      unmount(dashboard);
    });

    it('offers the areas of every element, or only of those named in areas-from', async () => {
      const dashboard = await mountDashboard('area="E08000031" url-param=""', fiveElements());
      const codes = dashboard.areaOptions.map((a) => a.code);
      expect(codes).to.include.members(['E08000031', 'E08000030', 'E06000023', 'E06000017', 'E10000034']);
      expect(codes).not.to.include('E92000001');
      expect(new Set(codes).size).to.equal(codes.length);
      dashboard.areasFrom = 'needs';
      await dashboard.updateComplete;
      expect(dashboard.areaOptions.map((a) => a.name)).to.deep.equal([
        'Bristol, City of',
        'Rutland',
        'Walsall',
        'Wolverhampton',
      ]);
      unmount(dashboard);
    });
  });

  describe('the address', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('opens the area in ?area= and keeps each choice there, leaving the rest of the address alone', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1&area=E08000030#here`);
      const dashboard = await mountDashboard('area="E08000031"', `${inline('a')}${inline('b')}`);
      expect(dashboard.area).to.equal('E08000030');
      expect(byId(dashboard, 'a').summary).to.contain('Walsall');
      input(dashboard).focus();
      input(dashboard).select();
      await sendKeys({ type: 'Wolverhampton' });
      await sendKeys({ press: 'Enter' });
      await settled(dashboard);
      expect(location.search).to.equal('?keep=1&area=E08000031');
      expect(location.hash).to.equal('#here');
      expect(byId(dashboard, 'b').summary).to.contain('Wolverhampton');
      unmount(dashboard);
    });

    it('leaves the address alone with url-param=""', async () => {
      history.replaceState(null, '', `${location.pathname}?area=E08000030`);
      const dashboard = await mountDashboard('area="E08000031" url-param=""', inline('a'));
      expect(dashboard.area).to.equal('E08000031');
      input(dashboard).focus();
      input(dashboard).select();
      await sendKeys({ type: 'Walsall' });
      await sendKeys({ press: 'Enter' });
      await settled(dashboard);
      expect(dashboard.area).to.equal('E08000030');
      expect(location.search).to.equal('?area=E08000030');
      unmount(dashboard);
    });

    it('says that an area in the address is not in the figures, with what it may mean, once the elements have read their data', async () => {
      history.replaceState(null, '', `${location.pathname}?area=Wolverhamton`);
      const dashboard = await mountDashboard('', `${inline('a')}${inline('b')}`);
      await dashboard.updateComplete;
      const problem = dashboard.shadowRoot!.querySelector('[role="alert"]')!;
      expect(problem.textContent!.replace(/\s+/g, ' ')).to.contain(
        'There is no local authority called “Wolverhamton” in these figures.',
      );
      expect([...problem.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Wolverhampton (E08000031)',
      ]);
      expect(byId(dashboard, 'a').state).to.equal('empty');
      problem.querySelector('button')!.click();
      await settled(dashboard);
      expect(byId(dashboard, 'a').summary).to.contain('Wolverhampton');
      expect(dashboard.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(new URL(location.href).searchParams.get('area')).to.equal('E08000031');
      unmount(dashboard);
    });
  });

  describe('themes', () => {
    for (const [theme, link] of [
      ['council', '#1d70b8'],
      ['nhs', '#005eb8'],
    ] as const) {
      it(`applies the ${theme} theme to the picker and to every element`, async () => {
        const dashboard = await mountDashboard(`theme="${theme}" area="E08000031"`, `${inline('a')}${inline('b')}`);
        expect(getComputedStyle(dashboard).getPropertyValue('--send-color-link').trim().toLowerCase()).to.equal(link);
        for (const el of dashboard.elements) {
          expect((el as Chart).theme).to.equal(theme);
          expect(getComputedStyle(el).getPropertyValue('--send-color-1').trim().toLowerCase()).to.equal(link);
        }
        unmount(dashboard);
      });
    }
  });

  it('lines up the toolbars of tiles side by side when one heading wraps, and lets them follow their headings when stacked', async () => {
    // where the toolbar's first control stands
    const toolbarTop = (el: Chart) =>
      el.shadowRoot!.querySelector('[part~="toolbar"] > *')!.getBoundingClientRect().top;
    const dashboard = await mountDashboard('area="E08000031"', `${inline('t1')}${inline('t2')}${inline('t3')}`, 1248);
    const tiles = ['t1', 't2', 't3'].map((id) => byId(dashboard, id));
    tiles[1]!.setAttribute('heading', 'EHC plans maintained each January, counting every plan the authority keeps');
    await tiles[1]!.updateComplete;
    const heading = (el: Chart) => el.shadowRoot!.querySelector('[part~="heading"]')!.getBoundingClientRect().height;
    expect(heading(tiles[1]!), 'the long heading wraps').to.be.above(heading(tiles[0]!) * 1.5);
    // before: the second tile's toolbar stood a line lower than the others'
    await waitUntil(() => Math.abs(toolbarTop(tiles[0]!) - toolbarTop(tiles[1]!)) < 1, 'toolbars never level', {
      timeout: 3000,
    });
    expect(Math.abs(toolbarTop(tiles[2]!) - toolbarTop(tiles[1]!))).to.be.below(1);
    // stacked (one tile a row), each toolbar follows its own heading again
    dashboard.parentElement!.style.width = '320px';
    await waitUntil(() => toolbarTop(tiles[1]!) > toolbarTop(tiles[0]!) + 100, 'tiles never stacked', {
      timeout: 3000,
    });
    await aTimeout(100);
    for (const t of tiles) {
      const gap = toolbarTop(t) - t.shadowRoot!.querySelector('[part~="heading"]')!.getBoundingClientRect().bottom;
      expect(gap, t.id).to.be.below(30);
    }
    unmount(dashboard);
  });

  describe('on paper', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints a line naming the area in place of the picker, tiles side by side, and each later section on a page of its own', async () => {
      const dashboard = await mountDashboard(
        'area="E08000031"',
        `${inline('t1')}${inline('t2')}${inline('trend', 'view="trend"')}${inline('trend2', 'view="trend"')}`,
        700,
      );
      await emulateMedia({ media: 'print' });
      const root = dashboard.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.picker')!).display).to.equal('none');
      expect(root.querySelector('.print-area')!.textContent).to.equal('Local authority: Wolverhampton (E08000031)');
      expect(getComputedStyle(root.querySelector('.print-area')!).display).to.equal('block');
      const [t1, t2, trend, trend2] = ['t1', 't2', 'trend', 'trend2'].map((id) => byId(dashboard, id));
      expect(t1!.getBoundingClientRect().top).to.equal(t2!.getBoundingClientRect().top);
      expect(getComputedStyle(t2!).breakBefore).to.equal('auto');
      expect(getComputedStyle(trend!).breakBefore).to.equal('page');
      expect(getComputedStyle(trend2!).breakBefore).to.equal('page');
      expect(getComputedStyle(trend!).breakInside).to.equal('avoid');
      unmount(dashboard);
    });

    it('starts a section at a heading, which keeps what follows it on its page, and at a run of tiles after a chart', async () => {
      const dashboard = await mountDashboard(
        'area="E08000031"',
        `<h2 id="h1">Headlines</h2>${inline('t1')}${inline('t2')}<h2 id="h2">Over time</h2>${inline('trend', 'view="trend"')}${inline('t3')}`,
      );
      const sections = [...dashboard.children].filter((c) => c.hasAttribute('data-send-section')).map((c) => c.id);
      expect(sections).to.deep.equal(['h2', 't3']);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(byId(dashboard, 'h2')).breakBefore).to.equal('page');
      expect(getComputedStyle(byId(dashboard, 'h2')).breakAfter).to.equal('avoid');
      expect(getComputedStyle(byId(dashboard, 'trend')).breakBefore).to.equal('auto');
      unmount(dashboard);
    });
  });
});
