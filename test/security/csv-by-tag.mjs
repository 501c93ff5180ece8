/**
 * Valid data for each element, from the same rows the browser security suites use
 * (packages/components/test/security/targets.ts), bundled for Node: each tag's CSV text and the
 * attributes it needs to draw, and the committed extracts of two published files. Used by the
 * strict-CSP harness (csp.mjs) and the page-weight bench (bench/page-weight.mjs).
 */
import { build } from 'esbuild';
import { ROOT } from './serve.mjs';

/** @returns {Promise<{ csv: Record<string, string>, attributes: Record<string, Record<string, string>>, sen2: string, caseload: string }>} */
export async function securityData() {
  const result = await build({
    stdin: {
      contents: `import { TARGETS, toCsvText } from './packages/components/test/security/targets.ts';
export { REAL_SEN2_MI_CSV } from './packages/data/src/demo/real-sen2-mi.ts';
export { REAL_EHC_CASELOAD_CSV } from './packages/data/src/demo/real-ehc-caseload.ts';
export const csv = Object.fromEntries(TARGETS.map((t) => [t.tag, toCsvText(t.valid())]));
export const attributes = Object.fromEntries(TARGETS.map((t) => [t.tag, t.attributes ?? {}]));`,
      resolveDir: ROOT,
      sourcefile: 'csv-by-tag.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['send-insight-source'],
    logLevel: 'error',
    // the define modules are loaded lazily in the browser; node only needs the data
    plugins: [
      {
        name: 'no-elements',
        setup: (b) => b.onResolve({ filter: /(define|test-chart)\.js$/ }, (a) => ({ path: a.path, external: true })),
      },
    ],
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return { csv: mod.csv, attributes: mod.attributes, sen2: mod.REAL_SEN2_MI_CSV, caseload: mod.REAL_EHC_CASELOAD_CSV };
}
