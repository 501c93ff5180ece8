/**
 * Malformed data through every element: each file either draws correctly or gives a clear error
 * state (role=alert, no plot) and one `send-data-error` whose issues name the row and column where
 * a row and column exist; never an uncaught exception, never a partial chart.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { SendElement } from '@send-insight/core';
import type { DataIssue } from '@send-insight/data';
import { create, loadTargets, settled, toCsvText, type Row, type SecurityTarget } from './targets.js';

interface Case {
  name: string;
  /** Text for the `data` property, or bytes served through `src` (a blob: URL). */
  input: (t: SecurityTarget) => { text?: string; bytes?: Uint8Array; type?: string };
  /** States allowed for this input. */
  allow: ('ready' | 'error' | 'empty')[];
  /** When it errors: where an issue must point (row number, column name); undefined = the file as a whole. */
  where?: (t: SecurityTarget) => { row?: number; column?: string };
  /** When it draws: text the table view must contain. */
  shows?: (t: SecurityTarget) => string;
  slow?: boolean;
}

const csv = (t: SecurityTarget, rows: Row[] = t.valid()) => toCsvText(rows);
const header = (t: SecurityTarget) => Object.keys(t.valid()[0]!);

/** Latin-1 bytes (one byte per character up to U+00FF). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

function firstText(t: SecurityTarget): string | undefined {
  return t.shownFields[0];
}

const CASES: Case[] = [
  {
    name: 'a file truncated inside a quoted field',
    input: (t) => {
      const text = csv(t).replace(/\n$/, '');
      return { text: `${text}\n"unfinished, value` };
    },
    allow: ['error'],
    where: (t) => ({ row: t.valid().length + 2 }),
  },
  {
    name: 'a file truncated in the middle of a row',
    input: (t) => {
      const lines = csv(t).split('\n');
      const last = lines[lines.length - 2]!;
      lines[lines.length - 2] = last.slice(0, last.indexOf(',') + 1).replace(/,$/, '');
      return { text: lines.join('\n') };
    },
    allow: ['error'],
    where: (t) => ({ row: t.valid().length + 1 }),
  },
  { name: 'semicolon-separated', input: (t) => ({ text: csv(t).replace(/,/g, ';') }), allow: ['ready'] },
  { name: 'tab-separated', input: (t) => ({ text: csv(t).replace(/,/g, '\t') }), allow: ['ready'] },
  {
    name: 'pipe-separated data with a comma header (delimiter mixed up)',
    input: (t) => {
      const [head, ...rest] = csv(t).split('\n');
      return { text: [head, ...rest.map((l) => l.replace(/,/g, '|'))].join('\n') };
    },
    allow: ['error'],
    where: () => ({ row: 2 }),
  },
  {
    name: 'Latin-1 bytes served as a file (é, £, ½)',
    input: (t) => {
      const rows = t.valid();
      const field = firstText(t);
      if (field) rows[0]![field] = `Café £5 ½`;
      return { bytes: latin1(csv(t, rows)), type: 'text/csv; charset=ISO-8859-1' };
    },
    allow: ['ready', 'error'],
    shows: (t) => (firstText(t) ? 'Café £5 ½' : ''),
  },
  { name: 'a UTF-8 byte-order mark', input: (t) => ({ text: `\uFEFF${csv(t)}` }), allow: ['ready'] },
  {
    name: 'UTF-8 BOM bytes through src',
    input: (t) => ({
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(t))]),
      type: 'text/csv',
    }),
    allow: ['ready'],
  },
  {
    name: 'duplicate headers',
    input: (t) => {
      const h = header(t);
      const text = csv(t).replace(/^[^\n]*/, [...h.slice(0, -1), h[0]].join(','));
      return { text };
    },
    allow: ['error'],
    where: (t) => ({ row: 1, column: header(t)[0] }),
  },
  { name: 'an empty file', input: () => ({ text: '' }), allow: ['error', 'empty'] },
  { name: 'only blank lines', input: () => ({ text: '\n\n\r\n  \n' }), allow: ['error', 'empty'] },
  { name: 'a header and no rows', input: (t) => ({ text: `${header(t).join(',')}\n` }), allow: ['empty'] },
  { name: 'a 1 MB single line', input: () => ({ text: 'x'.repeat(1_000_000) }), allow: ['error', 'empty'], slow: true },
  {
    name: 'a 1 MB cell in a valid file',
    input: (t) => {
      const rows = t.valid();
      rows[0]![t.textFields[0]!] = 'y'.repeat(1_000_000);
      return { text: csv(t, rows) };
    },
    allow: ['ready', 'error'],
    slow: true,
  },
  {
    name: '200,000 rows',
    input: (t) => {
      const rows = t.valid();
      const out: string[] = [header(t).join(',')];
      const lines = csv(t, rows).split('\n').slice(1, -1);
      for (let i = 0; out.length <= 200_000; i++) out.push(lines[i % lines.length]!);
      return { text: out.join('\n') };
    },
    // keyed contracts repeat keys (an error, capped); unkeyed ones aggregate and draw
    allow: ['ready', 'error'],
    slow: true,
  },
  {
    name: 'NaN in JSON',
    input: (t) => ({ text: JSON.stringify(t.valid()).replace(/:(\d+)([,}])/, ':NaN$2') }),
    allow: ['error'],
  },
  {
    name: 'Infinity in JSON',
    input: (t) => ({ text: JSON.stringify(t.valid()).replace(/:(\d+)([,}])/, ':Infinity$2') }),
    allow: ['error'],
  },
  {
    name: 'nested JSON',
    input: (t) => {
      const rows: unknown[] = t.valid();
      (rows[1] as Record<string, unknown>)[t.textFields[0]!] = { nested: { deeper: [1, 2] } };
      return { text: JSON.stringify(rows) };
    },
    allow: ['error'],
    where: (t) => ({ row: 3, column: t.textFields[0] }),
  },
  {
    name: 'a JSON array of strings',
    input: () => ({ text: '["imd_decile", "pupils", "a", "b"]' }),
    allow: ['error'],
    where: () => ({ row: 2 }),
  },
  {
    name: 'a JSON object that is not data',
    input: () => ({ text: '{"message": "Not found", "status": 404}' }),
    allow: ['error'],
  },
  {
    name: 'JSON with a trailing comma',
    input: (t) => ({ text: JSON.stringify(t.valid()).replace(/}]$/, '},]') }),
    allow: ['error'],
  },
  {
    name: 'a bad number cell',
    input: (t) => {
      const rows = t.valid();
      rows[2]![t.mappable] = 'twelve';
      return { text: csv(t, rows) };
    },
    allow: ['error'],
    where: (t) => ({ row: 4, column: t.mappable }),
  },
  {
    name: 'a negative count',
    input: (t) => {
      const rows = t.valid();
      if (!t.counts.length) return { text: csv(t, rows).replace(/^/, '') };
      rows[1]![t.counts[0]!] = -5;
      return { text: csv(t, rows) };
    },
    allow: ['error', 'ready'],
    where: (t) => ({ row: 3, column: t.counts[0] }),
  },
  {
    name: 'binary bytes (a zip file)',
    input: () => ({
      bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8, 0, 0, 0x21, 0, 0xff, 0xfe, 0, 0]),
      type: 'application/octet-stream',
    }),
    allow: ['error'],
  },
  {
    name: 'a web page given as data',
    input: () => ({ text: '<!doctype html><html><body><h1>Sign in</h1></body></html>' }),
    allow: ['error'],
  },
  {
    name: 'a required column missing',
    input: (t) => ({
      text: csv(
        t,
        t.valid().map(({ [t.mappable]: _gone, ...rest }) => rest),
      ),
    }),
    allow: ['error'],
    where: (t) => ({ column: t.mappable }),
  },
];

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandledrejection: ${String(e.reason)}`));
/** The number of malformed files in the corpus. */
export const MALFORMED_FILES = CASES.length;

/**
 * Registers the malformed-data suite for one element (call at the top level of a test file: each
 * element has its own file so that each gets its own page and time limit).
 */
export async function runMalformedSuite(tag: string): Promise<void> {
  const { ready } = await loadTargets([tag]);
  let tried = 0;
  describe(`security: malformed data through <${tag}>`, () => {
    after(() => console.log(`malformed ${tag}: ${tried} of ${CASES.length} files tried`));
    it('has the element', () => expect(ready.length).to.equal(1));

    for (const target of ready) {
      describe(target.tag, () => {
        for (const c of CASES) {
          it(`${c.name}: ${c.allow.join(' or ')}, never an uncaught error or a partial chart`, async function () {
            if (c.slow) this.timeout(60_000);
            uncaught.length = 0;
            const input = c.input(target);
            const el = create(target, { heading: 'Malformed' }) as SendElement;
            let url: string | undefined;
            if (input.bytes) {
              url = URL.createObjectURL(new Blob([input.bytes as BlobPart], { type: input.type }));
              el.setAttribute('src', url);
            } else {
              el.data = input.text!;
            }
            const events: DataIssue[][] = [];
            el.addEventListener('send-data-error', (e) => events.push(e.detail));
            const wrapper = document.createElement('div');
            wrapper.style.width = '720px';
            document.body.append(wrapper);
            try {
              wrapper.append(el);
              const state = await settled(el, 50_000);
              await aTimeout(0);
              tried++;
              expect(uncaught, 'uncaught errors').to.deep.equal([]);
              expect(c.allow, `state ${state}; issues ${JSON.stringify(el.issues.slice(0, 3))}`).to.include(state);
              const root = el.shadowRoot!;
              if (state === 'error') {
                expect(events.length, 'one send-data-error').to.equal(1);
                const issues = events[0]!;
                expect(issues.length).to.be.greaterThan(0);
                for (const i of issues) expect(i.message.length, 'each issue says what is wrong').to.be.greaterThan(10);
                const alert = root.querySelector('[role="alert"]');
                expect(alert, 'an alert').to.not.equal(null);
                expect(root.querySelector('[part~="plot"]'), 'no chart beside the error').to.equal(null);
                expect(root.querySelector('table'), 'no table beside the error').to.equal(null);
                const where = c.where?.(target);
                if (where) {
                  const hit = issues.find(
                    (i) =>
                      (where.row === undefined || i.row === where.row) &&
                      (where.column === undefined || i.column === where.column),
                  );
                  expect(
                    hit,
                    `an issue at row ${where.row}, column ${where.column}: ${JSON.stringify(issues.slice(0, 3))}`,
                  ).to.not.equal(undefined);
                  if (where.row !== undefined && where.row > 0)
                    expect(alert!.textContent).to.contain(`row ${where.row}`);
                  if (where.column) expect(alert!.textContent).to.contain(where.column);
                }
              } else {
                expect(events.length, 'no send-data-error when it draws').to.equal(0);
                expect(root.querySelector('[role="alert"]')).to.equal(null);
              }
              if (state === 'ready') {
                const shows = c.shows?.(target);
                if (shows) {
                  el.view = 'table';
                  await el.updateComplete;
                  expect(root.textContent, 'text decoded as the file declared').to.contain(shows);
                }
              }
            } finally {
              wrapper.remove();
              if (url) URL.revokeObjectURL(url);
            }
          });
        }
      });
    }
  });
}
