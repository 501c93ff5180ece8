import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HOSTILE_STRINGS } from '../../../core/src/test/hostile.js';
import { reflowProblems } from '../../../core/src/test/reflow-check.js';
import type { SendElement } from '@send-insight/core';
import { mountDashboard, settled, unmount } from '../test/dashboard-fixture.js';
import '../indicator/define.js';
import type { SendDashboard } from './dashboard.js';

/** Indicators rows naming three authorities (and England), for the picker to offer. */
function rows(
  names: readonly [string, string][] = [
    ['E08000031', 'Wolverhampton'],
    ['E08000030', 'Walsall'],
    ['E06000023', 'Bristol, City of'],
  ],
): string {
  const lines = [
    'area_code,area_name,geographic_level,time_period,indicator,unit,value',
    'E92000001,England,National,2024/25,ehc_plans,count,638745',
  ];
  names.forEach(([code, name], i) =>
    lines.push(`${code},"${name.replace(/"/g, '""')}",Local authority,2024/25,ehc_plans,count,${1000 + i}`),
  );
  return lines.join('\n');
}
const child = (csv = rows()) =>
  `<send-indicator id="a" heading="EHC plans" loading-delay="0"><script type="text/csv">${csv.replace(/</g, '&lt;')}</script></send-indicator>`;

