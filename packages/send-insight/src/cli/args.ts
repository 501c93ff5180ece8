/** Parsed command line: positional words, `--name value` options and bare `--flags`. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Options that never take a value. */
const FLAGS = new Set(['help', 'json', 'quiet', 'version']);

/**
 * Reads `--name value`, `--name=value`, bare `--flag` and positional words. Unknown options are
 * kept (render passes them to the element as attributes), so this never guesses at meaning.
 *
 * @param argv the arguments after the command name
 * @returns positional words, options and flags
 * @example parseArgs(['validate', 'needs', 'a.csv', '--area=E08000031']).options.get('area') // 'E08000031'
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)).trim();
    if (eq > 0) {
      options.set(name, arg.slice(eq + 1));
    } else if (FLAGS.has(name) || i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) {
      flags.add(name);
    } else {
      options.set(name, argv[++i]!);
    }
  }
  return { positional, options, flags };
}

/** A usage mistake: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
