import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests only). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The compiled CLI, as npm links it. */
export const CLI = fileURLToPath(new URL('../../dist/cli/send-insight.js', import.meta.url));

/**
 * Compiles the package (incremental) so the spawned CLI is the current source. `tsc -b` still
 * writes the files when another package has a type error (the typecheck step reports those), so
 * this fails only if the CLI was not written.
 */
export function buildCli(): void {
  if (existsSync(CLI) && newestSource() < statSync(CLI).mtimeMs) return; // npm test's typecheck has just built it
  const r = spawnSync(`${ROOT}node_modules/.bin/tsc`, ['-b', 'packages/send-insight'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(CLI)) throw new Error(`tsc -b packages/send-insight did not write the CLI:\n${r.stdout}${r.stderr}`);
}

/** Runs `send-insight …` in a child process. */
export function runCli(
  args: string[],
  options: { timeout?: number } = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Newest modification time among the TypeScript sources the CLI is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.'))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const pkg of ['data', 'send-insight']) walk(`${ROOT}packages/${pkg}/src`);
  return newest;
}
