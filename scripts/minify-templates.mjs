/**
 * Build-time minification of the markup and styles inside Lit's `html`, `svg` and `css` tagged
 * templates in our TypeScript sources: the indentation that makes them readable is most of their
 * bytes, and no JavaScript minifier touches the inside of a template literal.
 *
 * Safe by construction — only whitespace and CSS comments change:
 *  - markup (`html`, `svg`): every run of whitespace in text or inside a tag becomes one
 *    character, a newline if the run held one, else a space. Whitespace is never removed, so a
 *    space between two inline elements or around a `${}` value stays, and text reads the same
 *    under any `white-space` rule but `pre`/`pre-wrap` (which no style here uses). Quoted
 *    attribute values, comments and the content of `<pre>`, `<textarea>`, `<script>` and `<style>`
 *    are left as written.
 *  - styles (`css`): comments go, whitespace runs become one space, and the space next to
 *    `{ } ; ,` and after `:` goes, as does a `;` before `}`. Strings are left as written; the
 *    space either side of a `${}` value stays unless one of those characters is next to it.
 *  - `${}` expressions are never touched (nested templates inside them are minified in turn), and
 *    escape sequences (`\n`, `\u2212`, a backslash before a line end) are kept as they are.
 *
 * Used by the CDN build (packages/send-insight/scripts/build-cdn.mjs) and the bench bundler
 * (bench/lib/bundle.mjs).
 */
import { readFile } from 'node:fs/promises';
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** One character for a run of whitespace: a newline if it held one (pre-line keeps it), else a space. */
const collapse = (run) => (/[\n\r]/.test(run) ? '\n' : ' ');

/**
 * Minifies the static parts of one `html` or `svg` template (the raw text between its `${}`
 * expressions), carrying the parser's state across the expressions.
 *
 * @param {string[]} parts raw template strings
 * @returns {string[]} the parts with each whitespace run reduced to one character
 * @example minifyMarkup(['<ul>\n    <li>', '</li>\n  </ul>']) // ['<ul>\n<li>', '</li>\n</ul>']
 */
