/**
 * Embed snippets for the playground: the same element, attributes and data as the live preview,
 * written out as HTML (script tag) and as JavaScript (npm). Pure functions, no DOM.
 */

/** What the preview shows and the snippet reproduces. */
export interface EmbedSpec {
  /** Element tag, one of the four send-insight charts. */
  tag: string;
  /** Attributes in order; values are plain text (escaped here). */
  attributes: readonly (readonly [string, string])[];
  /** The cleaned data as CSV text. */
  csv: string;
  /** The cleaned rows (same cells as the CSV, as text), for the JSON form. */
  rows: readonly Record<string, string>[];
  /** When set, the element reads its data from this `src` attribute (already in `attributes`) and carries none inline. */
  src?: string;
}

/** The child script that carries the data: its type and its exact text. */
export interface DataPayload {
  type: 'text/csv' | 'application/json';
  text: string;
  /** Why the JSON form was used, when it was. */
  reason?: string;
}

/** Escapes text for an HTML attribute value in double quotes (and for text content). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Inside `<script>` the HTML parser does not decode entities, and it ends the script at the first
 * `</script` and treats `<!--` and `<script` specially. CSV has no escape for `<`, so when a cell
 * holds any of those the data goes in as JSON, where `<`, `>` and `&` are written as `\u003c`,
 * `\u003e` and `\u0026`: JSON.parse turns them back into exactly the same text.
 */
const SCRIPT_HAZARD = /<\/script|<!--|<script/i;

/** Serialises JSON so that nothing in it can end or confuse the surrounding `<script>` element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The data as the text of a child `<script>`: CSV when that is safe, script-safe JSON otherwise. */
export function dataPayload(spec: Pick<EmbedSpec, 'csv' | 'rows'>): DataPayload {
  if (!SCRIPT_HAZARD.test(spec.csv)) return { type: 'text/csv', text: `\n${spec.csv.replace(/\r?\n$/, '')}\n` };
  return {
    type: 'application/json',
    text: `\n${scriptSafeJson(spec.rows)}\n`,
    reason:
      'Your data contains text that would end an HTML script element (such as "</script"), so the snippet carries it as JSON, which can escape it safely.',
  };
}

function attributeLines(spec: EmbedSpec, indent: string): string {
  return spec.attributes.map(([name, value]) => `\n${indent}${name}="${escapeHtml(value)}"`).join('');
}

/** The markup of the element with its data script (used by both forms). */
export function elementHtml(spec: EmbedSpec): string {
  if (spec.src) return `<${spec.tag}${attributeLines(spec, '  ')}>\n</${spec.tag}>`;
  const payload = dataPayload(spec);
  return `<${spec.tag}${attributeLines(spec, '  ')}>\n  <script type="${payload.type}">${payload.text}  </script>\n</${spec.tag}>`;
}

/** The script-tag form: the self-hosted CDN file and the element. */
export function scriptTagSnippet(spec: EmbedSpec): string {
  return [
    '<!-- Copy send-insight.js from the send-insight package (dist/cdn/send-insight.js) to your site. -->',
    '<script type="module" src="/js/send-insight.js"></script>',
    '',
    elementHtml(spec),
    '',
  ].join('\n');
}

/** A JavaScript string literal (JSON is valid JavaScript; `</script` and line separators are escaped too). */
export function jsString(value: string): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The npm form: import the package, create the element, set the same attributes and data. */
export function npmSnippet(spec: EmbedSpec, containerSelector = '#send-chart'): string {
  const lines = [
    '// npm install send-insight',
    "import 'send-insight'; // registers the four elements",
    '',
    `const chart = document.createElement(${jsString(spec.tag)});`,
    ...spec.attributes.map(([name, value]) => `chart.setAttribute(${jsString(name)}, ${jsString(value)});`),
    ...(spec.src ? [] : [`chart.data = ${jsString(spec.csv)};`]),
    `document.querySelector(${jsString(containerSelector)}).append(chart);`,
    '',
  ];
  return lines.join('\n');
}
