#!/usr/bin/env node
/**
 * Lists every local authority in DfE's "EHC plans by primary type of need" file
 * (`sen_needs_all_plans.csv`, Education, health and care plans, January 2025) as JSON, so docs and
 * stories can offer a picker of all authorities without the 3 MB file: GSS code, name as published,
 * the DfE three-digit code, region, and the number of EHC plans (All EHC plans), sorted by name.
 *
 *   node packages/data/scripts/list-authorities.mjs [path/to/ehcp2025_sen_needs_all_plans.csv] [out.json]
 *
 * Defaults: ../shared/data/real/ehcp2025_sen_needs_all_plans.csv beside the repository, written to
 * stories/published-data/ehc-authorities.json. Re-run when the file changes; the output is committed.
 * The figures are OGL v3.0 (see the `licence` field of the output).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const input = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/data/real/ehcp2025_sen_needs_all_plans.csv'));
const output = resolve(process.argv[3] ?? resolve(repoRoot, 'stories/published-data/ehc-authorities.json'));

/** One CSV line into fields; quoted fields may hold commas ("Bristol, City of") and doubled quotes. */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') ((cur += '"'), i++);
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (out.push(cur), (cur = ''));
    else cur += c;
  }
  if (quoted) throw new Error(`a quoted field runs past the end of a line: ${line.slice(0, 80)}`);
  out.push(cur);
  return out;
}

const lines = readFileSync(input, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .filter(Boolean);
const header = fields(lines[0]);
const col = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`${input} has no column "${name}": is it sen_needs_all_plans.csv?`);
  return i;
};
const [level, code, oldCode, name, region, topic, total, period] = [
  'geographic_level',
  'new_la_code',
  'old_la_code',
  'la_name',
  'region_name',
  'breakdown_topic',
  'ehc_plans',
  'time_period',
].map(col);

const byCode = new Map();
const periods = new Set();
for (const line of lines.slice(1)) {
  const f = fields(line);
  if (f.length !== header.length)
    throw new Error(`a row has ${f.length} fields, the header ${header.length}: ${line.slice(0, 80)}`);
  if (f[level] !== 'Local authority' || f[topic] !== 'All EHC plans') continue;
  periods.add(f[period]);
  if (byCode.has(f[code])) throw new Error(`${f[code]} appears twice in "All EHC plans"`);
  const plans = /^\d+$/.test(f[total]) ? Number(f[total]) : null;
  byCode.set(f[code], { code: f[code], name: f[name], oldCode: f[oldCode], region: f[region], ehcPlans: plans });
}
const authorities = [...byCode.values()].sort(
  (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code),
);

const out = {
  generatedBy: 'packages/data/scripts/list-authorities.mjs',
  file: 'sen_needs_all_plans.csv',
  publication:
    'Department for Education, Education, health and care plans, reporting year 2025 (Explore Education Statistics)',
  periods: [...periods].sort(),
  licence:
    'Contains public sector information licensed under the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).',
  count: authorities.length,
  authorities,
};
mkdirSync(dirname(output), { recursive: true });
// one authority a line, so a new release shows as a readable diff
const { authorities: list, ...head } = out;
const json = JSON.stringify(head, null, 2).replace(
  /\n}$/,
  `,\n  "authorities": [\n${list.map((a) => `    ${JSON.stringify(a)}`).join(',\n')}\n  ]\n}`,
);
JSON.parse(json);
writeFileSync(output, json + '\n');
console.log(
  `${authorities.length} local authorities (${[...periods].join(', ')}) → ${relative(process.cwd(), output)}`,
);
