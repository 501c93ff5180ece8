/**
 * The tests' own CSV reading, separate from the library's parser, so that expected figures are
 * worked out independently of the code under test. Plain functions with no imports: node tests
 * (through ./real-files.mjs) and browser tests both use them.
 */

/** Splits one CSV line into fields (double-quoted fields may hold commas and doubled quotes). */
export function splitCsvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') ((cur += '"'), i++);
      else quoted = !quoted;
    } else if (ch === ',' && !quoted) (out.push(cur), (cur = ''));
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The non-empty lines of a CSV text, without a byte-order mark. */
export function csvLines(text) {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length);
}

/** Records keyed by header, each with `__row`: its spreadsheet row number (header = row 1). */
export function csvRecords(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0]);
  const out = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = splitCsvLine(lines[i]);
    out.push(Object.fromEntries([...header.map((h, k) => [h, f[k] ?? '']), ['__row', String(i + 1)]]));
  }
  return out;
}
