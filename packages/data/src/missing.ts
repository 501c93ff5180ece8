/**
 * Typed missing values. Published statistics mark cells they cannot show with symbols
 * (GSS and Explore Education Statistics conventions). A missing cell keeps its meaning, so a
 * chart can say "suppressed" rather than draw a zero, and it never turns into 0 or NaN.
 */

/** Why a value is absent. */
export type MissingKind = 'suppressed' | 'not_available' | 'not_applicable' | 'low' | 'low_reliability' | 'blank';

/** Plain-English labels of each kind (the defaults of the `missing.<kind>` strings). */
export const MISSING_LABELS: Readonly<Record<MissingKind, string>> = {
  suppressed: 'suppressed',
  not_available: 'not available',
  not_applicable: 'not applicable',
  low: 'low (rounds to zero)',
  low_reliability: 'low reliability',
  blank: 'no value',
};

/**
 * A missing cell: its kind, the symbol it was read from, and whether its publication defines it as
 * a count that is zero by definition (a structural zero, e.g. a category that cannot exist). Only a
 * publication's own definition can say so (a preset's `structuralZeros`): "not applicable"
 * alone is not enough, since files use it for groups too small to publish as well. Instances are
 * shared; compare with {@link isMissing}.
 */
export class Missing {
  /** @internal use {@link missing} */
  constructor(
    readonly kind: MissingKind,
    readonly symbol: string,
    /** The publication defines this symbol as zero by definition: sums may count it as 0. */
    readonly zero: boolean = false,
  ) {
    Object.freeze(this);
  }

  /** Plain-English label, e.g. "suppressed". */
  get label(): string {
    return MISSING_LABELS[this.kind];
  }

  /** The symbol as published, so a cleaned CSV round-trips. */
  toString(): string {
    return this.symbol;
  }

  toJSON(): string {
    return this.symbol;
  }
}

const cache = new Map<string, Missing>();

/** The shared {@link Missing} for a kind and symbol (and whether its publication makes it a structural zero). */
export function missing(kind: MissingKind, symbol = DEFAULT_SYMBOL[kind], zero = false): Missing {
  const key = `${kind}\u0000${symbol}\u0000${zero ? 1 : 0}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = new Missing(kind, symbol, zero)));
  return value;
}

/** Whether a cell is a structural zero: a symbol its publication defines as zero by definition. */
export function isStructuralZero(value: unknown): boolean {
  return value instanceof Missing && value.zero;
}

const DEFAULT_SYMBOL: Record<MissingKind, string> = {
  suppressed: 'c',
  not_available: 'x',
  not_applicable: 'z',
  low: 'low',
  low_reliability: 'u',
  blank: '',
};

/**
 * Default meanings of the symbols met in GSS and EES files, for files read without a preset.
 * Releases differ (the SEN in England 2020/21 guidance used `:` for "not applicable" and `z` for
 * "not available"), so each preset carries its publication's own table (`Preset.symbols`), and
 * callers may pass their own map. No symbol here is a structural zero: a `z` makes a total unknown.
 */
export const DEFAULT_SYMBOLS: Readonly<Record<string, MissingKind>> = Object.freeze({
  c: 'suppressed',
  '[c]': 'suppressed',
  x: 'not_available',
  '[x]': 'not_available',
  '..': 'not_available',
  ':': 'not_available',
  z: 'not_applicable',
  '[z]': 'not_applicable',
  u: 'low_reliability',
  '[u]': 'low_reliability',
  low: 'low',
  '[low]': 'low',
  '': 'blank',
});

/** Whether a cell is a typed missing value. */
export function isMissing(value: unknown): value is Missing {
  return value instanceof Missing;
}

/** Whether a cell holds a finite number (not missing, not NaN). */
export function isValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads a symbol as a missing value, or `undefined` when the text is not a known symbol.
 * @example symbolToMissing('[c]') // Missing { kind: 'suppressed', symbol: '[c]' }
 */
export function symbolToMissing(
  text: string,
  symbols: Readonly<Record<string, MissingKind>> = DEFAULT_SYMBOLS,
  structuralZeros: readonly string[] = [],
): Missing | undefined {
  const trimmed = text.trim();
  const kind = symbols[trimmed] ?? symbols[trimmed.toLowerCase()];
  return kind === undefined
    ? undefined
    : missing(kind, trimmed, structuralZeros.includes(trimmed) || structuralZeros.includes(trimmed.toLowerCase()));
}