const root = (d: SendDashboard) => d.shadowRoot!;
const input = (d: SendDashboard) => root(d).querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = (d: SendDashboard) =>
  [...root(d).querySelectorAll('[role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const status = (d: SendDashboard) => root(d).querySelector('.picker [role="status"]')!.textContent!.trim();

async function typeInto(d: SendDashboard, text: string): Promise<void> {
  input(d).focus();
  input(d).select();
  await sendKeys({ type: text });
  await d.updateComplete;
}

async function press(d: SendDashboard, key: string): Promise<void> {
  await sendKeys({ press: key });
  await d.updateComplete;
}

describe('<send-dashboard> area picker', () => {
  let dashboard: SendDashboard;
  afterEach(() => dashboard && unmount(dashboard));

  it('is a labelled combobox with a hint, its list closed, showing the area chosen', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    const field = input(dashboard);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(
      root(dashboard)
        .querySelector(`#${field.getAttribute('aria-controls')}`)!
        .getAttribute('role'),
    ).to.equal('listbox');
    expect(root(dashboard).querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Local authority');
    expect(root(dashboard).querySelector(`#${field.getAttribute('aria-describedby')}`)!.textContent).to.contain(
      'GSS code',
    );
    expect(field.value).to.equal('Wolverhampton');
    await expect(dashboard).to.be.accessible();
  });

  it('lists the matches as you type, moves through them with the arrow keys and chooses with Enter', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    await typeInto(dashboard, 'w');
    expect(input(dashboard).getAttribute('aria-expanded')).to.equal('true');
    expect(options(dashboard)).to.deep.equal(['Walsall E08000030', 'Wolverhampton E08000031']);
    expect(input(dashboard).hasAttribute('aria-activedescendant'), 'nothing chosen while typing').to.equal(false);
    await waitUntil(() => status(dashboard) !== '', 'the number of matches was never said', { timeout: 3000 });
    expect(status(dashboard)).to.equal('2 local authorities match. Use the up and down arrow keys to choose one.');
    await press(dashboard, 'ArrowDown');
    await press(dashboard, 'ArrowDown');
    const active = input(dashboard).getAttribute('aria-activedescendant')!;
    expect(root(dashboard).querySelector(`#${active}`)!.getAttribute('aria-selected')).to.equal('true');
    expect(root(dashboard).querySelector(`#${active}`)!.textContent).to.contain('Wolverhampton');
    await expect(dashboard).to.be.accessible();
    await press(dashboard, 'ArrowUp');
    await press(dashboard, 'Enter');
    expect(dashboard.area).to.equal('E08000030');
    expect(input(dashboard).value).to.equal('Walsall');
    expect(input(dashboard).getAttribute('aria-expanded')).to.equal('false');
    expect(status(dashboard), 'the count is not said after a choice').to.equal('');
    expect(dashboard.shadowRoot!.activeElement).to.equal(input(dashboard));
  });

  it('finds an authority by GSS code, and a name with punctuation by its words', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    await typeInto(dashboard, 'E060');
    expect(options(dashboard)).to.deep.equal(['Bristol, City of E06000023']);
    await typeInto(dashboard, 'city of');
    expect(options(dashboard)).to.deep.equal(['Bristol, City of E06000023']);
  });

  it('opens the whole list with the down arrow, closes it with Escape, and with a second Escape goes back to the area shown', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    input(dashboard).focus();
    await press(dashboard, 'ArrowDown');
    expect(options(dashboard)).to.have.length(3);
    await press(dashboard, 'Escape');
    expect(input(dashboard).getAttribute('aria-expanded')).to.equal('false');
    await typeInto(dashboard, 'Wal');
    await press(dashboard, 'Escape');
    await press(dashboard, 'Escape');
    expect(input(dashboard).value).to.equal('Wolverhampton');
    expect(dashboard.area).to.equal('E08000031');
  });

  it('chooses an option with a click, keeping the focus in the field', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    await typeInto(dashboard, 'bri');
    root(dashboard).querySelector<HTMLElement>('[role="option"]')!.click();
    await settled(dashboard);
    expect(dashboard.area).to.equal('E06000023');
    expect(input(dashboard).value).to.equal('Bristol, City of');
  });

  it('resolves text submitted without choosing: an exact name or code is chosen, a misspelling gets a did-you-mean', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    await typeInto(dashboard, 'e08000030');
    await press(dashboard, 'Enter');
    expect(dashboard.area).to.equal('E08000030');
    await typeInto(dashboard, 'Wolverhamton');
    root(dashboard).querySelector<HTMLButtonElement>('button.show')!.click();
    await dashboard.updateComplete;
    const problem = root(dashboard).querySelector('[role="alert"]')!;
    expect(problem.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: There is no local authority called “Wolverhamton” in these figures. Did you mean: Wolverhampton (E08000031)',
    );
    expect(input(dashboard).getAttribute('aria-invalid')).to.equal('true');
    expect(input(dashboard).getAttribute('aria-describedby')).to.contain(problem.id);
    expect(dashboard.area, 'nothing chosen').to.equal('E08000030');
    await expect(dashboard).to.be.accessible();
    problem.querySelector('button')!.click();
    await dashboard.updateComplete;
    expect(dashboard.area).to.equal('E08000031');
    expect(root(dashboard).querySelector('[role="alert"]')).to.equal(null);
    expect(input(dashboard).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('says what to type when the text is like no authority, and when there is none', async () => {
    dashboard = await mountDashboard('area="E08000031" url-param=""', child());
    await typeInto(dashboard, 'qqqqqq');
    expect(input(dashboard).getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => status(dashboard) === 'No local authority matches.', 'no "no match" status', {
      timeout: 3000,
    });
    await press(dashboard, 'Enter');
    expect(root(dashboard).querySelector('[role="alert"]')!.textContent).to.contain(
      'Type the name or GSS code of an English local authority',
    );
    await typeInto(dashboard, ' ');
    await press(dashboard, 'Backspace');
    await press(dashboard, 'Enter');
    expect(root(dashboard).querySelector('[role="alert"]')!.textContent).to.contain(
      'Type the name or GSS code of a local authority.',
    );
  });

  it('shows hostile area names as text and runs none of them', async () => {
    const w = window as unknown as { __xss?: number };
    w.__xss = 0;
    const hostile = HOSTILE_STRINGS.slice(0, 12).map((name, i): [string, string] => [
      `E0800${String(i).padStart(4, '0')}`,
      name,
    ]);
    const el = document.createElement('send-indicator');
    el.data = rows(hostile); // as a property: a child script cannot hold "</script>"
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<send-dashboard url-param=""></send-dashboard>';
    wrapper.firstElementChild!.append(el);
    document.body.append(wrapper);
    dashboard = wrapper.querySelector('send-dashboard')!;
    await settled(dashboard);
    input(dashboard).focus();
    await press(dashboard, 'ArrowDown');
    const listed = [...root(dashboard).querySelectorAll('[role="option"] .name')].map((o) => o.textContent!.trim());
    expect(listed).to.have.members(HOSTILE_STRINGS.slice(0, 12).map((s) => s.trim()));
    expect(
      root(dashboard).querySelector(
        '[role="listbox"] img, [role="listbox"] svg, [role="listbox"] script, [role="listbox"] iframe',
      ),
    ).to.equal(null);
    await press(dashboard, 'Enter');
    await settled(dashboard);
    await aTimeout(50);
    expect(w.__xss).to.equal(0);
  });

  it('rewords everything through strings', async () => {
    const strings = JSON.stringify({ dashboardAreaLabel: 'Awdurdod lleol', dashboardShow: 'Dangos' });
    dashboard = await mountDashboard(`url-param="" strings='${strings}'`, child());
    expect(root(dashboard).querySelector('label')!.textContent).to.equal('Awdurdod lleol');
    expect(root(dashboard).querySelector('button.show')!.textContent).to.equal('Dangos');
  });

  it('reflows at 320 px (400% zoom): no sideways scroll, nothing clipped or overlapping, every control in reach, the list open too', async () => {
    await setViewport({ width: 320, height: 256 });
    try {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<send-dashboard area="E06000023" url-param="">${child()}</send-dashboard>`;
      document.body.append(wrapper);
      dashboard = wrapper.querySelector('send-dashboard')!;
      await settled(dashboard);
      await aTimeout(100);
      expect(reflowProblems(dashboard as unknown as SendElement)).to.deep.equal([]);
      const tile = dashboard.elements[0] as unknown as SendElement;
      expect(reflowProblems(tile)).to.deep.equal([]);
      input(dashboard).focus();
      await press(dashboard, 'ArrowDown');
      expect(reflowProblems(dashboard as unknown as SendElement)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
