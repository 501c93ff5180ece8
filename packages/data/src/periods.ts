/**
 * Orders periods oldest first. When every period starts with a four-digit year (`2024`,
 * `2024/25`, `2024-25`), they are sorted by that text with numeric collation; otherwise ("Spring
 * term", "Wave 2") they keep the order they first appear in. Shared by the outcomes and indicator
 * models (a file of its own, so a page with one of them does not load the other).
 *
 * @param periods periods in order of first appearance
 * @returns a new array, oldest first
 * @example orderPeriods(['2025', '2023', '2024']) // ['2023', '2024', '2025']
 */
export function orderPeriods(periods: readonly string[]): string[] {
  const unique = [...new Set(periods)];
  if (unique.every((p) => /^\d{4}/.test(p))) {
    return unique.sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  }
  return unique;
}
