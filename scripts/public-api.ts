/**
 * The public API of each package, as its entry points declare it, written into the package's README
 * between `<!-- public-api -->` markers. Every entry exports by name (an `export *` fails here), so
 * what is public is a decision made in the entry file, and the README shows it.
 *
 *   npm run docs:api    (writes the READMEs; a node test fails when one is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The packages whose READMEs list their API. */
export const PACKAGES = ['data', 'core', 'components', 'send-insight'] as const;
const START = '<!-- public-api:start (npm run docs:api writes this list) -->';
const END = '<!-- public-api:end -->';

interface Exported {
  name: string;
  type: boolean;
  from: string;
}

/** The names one entry file exports, in order, with the module each comes from (`.` for the file itself). */
export function entryExports(file: string): Exported[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  if (/^export \*/m.test(text)) throw new Error(`${relative(ROOT, file)} has export *: export by name`);
  const out: Exported[] = [];
  for (const m of text.matchAll(/^export (type )?\{([^}]*)\}(?: from '([^']+)')?;/gm)) {
    for (const raw of m[2]!.split(',')) {
      const part = raw.trim();
      if (!part) continue;
      const type = Boolean(m[1]) || part.startsWith('type ');
      const name = part
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      out.push({ name, type, from: m[3] ?? '.' });
    }
  }
  for (const m of text.matchAll(
    /^export (?:declare )?(?:async )?(?:abstract )?(function|const|let|class|interface|type|enum) (\w+)/gm,
  ))
    out.push({ name: m[2]!, type: m[1] === 'interface' || m[1] === 'type', from: '.' });
  return out;
}

/** The entry points of a package (its `exports` that have a TypeScript source), subpath → file. */
function entries(pkg: string): [string, string][] {
  const dir = join(ROOT, 'packages', pkg);
  const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | Record<string, string>>;
  };
  return Object.entries(json.exports)
    .filter(([, v]) => typeof v === 'object' && v['send-insight-source'])
    .map(([sub, v]) => [join(json.name, sub), join(dir, (v as Record<string, string>)['send-insight-source']!)]);
}

/** The markdown list of a package's public API: per entry, per module, the names (types marked). */
export function publicApiMarkdown(pkg: string): string {
  const lines: string[] = [];
  for (const [spec, file] of entries(pkg)) {
    const names = entryExports(file);
    lines.push(`**\`${spec}\`** (${names.length} names)`, '');
    const byModule = new Map<string, Exported[]>();
    for (const e of names) byModule.set(e.from, [...(byModule.get(e.from) ?? []), e]);
    for (const [from, list] of byModule) {
      const where = from === '.' ? relative(join(ROOT, 'packages', pkg), file) : from.replace(/^\.\//, '');
      const items = list.map((e) => (e.type ? `\`${e.name}\` (type)` : `\`${e.name}\``)).join(', ');
      lines.push(`- ${where.replace(/\.(js|ts)$/, '')}: ${items}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** The README with its list replaced by `list` (appended under a heading when it has none). */
export function withApi(readme: string, list: string): string {
  const block = `${START}\n\n${list}\n\n${END}`;
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + END.length);
  return `${readme.trimEnd()}\n\n## Public API\n\nWhat each entry point exports; anything else is internal and may change without notice.\n\n${block}\n`;
}

/** The README of a package. */
export const readmeOf = (pkg: string) => join(ROOT, 'packages', pkg, 'README.md');

if (process.argv.includes('--write'))
  for (const pkg of PACKAGES) {
    const file = readmeOf(pkg);
    writeFileSync(file, withApi(readFileSync(file, 'utf8'), publicApiMarkdown(pkg)));
  }
