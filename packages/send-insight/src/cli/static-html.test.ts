import { describe, expect, it } from 'vitest';
import { staticHtml, type StaticTable } from './static-html.js';

const table: StaticTable = {
  caption: 'Primary need: secondary, 2022/23',
  columns: [
    { label: 'Need', numeric: false },
    { label: 'Difference from England', numeric: true },
    { label: 'Note', numeric: false },
  ],
  rows: [
    ['Moderate learning difficulty (MLD)', '+11.7 pts', '=HYPERLINK("x")'],
    ['Autistic spectrum disorder (ASD)', '−2.5 pts', '<b>not bold</b>'],
  ],
  notes: ['Figures based on fewer than 10 people are suppressed to protect privacy.'],
};

const page = (t?: StaticTable) =>
  staticHtml({ heading: 'Needs', summary: 'MLD is higher.', svg: '', table: t, width: 800 });

describe('staticHtml', () => {
  it('shows cells as the table view does, without the CSV download’s formula guard', () => {
    const html = page(table);
    expect(html).toContain('<td class="num">+11.7 pts</td>');
    expect(html).toContain('<td>=HYPERLINK(&quot;x&quot;)</td>');
    expect(html).not.toContain('&#39;+');
    expect(html).not.toContain('&#39;=');
  });

  it('escapes every text it is given', () => {
    const html = page(table);
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('marks row headers and numeric columns, and keeps the caption and the notes', () => {
    const html = page(table);
    expect(html).toContain('<caption id="table-caption"><span>Primary need: secondary, 2022/23</span></caption>');
    // the box a wide table scrolls in is reached by keyboard and named by the caption
    expect(html).toContain('<div class="table" role="region" tabindex="0" aria-labelledby="table-caption">');
    expect(html).toContain('<th scope="col" class="num">Difference from England</th>');
    expect(html).toContain('<th scope="row">Moderate learning difficulty (MLD)</th>');
    expect(html).toContain('<li>Figures based on fewer than 10 people are suppressed to protect privacy.</li>');
  });

  it('lets a web address break anywhere, and prints a table of ten or more columns on landscape pages', () => {
    const address = 'https://www.wolverhampton.gov.uk/localoffer';
    const html = page({ ...table, rows: [['Local Offer', '1', address]] });
    expect(html).toContain(`<td class="long-word">${address}</td>`);
    expect(html).toContain('<div class="table" role="region"');
    const wide: StaticTable = {
      ...table,
      columns: Array.from({ length: 10 }, (_, i) => ({ label: `Column ${i + 1}`, numeric: false })),
    };
    expect(page(wide)).toContain('<div class="table wide" role="region"');
    expect(page(wide)).toMatch(/@page wide \{ size: A4 landscape; \}/);
  });

  it('has no table when the chart gives none, and never a script', () => {
    const html = page(undefined);
    expect(html).not.toContain('<table');
    expect(html).toContain('<h1>Needs</h1>');
    expect(html).not.toMatch(/<script/i);
  });
});
