/**
 * docs/data-contracts.md, the markdown copy of the workshop's "Data contracts" page: the page's own
 * prose (stories/data-contracts.mdx) with its tables written out from the contracts in
 * @send-insight/data, so the copy says what the page says and neither can drift from the code.
 *
 *   npm run docs:contracts    (writes the file; a node test fails when it is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  actionsContract,
  type Contract,
  DEFAULT_SYMBOLS,
  deprivationContract,
  describeColumn,
  documented,
  indicatorsContract,
  missing,
  needsContract,
  outcomesContract,
  symbolsAllowed,
} from '@send-insight/data';

export const ROOT = resolve(import.meta.dirname, '..');
export const PAGE = join(ROOT, 'stories/data-contracts.mdx');
export const COPY = join(ROOT, 'docs/data-contracts.md');

// with their documentation (descriptions and examples), which the contracts the browser loads leave out
const CONTRACTS: Record<string, Contract> = Object.fromEntries(
  Object.entries({ deprivationContract, needsContract, outcomesContract, actionsContract, indicatorsContract }).map(
    ([name, contract]) => [name, documented(contract)],
  ),
);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const codes = (list: readonly string[] | undefined) => (list?.length ? list.map((a) => `\`${a}\``).join(', ') : '—');

function columnsTable(contract: Contract): string {
  const rows = contract.columns.map((c) =>
    [
      `\`${c.name}\``,
      c.required ? 'yes' : 'no',
      cell(c.description ?? ''),
      cell(describeColumn(c) + (symbolsAllowed(c) ? '; published symbols allowed' : '')),
      c.example ? `\`${cell(c.example)}\`` : '—',
      codes(c.aliases),
    ].join(' | '),
  );
  const key = contract.key
    ? `\n\nEach row is identified by ${codes(contract.key)} (optional ones only when present): a repeated key is an error naming both rows.`
    : '';
  return (
    [
      '| Column | Required | Holds | Values | Example | Also read from |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r} |`),
    ].join('\n') + key
  );
}

function symbolsTable(): string {
  const rows = Object.entries(DEFAULT_SYMBOLS)
    .filter(([symbol]) => symbol !== '')
    .map(([symbol, kind]) => `| \`${symbol}\` | ${missing(kind).label} |`);
  return ['| Symbol | Read as |', '|---|---|', ...rows].join('\n');
}

/**
 * The markdown copy of the page.
 * @param page the text of stories/data-contracts.mdx
 * @returns the text of docs/data-contracts.md
 */
export function dataContractsMarkdown(page: string): string {
  const start = page.indexOf('# Data contracts');
  if (start < 0) throw new Error('stories/data-contracts.mdx has no "# Data contracts" heading');
  const body = page
    .slice(start)
    .replace(/<table>\s*<caption>Symbols[\s\S]*?<\/table>/, symbolsTable)
    .replace(/<ContractColumns contract=\{(\w+)\} \/>/g, (_, name: string) => {
      const contract = CONTRACTS[name];
      if (!contract) throw new Error(`stories/data-contracts.mdx shows ${name}, which this copy does not know`);
      return columnsTable(contract);
    })
    // links inside the workshop lead nowhere from a markdown file
    .replace(/\[([^\]]+)\]\(\?path=[^)]*\)/g, '$1 (in the workshop, `npm start`)')
    .replace(
      /Each template is a CSV[^]*?as\s+CSV UTF-8\./,
      'The workshop page offers a CSV template of each contract: every column with an example row.',
    );
  if (/<[A-Z][A-Za-z]*[\s/>]|\{[a-z][^}]*\}/.test(body.replace(/`[^`]*`/g, '')))
    throw new Error('the page has JSX this copy does not write out');
  return `<!-- Written by \`npm run docs:contracts\` from stories/data-contracts.mdx and the contracts in @send-insight/data: edit those, not this file. -->\n\n${body.trim()}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(COPY, dataContractsMarkdown(readFileSync(PAGE, 'utf8')));
  console.log(`written ${COPY}`);
}