export function minifyMarkup(parts) {
  let state = 'text'; // text | tag | quoted | comment | raw
  let quote = '';
  let rawEnd = ''; // the closing tag that ends a raw-text element, e.g. '</pre'
  let tagName = null; // collecting the name of the tag being opened
  let pendingRaw = ''; // a raw-text element whose opening tag is being read
  return parts.map((part) => {
    let out = '';
    let i = 0;
    const n = part.length;
    while (i < n) {
      const c = part[i];
      if (c === '\\') {
        // an escape sequence stays as written (and counts as text, not whitespace)
        out += part.slice(i, i + 2);
        i += 2;
        if (tagName !== null) tagName = finishTag(tagName);
        continue;
      }
      if (state === 'comment') {
        const end = part.indexOf('-->', i);
        const stop = end < 0 ? n : end + 3;
        out += part.slice(i, stop);
        if (end >= 0) state = 'text';
        i = stop;
        continue;
      }
      if (state === 'raw') {
        const end = part.toLowerCase().indexOf(rawEnd, i);
        const stop = end < 0 ? n : end;
        out += part.slice(i, stop);
        i = stop;
        if (end >= 0) state = 'text';
        continue;
      }
      if (state === 'quoted') {
        out += c;
        if (c === quote) state = 'tag';
        i++;
        continue;
      }
      if (isSpace(c)) {
        let j = i;
        while (j < n && isSpace(part[j])) j++;
        out += collapse(part.slice(i, j));
        i = j;
        if (state === 'tag' && tagName !== null) tagName = finishTag(tagName);
        continue;
      }
      if (state === 'text') {
        if (part.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        if (c === '<' && /[a-zA-Z/!?]/.test(part[i + 1] ?? '')) {
          state = 'tag';
          tagName = part[i + 1] === '/' ? null : '';
          out += c;
          i++;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      // inside a tag
      if (c === '>') {
        if (tagName !== null) tagName = finishTag(tagName);
        state = pendingRaw ? 'raw' : 'text';
        if (pendingRaw) rawEnd = `</${pendingRaw}`;
        pendingRaw = '';
        out += c;
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        state = 'quoted';
        quote = c;
        if (tagName !== null) tagName = finishTag(tagName);
        out += c;
        i++;
        continue;
      }
      if (tagName !== null) {
        if (/[a-zA-Z0-9-]/.test(c)) tagName += c;
        else tagName = finishTag(tagName);
      }
      out += c;
      i++;
    }
    // an expression ends a tag name being read (`<${tag}>` is not something Lit allows anyway)
    if (tagName !== null) tagName = finishTag(tagName);
    return out;
  });

  // a raw-text element's content starts after its opening tag's `>`
  function finishTag(name) {
    if (RAW_TEXT.has(name.toLowerCase())) pendingRaw = name.toLowerCase();
    return null;
  }
}

/**
 * Minifies the static parts of one `css` template, carrying its state (comment, string, custom
 * property value) across the `${}` expressions.
 *
 * @param {string[]} parts raw template strings
 * @returns {string[]} the parts without comments and with only the whitespace CSS needs
 * @example minifyStyles([':host {\n  display: block; /* box *\/\n}\n']) // [':host{display:block}']
 */
export function minifyStyles(parts) {
  let inComment = false;
  let quote = '';
  // a custom property's value is kept as written: it is a token list that scripts may read back
  let custom = false;
  let depth = 0;
  return parts.map((part, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    let out = '';
    let space = false; // a whitespace run (or comment) seen and not yet written
    let atStart = true; // nothing written yet in this part (the left neighbour is an expression)
    const emit = (text) => {
      const c = text[0];
      if (space) {
        const prev = out[out.length - 1];
        const needed = atStart ? !first && !'{};,'.includes(c) : !'{};,:'.includes(prev) && !'{};,'.includes(c);
        if (needed) out += ' ';
        space = false;
      }
      if (c === '}' && out.endsWith(';') && !out.endsWith('\\;')) out = out.slice(0, -1);
      out += text;
      atStart = false;
    };
    let i = 0;
    const n = part.length;
    while (i < n) {
      const c = part[i];
      if (inComment) {
        const end = part.indexOf('*/', i);
        if (end < 0) {
          i = n;
          break;
        }
        inComment = false;
        space = true; // a comment between two words still separates them
        i = end + 2;
        continue;
      }
      if (quote) {
        const step = c === '\\' ? 2 : 1;
        if (c === quote) quote = '';
        out += part.slice(i, i + step);
        i += step;
        continue;
      }
      if (custom) {
        if (c === '"' || c === "'") quote = c;
        else if ('([{'.includes(c)) depth++;
        else if (')]'.includes(c) || (c === '}' && depth > 0)) depth--;
        else if ((c === ';' || c === '}') && depth === 0) {
          custom = false;
          continue; // written by the code below, as punctuation
        }
        const step = c === '\\' ? 2 : 1;
        out += part.slice(i, i + step);
        i += step;
        continue;
      }
      if (c === '\\') {
        emit(part.slice(i, i + 2));
        i += 2;
        continue;
      }
      if (c === '"' || c === "'") {
        quote = c;
        emit(c);
        i++;
        continue;
      }
      if (c === '/' && part[i + 1] === '*') {
        inComment = true;
        i += 2;
        continue;
      }
      if (isSpace(c)) {
        space = true;
        i++;
        continue;
      }
      const declarationStart = out === '' ? first : '{;'.includes(out[out.length - 1]);
      const name = declarationStart && c === '-' ? /^--[\w-]*\s*:/.exec(part.slice(i)) : null;
      if (name) {
        emit(name[0].replace(/\s+/g, ''));
        i += name[0].length;
        custom = true;
        depth = 0;
        continue;
      }
      emit(c);
      i++;
    }
    // a space before the expression that follows stays, unless punctuation makes it needless
    if (space && !last) {
      const prev = out[out.length - 1];
      if (prev === undefined ? !first : !'{};,:'.includes(prev)) out += ' ';
    }
    return out;
  });
}

/**
 * Minifies every `html`, `svg` and `css` tagged template in a TypeScript or JavaScript module.
 *
 * @param {string} code the module's source
 * @param {string} id its file name (for the source map and to pick the parser's language)
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when nothing changed
 * @example minifyTemplates('const s = css`:host {\n  color: red;\n}`;', 'a.ts').code // 'const s = css`:host{color:red}`;'
 */
export function minifyTemplates(code, id) {
  if (!/\b(html|svg|css)`/.test(code)) return null;
  const kind = id.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : id.endsWith('.ts') || id.endsWith('.mts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, kind);
  const s = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      // [start, end) of each static part's raw text, without the backticks, `${` and `}`
      const ranges = ts.isNoSubstitutionTemplateLiteral(t)
        ? [[t.getStart(file) + 1, t.end - 1]]
        : [
            [t.head.getStart(file) + 1, t.head.end - 2],
            ...t.templateSpans.map((sp) => [
              sp.literal.getStart(file) + 1,
              sp.literal.end - (ts.isTemplateTail(sp.literal) ? 1 : 2),
            ]),
          ];
      const parts = ranges.map(([a, b]) => code.slice(a, b));
      const minified = node.tag.text === 'css' ? minifyStyles(parts) : minifyMarkup(parts);
      ranges.forEach(([a, b], k) => {
        if (minified[k] === parts[k]) return;
        changed = true;
        if (minified[k]) s.overwrite(a, b, minified[k]);
        else s.remove(a, b);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!changed) return null;
  return { code: s.toString(), map: s.generateMap({ source: id, hires: true, includeContent: true }) };
}

/** Our TypeScript sources (not tests, not node_modules): the only files whose templates are minified. */
export const SOURCE_FILE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/](?!.*\.test\.ts$).*\.ts$/;

/**
 * The Vite (Rollup/Rolldown) plugin: minifies templates before TypeScript is compiled.
 *
 * @returns {import('vite').Plugin}
 */
export function minifyTemplatesVite() {
  return {
    name: 'send-insight:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE_FILE.test(id.split('?')[0])) return null;
      return minifyTemplates(code, id);
    },
  };
}

/**
 * The esbuild plugin (the bench bundler): minifies templates as each source file is loaded.
 *
 * @returns {import('esbuild').Plugin}
 */
export function minifyTemplatesEsbuild() {
  return {
    name: 'send-insight:minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!SOURCE_FILE.test(args.path)) return undefined;
        const code = await readFile(args.path, 'utf8');
        return { contents: minifyTemplates(code, args.path)?.code ?? code, loader: 'ts' };
      });
    },
  };
}
