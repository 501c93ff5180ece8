/**
 * `node --conditions=send-insight-source --import tsx bench/indicator-family.bench.ts [folder]`:
 * the first indicator model of each SEN2 percentage on the full national `sen2_mi.csv` (every
 * authority, region and England, 2014–2022), as a page that loads that file with the preset and one
 * measure builds it: preset, validation, the family's disclosure control (issue 19: the percentage
 * and the counts it is made from, protected as one for every area and period) and the model. Each
 * time is a ratio to the first model of `no_exc_20week_rate` (a family of three series) in the same
 * run; `ass_none_ehc_pc` is the five-series family with a shared denominator. Every run starts from
 * the file's text, so nothing is cached between runs; measures are interleaved and the median and
 * fastest of RUNS are printed with the process's CPU time. Not a test: it prints, it asserts nothing.
 * The folder defaults to ../shared/data/real (see SOURCES.md there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { indicatorsContract } from '../packages/data/src/contracts/indicators.js';
import { buildIndicatorModel } from '../packages/data/src/indicators/model.js';
import { fromCsvText } from '../packages/data/src/input.js';
import { applyPreset } from '../packages/data/src/presets/apply.js';
import { validate } from '../packages/data/src/validate.js';

const RUNS = 5;
const BASELINE = 'no_exc_20week_rate';
const MEASURES = [BASELINE, 'ass_none_ehc_pc', 'ass_refused_ehc_pc', 'inc_exc_20week_rate', 'total_tribunal_pc'];
const file = join(resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/data/real')), 'sen2_mi.csv');
if (!existsSync(file)) {
  console.error(`${file} is missing: pass the folder with the real published files (see SOURCES.md there).`);
  process.exit(1);
}
const text = readFileSync(file, 'utf8');

/** One first model: wall and CPU milliseconds. */
function firstModel(indicator: string): { wall: number; cpu: number; shown: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { data } = applyPreset('ees-sen2-mi', fromCsvText(text), { everyArea: true, indicator });
  const model = buildIndicatorModel(validate(data, indicatorsContract), { area: 'E08000031' });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const shown = model.authorities.filter((a) => a.point.status === 'shown').length;
  return { wall, cpu: (c.user + c.system) / 1000, shown };
}

const times = new Map(MEASURES.map((m) => [m, { wall: [] as number[], cpu: [] as number[], shown: 0 }]));
firstModel(BASELINE); // warm-up
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 ? [...MEASURES].reverse() : MEASURES;
  for (const m of order) {
    const t = firstModel(m);
    const kept = times.get(m)!;
    kept.wall.push(t.wall);
    kept.cpu.push(t.cpu);
    kept.shown = t.shown;
  }
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const base = times.get(BASELINE)!;
const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;
console.log(`First indicator model on the full sen2_mi.csv, Wolverhampton as the area; ${RUNS} runs, interleaved.`);
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (figures on a busy machine are provisional).`,
);
console.log('');
console.log(
  '| measure | median | fastest | CPU (median) | × no_exc_20week_rate (median, CPU) | authorities shown, latest period |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const [m, t] of times)
  console.log(
    `| ${m} | ${ms(median(t.wall))} | ${ms(Math.min(...t.wall))} | ${ms(median(t.cpu))} | ${(median(t.wall) / median(base.wall)).toFixed(2)}×, ${(median(t.cpu) / median(base.cpu)).toFixed(2)}× | ${t.shown} |`,
  );
