/**
 * What a page served by the CDN loader loads, worked out from the build's chunk graph: the loader,
 * then for each element on the page its file and every file that one imports statically (files
 * it imports with `import()`, such as the presets or the export code, load only when used and
 * are not counted). Sizes are gzip (level 9) of each file, summed, as a server compresses them.
 * What an element adds to a page beside the others is the page with all of them less the same page
 * without it: its own files and any shared file only it uses.
 */
import { gzipSync } from 'node:zlib';

/** The pages the budgets are set for: one per chart, and one with all of them. */
export const PAGES = [
  'send-need-breakdown',
  'send-deprivation-chart',
  'send-outcomes-radar',
  'send-priority-tracker',
  'send-indicator',
];

/** Pages of layout elements, which show the charts inside them: each with every chart (the area dashboard's page). */
export const LAYOUTS = ['send-dashboard'];

/**
 * @param {{ fileName: string, code: string, imports: string[], dynamicImports: string[], moduleIds: string[] }[]} chunks the ES pass's chunks
 * @returns {{ loader: { file: string, bytes: number }, pages: { name: string, files: string[], bytes: number }[], added: { name: string, files: string[], bytes: number }[] }}
 */
export function pageSizes(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const gz = new Map(chunks.map((c) => [c.fileName, gzipSync(c.code, { level: 9 }).length]));
  const loader = byName.get('send-insight.js');
  if (!loader) throw new Error('the CDN build has no send-insight.js');
  const closure = (names, seen = new Set()) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      closure(byName.get(name)?.imports ?? [], seen);
    }
    return seen;
  };
  const elementFile = (tag) => {
    const file = loader.dynamicImports.find((f) => f.startsWith(`${tag}-`));
    if (!file) throw new Error(`the loader imports no file for <${tag}>`);
    return file;
  };
  const page = (name, tags) => {
    const files = [...closure(['send-insight.js', ...tags.map(elementFile)])];
    return { name, files, bytes: files.reduce((sum, f) => sum + (gz.get(f) ?? 0), 0) };
  };
  const all = page('all', PAGES);
  const added = (tag) => {
    const without = new Set(
      page(
        '',
        PAGES.filter((t) => t !== tag),
      ).files,
    );
    const files = all.files.filter((f) => !without.has(f));
    return { name: tag, files, bytes: files.reduce((sum, f) => sum + (gz.get(f) ?? 0), 0) };
  };
  return {
    loader: { file: 'send-insight.js', bytes: gz.get('send-insight.js') },
    pages: [...PAGES.map((tag) => page(tag, [tag])), all, ...LAYOUTS.map((tag) => page(tag, [tag, ...PAGES]))],
    added: PAGES.map(added),
  };
}
