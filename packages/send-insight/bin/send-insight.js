#!/usr/bin/env node
/**
 * The `send-insight` command as npm links it. This file is committed, so npm links the command
 * as soon as the package is installed, in a fresh clone too, before anything is built. It runs
 * the compiled CLI (`dist/cli/send-insight.js`, always there in a published package). In a
 * checkout that has not been built yet, `validate` and `--help` run from the TypeScript sources
 * through tsx (a development dependency of the repository); `render`, which draws with the built
 * CDN bundle, asks for `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/send-insight.js', import.meta.url);
const source = new URL('../src/cli/send-insight.ts', import.meta.url);
const args = process.argv.slice(2);

/** tsx's loader, if this is a checkout with the repository's development dependencies. */
function tsxLoader() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return undefined;
  }
}

if (existsSync(built)) {
  await import(built.href);
} else {
  const tsx = existsSync(source) ? tsxLoader() : undefined;
  if (!tsx || args[0] === 'render') {
    process.stderr.write(
      args[0] === 'render'
        ? 'send-insight: render draws with the built elements, and this copy of send-insight has not been built yet. Run `npm run build` once in the repository, then try again.\n'
        : 'send-insight: this copy of send-insight has not been built yet. Run `npm run build` once in the repository, then try again.\n',
    );
    process.exit(2);
  }
  const run = spawnSync(
    process.execPath,
    ['--conditions=send-insight-source', '--import', tsx, fileURLToPath(source), ...args],
    { stdio: 'inherit' },
  );
  process.exit(run.status ?? 1);
}
