import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root (tests only). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The compiled CLI, as npm links it. */
export const CLI = fileURLToPath(new URL('../../dist/cli/send-insight.js', import.meta.url));

/** Compiles the package (incremental) so the spawned CLI is the current source. */
export function buildCli(): void {
  const r = spawnSync(`${ROOT}node_modules/.bin/tsc`, ['-b', 'packages/send-insight'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tsc -b packages/send-insight failed:\n${r.stdout}${r.stderr}`);
}

/** Runs `send-insight …` in a child process. */
export function runCli(args: string[], options: { timeout?: number } = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: options.timeout ?? 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
