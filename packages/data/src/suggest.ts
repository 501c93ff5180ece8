/** Levenshtein distance, for did-you-mean hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The closest candidate to a misspelt name, or undefined if none is close.
 * Matches ignore case and punctuation; a candidate that starts with the text counts (`ehcp` → `ehc_plan`).
 * @example suggest('ehcp', ['pupils', 'ehc_plan']) // 'ehc_plan'
 */
export function suggest(text: string, candidates: readonly string[]): string | undefined {
  const t = squash(text);
  if (!t) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  const limit = Math.max(2, Math.floor(t.length / 3));
  for (const c of candidates) {
    const s = squash(c);
    // the edit distance is at least the difference in length: skip the quadratic work when it cannot be close
    let score = Math.abs(t.length - s.length) > limit ? Infinity : editDistance(t, s);
    if (s.startsWith(t) || t.startsWith(s)) score = Math.min(score, 1);
    // letters in order (ehcp within ehcplan) is a strong hint for abbreviations
    else if (isSubsequence(t, s) && t.length >= 3) score = Math.min(score, 2);
    if (score < bestScore) ((bestScore = score), (best = c));
  }
  return bestScore <= limit ? best : undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
