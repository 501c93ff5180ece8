/**
 * Holm's step-down adjustment of p-values for a family of tests (Holm 1979, "A simple sequentially
 * rejective multiple test procedure", Scandinavian Journal of Statistics 6: 65–70). With `m` tests
 * and the p-values sorted from smallest, the i-th smallest (i = 1…m) is multiplied by `m − i + 1`,
 * capped at 1, and made no smaller than the one before it. Rejecting every test whose adjusted p is
 * below α keeps the chance of any false claim in the family at or below α, whatever the tests'
 * dependence, and it rejects at least as much as Bonferroni. It is R's `p.adjust(p, "holm")`.
 *
 * @param p the family's p-values, in any order (each from 0 to 1)
 * @returns the adjusted p-values, in the same order
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holmAdjust(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]!));
    out[index] = running;
  });
  return out;
}
