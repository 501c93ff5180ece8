import type { LinearConstraint, LinkedDisclosureOptions } from './linked-disclosure.js';
import { Missing } from './missing.js';

/** The longest key worth keeping (characters): larger inputs are solved every time, not held in memory. */
const MAX_KEY = 200_000;

/**
 * Everything {@link protectLinkedCounts} decides from, as one string: two inputs with the same key
 * get the same cells hidden, for the same reasons, since the function reads nothing else and draws
 * no random numbers. Each value is written exactly (a number as JavaScript prints it, which tells
 * apart any two different numbers, and `-0`; a missing value by its kind, symbol and whether it is a
 * known zero), then each relation, each cell's followers and costs, and the threshold, rounding
 * and zero rule. Undefined when the input is too large to be worth keeping (over 200,000
 * characters) or holds a value that is neither a number, a missing value nor undefined.
 *
 * @param values the counts as given
 * @param constraints the relations as given
 * @param settings the threshold, rounding and zero rule in force
 * @param options the followers and costs as given
 * @returns the key, or undefined when the input is not to be kept
 * @example linkedDisclosureKey([4, 6], [{ total: 0, parts: [1] }], { minCount: 10, roundTo: 1, suppressZero: false }, {})
 */
export function linkedDisclosureKey(
  values: ArrayLike<unknown>,
  constraints: readonly LinearConstraint[],
  settings: { minCount: number; roundTo: number; suppressZero: boolean },
  options: Pick<LinkedDisclosureOptions, 'followers' | 'costs'>,
): string | undefined {
  const out: string[] = [`${settings.minCount}|${settings.roundTo}|${settings.suppressZero ? 1 : 0}|`];
  let length = out[0]!.length;
  const add = (s: string) => {
    out.push(s);
    length += s.length;
    return length <= MAX_KEY;
  };
  const number = (v: number) => (Object.is(v, -0) ? '-0' : String(v));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let s: string;
    if (typeof v === 'number') s = number(v);
    else if (v === undefined) s = '~';
    else if (v instanceof Missing) s = `!${v.kind}!${JSON.stringify(v.symbol)}!${v.zero ? 1 : 0}`;
    else return undefined;
    if (!add(`${s},`)) return undefined;
  }
  if (!add('|')) return undefined;
  for (const c of constraints) if (!add(`${c.total}${c.kind ?? 'eq'}${c.parts.join(',')};`)) return undefined;
  const { followers, costs } = options;
  if (!add(followers ? `|f${followers.length}:` : '|')) return undefined;
  if (followers)
    for (let i = 0; i < followers.length; i++) if (!add(`${followers[i]?.join(',') ?? '~'};`)) return undefined;
  if (!add(costs ? `|c${costs.length}:` : '|')) return undefined;
  if (costs) for (let i = 0; i < costs.length; i++) if (!add(`${number(costs[i]!)},`)) return undefined;
  return out.join('');
}
