#!/usr/bin/env node
/**
 * `npm run pack`: builds what the four packages publish (types and modules, the custom-elements
 * manifests, the CDN bundle) and packs them as npm would publish them, into `packs/`. Until the
 * packages are on the npm registry, a web team installs these four tarballs together:
 *   npm install path/to/packs/*.tgz
 * The pack test (packages/send-insight/scripts/pack-test.mjs, part of npm test) uses the same two steps.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** The four packages, by folder and by name. */
export const PACKAGES = {
  data: '@send-insight/data',
  core: '@send-insight/core',
  components: '@send-insight/components',
  'send-insight': 'send-insight',
};
const bin = (n) => join(ROOT, 'node_modules/.bin', n);

/** Builds what the tarballs hold (no Storybook): tsc -b, the manifests, themes and the CDN bundle. */
export function buildPackages() {
  for (const [cmd, args] of [
    [bin('tsc'), ['-b']],
    [bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']],
    [process.execPath, ['packages/send-insight/scripts/package-manifest.mjs']],
    [process.execPath, ['packages/send-insight/scripts/build-cdn.mjs']],
  ])
    execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Packs the four packages into `dir`.
 * @returns npm's report of each tarball (`npm pack --json`): name, filename, size, files…
 */
export function packTarballs(dir) {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    'npm',
    ['pack', ...Object.values(PACKAGES).flatMap((p) => ['-w', p]), '--pack-destination', dir, '--json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 50e6 },
  );
  if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildPackages();
  const dir = join(ROOT, 'packs');
  const packs = packTarballs(dir);
  for (const p of packs)
    console.log(`${relative(ROOT, join(dir, p.filename))}: ${(p.size / 1024).toFixed(0)} KB, ${p.entryCount} files`);
  console.log(
    `\nIn your app, install all four together:\n  npm install ${packs.map((p) => join(dir, p.filename)).join(' ')}`,
  );
}
