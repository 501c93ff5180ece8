import { NEED_CODES, NEED_NAMES, type NeedCode } from '../contracts/needs-codes.js';
import { missing } from '../missing.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { NEEDS_STRINGS } from './strings.js';
import type { NeedsWording, Provision } from './types.js';

export const CODE_ORDER = new Map<string, number>(NEED_CODES.map((c, i) => [c, i]));

/** The provisions in the order they are shown. */
export const PROVISIONS: readonly Provision[] = ['sen_support', 'ehc_plan', 'all'];
export const SCHOOL_PHASES = ['primary', 'secondary', 'special'];
export const isEngland = (g: string) => g.trim().toLowerCase() === 'england';
export const SUPPRESSED = missing('suppressed', 'c');

/** Full name with the DfE code: "Speech, language and communication needs (SLCN)" (worded by `text` when given). */
export function needLabel(code: NeedCode, text?: TextOptions | NeedsWording): string {
  if (!text) return `${NEED_NAMES[code]} (${code})`;
  const w = wordingOf(NEEDS_STRINGS, text);
  return w.t('needsLabel', { name: w.t(`need.${code}`), code });
}

/** A need's full name (worded by `text` when given). */
export function needName(code: NeedCode, text?: TextOptions | NeedsWording): string {
  return text ? wordingOf(NEEDS_STRINGS, text).t(`need.${code}`) : NEED_NAMES[code];
}
