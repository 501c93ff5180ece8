import { describe, expect, it } from 'vitest';
import { deprivationContextContract } from '../contracts/deprivation-context.js';
import { toRawData } from '../input.js';
import { SHARED_STRINGS } from '../text/wording.js';
import { validate } from '../validate.js';
import { buildDeprivationContext } from './context.js';
import { deprivationContextSentence, summariseDeprivationContext } from './context-summary.js';
import { DEPRIVATION_STRINGS } from './strings.js';

type Row = Record<string, string | number>;

const contextOf = (rows: Row[]) => buildDeprivationContext(validate(toRawData(rows), deprivationContextContract), {});

/** `counts[d − 1]` LSOAs in decile d, of one area (or of no named area when `area` is empty). */
function rows(counts: number[], area = 'E08000031', name = 'Wolverhampton'): Row[] {
  return counts.flatMap((k, i) =>
    Array.from({ length: k }, (_, j) => ({
      lsoa_code: `${area || 'x'}-${i + 1}-${j}`,
      imd_decile: i + 1,
      ...(area ? { area_code: area } : {}),
      ...(name ? { area_name: name } : {}),
    })),
  );
}

/** Every template as `⟦key⟧` and its placeholders; list joiners keep their role without letters. */
function pseudo(): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...SHARED_STRINGS, ...DEPRIVATION_STRINGS }).map(([key, template]) => {
      if (key === 'numberWords') return [key, ''];
      if (key.startsWith('list')) return [key, key === 'listSeparator' ? '⸴ ' : ' + '];
      return [key, `⟦${key}⟧${(template.match(/\{\w+\}/g) ?? []).join('|')}`];
    }),
  );
}

/** Letters left once the markers and the data's own words are taken out. */
const leftover = (text: string, data: readonly string[]) => {
  let rest = text.replace(/⟦[\w.]+⟧/g, ' ');
  for (const d of data) rest = rest.split(d).join(' ');
  return (rest.match(/\p{L}+/gu) ?? []).join(' ');
};

/** Figures marked by the formatter that wrote them: "#158" (a number), "%49" (a percentage). */
const marked = {
  number: (v: number) => `#${Math.round(v * 10) / 10}`,
  percent: (v: number, digits: number) => `%${v.toFixed(digits)}`,
};

// one context per branch of the wording: a mixed spread, nothing at either end (a tie), a single
// neighbourhood, shares under 1% and over 99%, an even spread (no decile holds the most), two
// areas without a name, no area named at all, and no neighbourhoods
const CASES: { rows: Row[]; name?: string; pupils?: number }[] = [
  { rows: rows([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]), pupils: 26290 / 49696 },
  { rows: rows([0, 0, 2, 2, 1, 0, 0, 0, 0, 0], 'E1', ''), name: 'Test & <Town>' },
  { rows: rows([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), pupils: 0.001 },
  { rows: rows([1, 0, 0, 0, 0, 0, 0, 0, 0, 299]), pupils: 0.999 },
  { rows: rows([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], '', '') },
  { rows: [...rows([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), ...rows([0, 1, 0, 0, 0, 0, 0, 0, 0, 0], 'E08000030', 'Walsall')] },
  { rows: [{ imd_decile: 3, lsoas: 0 }] },
  {
    rows: [
      ...rows([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      { imd_decile: 1, lsoas: 0, area_code: 'E1', area_name: 'A' },
      { imd_decile: 1, lsoas: 0, area_code: 'E2', area_name: 'B' },
    ],
  },
];

describe('the context summary, worded from strings', () => {
  it('leaves no English when every key is replaced, and uses every key it has', () => {
    const strings = pseudo();
    const texts: string[] = [];
    for (const c of CASES) {
      const context = contextOf(c.rows);
      const options = { strings, format: marked, name: c.name, pupilsMostDeprived: c.pupils };
      texts.push(summariseDeprivationContext(context, options), deprivationContextSentence(context, options));
    }
    const data = ['Wolverhampton', 'Walsall', 'Test & <Town>', 'E08000031'];
    for (const t of texts) expect(leftover(t, data), t).toBe('');
    const all = texts.join(' ');
    // the keys this wording has, each met at least once
    const own = Object.keys(DEPRIVATION_STRINGS).filter((k) =>
      /^deprivation(Context|Neighbourhoods|InArea|The|Deciles|LessThan|MoreThan|Top20|Bottom20|Decile$)/.test(k),
    );
    expect(own.length).toBe(29);
    expect(own.filter((k) => !all.includes(`⟦${k}⟧`))).toEqual([]);
    // every count and share went through the formatters
    expect(all).toContain('⟦deprivationNeighbourhoods_other⟧#158');
    expect(all).toContain('⟦deprivationContextMost_other⟧#78|%49|');
    expect(all).toContain('⟦deprivationContextPupils⟧%53');
    expect(all).toContain('⟦deprivationLessThan⟧%1');
    expect(all).toContain('⟦deprivationMoreThan⟧%99');
    expect(all).toContain('⟦deprivationContextEven⟧%10|#15.8');
  });

  it("keeps the en-GB wording by default and takes a partner's words and plural forms", () => {
    const context = contextOf(rows([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]));
    expect(summariseDeprivationContext(context)).toBe(
      "Wolverhampton has 158 neighbourhoods (LSOAs). 78 of them (49%) are among the 20% most deprived in England (deciles 1 and 2), and 4 (3%) among the 20% least deprived (deciles 9 and 10). The most are in decile 2: 45 (28%). Spread like England's, each decile would hold 10% of them (15.8).",
    );
    // Welsh has a form for two; a share of exactly 0.575 is 58%, as 57.5 rounds
    const two = contextOf(rows([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], 'W06000015', 'Caerdydd'));
    const cy = {
      deprivationNeighbourhoods_two: '{n} gymdogaeth (LSOA)',
      deprivationNeighbourhoods_other: '{n} o gymdogaethau (LSOAs)',
      deprivationContextHas: 'Mae gan {area} {lsoas}.',
    };
    expect(summariseDeprivationContext(two, { locale: 'cy', strings: cy })).toMatch(
      /^Mae gan Caerdydd 2 gymdogaeth \(LSOA\)\. 2 of them \(100%\) are among/,
    );
    expect(
      deprivationContextSentence(contextOf(rows([23, 0, 0, 0, 0, 0, 0, 0, 0, 17])), { locale: 'cy', strings: cy }),
    ).toBe(
      'Of the 40 o gymdogaethau (LSOAs) in Wolverhampton, 23 (58%) are among the 20% most deprived in England (deciles 1 and 2).',
    );
  });
});
