import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { minifyMarkup, minifyStyles, minifyTemplates } from './minify-templates.mjs';

const ROOT = join(import.meta.dirname, '..');
const min = (code: string) => minifyTemplates(code, 'x.ts')?.code ?? code;

describe('minifyMarkup', () => {
  it('has the expected defaults: markup without extra whitespace is unchanged', () => {
    expect(minifyMarkup(['<p class="a">x</p>'])).toEqual(['<p class="a">x</p>']);
    expect(minifyMarkup([''])).toEqual(['']);
  });

  it('reduces indentation to one newline, and a run of spaces to one space', () => {
    expect(minifyMarkup(['<ul>\n      <li>a   b</li>\n    </ul>'])).toEqual(['<ul>\n<li>a b</li>\n</ul>']);
    expect(minifyMarkup(['<div\n  class="x"\n  role="group"\n>'])).toEqual(['<div\nclass="x"\nrole="group"\n>']);
  });

  it('never removes the space between inline elements or beside a value', () => {
    expect(minifyMarkup(['<b>', '</b> <i>', '</i>'])).toEqual(['<b>', '</b> <i>', '</i>']);
    expect(minifyMarkup(['<p>', '  (', ')  ', '</p>'])).toEqual(['<p>', ' (', ') ', '</p>']);
    expect(minifyMarkup(['', ' ', ''])).toEqual(['', ' ', '']);
  });

  it('keeps quoted attribute values as written, across a value inside them', () => {
    expect(minifyMarkup(['<p title="a  \n  b ', '  c">  x</p>'])).toEqual(['<p title="a  \n  b ', '  c"> x</p>']);
    expect(minifyMarkup(['<p data-x=\'  \'  id="  ">'])).toEqual(['<p data-x=\'  \' id="  ">']);
  });

  it('keeps comments and the content of pre, textarea, script and style as written', () => {
    expect(minifyMarkup(['<!--  a  -->  <pre>  a\n   b </pre>  <p>  x'])).toEqual([
      '<!--  a  --> <pre>  a\n   b </pre> <p> x',
    ]);
    expect(minifyMarkup(['<PRE class="c">  a  </PRE>'])).toEqual(['<PRE class="c">  a  </PRE>']);
    expect(minifyMarkup(['<textarea>  ', '  </textarea>  '])).toEqual(['<textarea>  ', '  </textarea> ']);
    expect(minifyMarkup(['<style>  a  { }</style>'])).toEqual(['<style>  a  { }</style>']);
  });

  it('keeps escape sequences as they are (a backslash before a line end too)', () => {
    expect(minifyMarkup(['a\\n   b\\u2212  c\\`  \\${x}'])).toEqual(['a\\n b\\u2212 c\\` \\${x}']);
    expect(minifyMarkup(['a\\\n   b'])).toEqual(['a\\\n b']);
  });

  it('treats a < that opens no tag as text', () => {
    expect(minifyMarkup(['a  <  b   c'])).toEqual(['a < b c']);
  });
});

describe('minifyStyles', () => {
  it('has the expected defaults: minified CSS is unchanged', () => {
    expect(minifyStyles([':host{display:block}'])).toEqual([':host{display:block}']);
  });

  it('drops comments, indentation, and the space and semicolons CSS does not need', () => {
    expect(
      minifyStyles([
        '\n  /* the box */\n  :host {\n    display: block;\n    margin: 0 0 1px;\n  }\n  a,\n  b > c { color: red; }\n',
      ]),
    ).toEqual([':host{display:block;margin:0 0 1px}a,b > c{color:red}']);
  });

  it('keeps the space before a pseudo-class (a descendant) and in values and media queries', () => {
    expect(minifyStyles(['.a :hover { margin: calc(1px + 2px) auto }'])).toEqual([
      '.a :hover{margin:calc(1px + 2px) auto}',
    ]);
    expect(minifyStyles(['@media (min-width: 600px) and (max-width: 800px) { a { b: c } }'])).toEqual([
      '@media (min-width:600px) and (max-width:800px){a{b:c}}',
    ]);
  });

  it('keeps strings as written, with their escapes', () => {
    expect(minifyStyles([".a::after { content: ' \\'  /* x */ ';  }"])).toEqual([
      ".a::after{content:' \\'  /* x */ '}",
    ]);
    expect(minifyStyles(['a { font-family: "Segoe  UI",  Arial }'])).toEqual(['a{font-family:"Segoe  UI",Arial}']);
  });

  it('keeps the space either side of a value unless punctuation is next to it', () => {
    expect(minifyStyles(['.a { border: 1px solid ', '; margin: 0 ', ' 0 }'])).toEqual([
      '.a{border:1px solid ',
      ';margin:0 ',
      ' 0}',
    ]);
    expect(minifyStyles(['  .a ', ' .b {\n  color: ', ';\n}\n'])).toEqual(['.a ', ' .b{color:', '}']);
  });

  it('keeps a custom property value as written (scripts may read it back), and tidies what follows', () => {
    expect(
      minifyStyles([':host {\n  --send-a: var(--send-b, #123)  ;\n  --send-c:1px  solid;\n  color : red ;\n}']),
    ).toEqual([':host{--send-a: var(--send-b, #123)  ;--send-c:1px  solid;color :red}']);
    expect(minifyStyles([':host { --a: ', ' , x; --b: {a ; b}; }'])).toEqual([':host{--a: ', ' , x;--b: {a ; b}}']);
    expect(minifyStyles([':host { --a: "; }" ; b: c }'])).toEqual([':host{--a: "; }" ;b:c}']);
  });

  it('drops a comment that spans a value, and keeps words apart where a comment was', () => {
    expect(minifyStyles(['a{b:c /* x ', ' y */ d}'])).toEqual(['a{b:c ', ' d}']);
    expect(minifyStyles(['a{margin:0/**/auto}'])).toEqual(['a{margin:0 auto}']);
  });
});

describe('minifyTemplates', () => {
  it('returns null when there is nothing to minify', () => {
    expect(minifyTemplates('const a = 1;', 'x.ts')).toBeNull();
    expect(minifyTemplates('const t = html`<p>x</p>`;', 'x.ts')).toBeNull();
  });

  it('minifies html, svg and css templates, and nested ones, without touching the expressions', () => {
    const code = [
      'const a = html`<ul>\n    ${items.map((i) => html`<li>\n      ${i}\n    </li>`)}\n  </ul>`;',
      "const b = svg`<g>\n  <text x=${x}>${'a   b'}</text>\n</g>`;",
      'const c = css`:host {\n  color: ${token(`--send-a  b`)};\n}`;',
    ].join('\n');
    expect(min(code)).toBe(
      [
        'const a = html`<ul>\n${items.map((i) => html`<li>\n${i}\n</li>`)}\n</ul>`;',
        "const b = svg`<g>\n<text x=${x}>${'a   b'}</text>\n</g>`;",
        'const c = css`:host{color:${token(`--send-a  b`)}}`;',
      ].join('\n'),
    );
  });

  it('leaves other templates alone: untagged, other tags, and html as a property', () => {
    const code =
      'const a = `<p>\n  x</p>`;\nconst b = sql`select  *`;\nconst c = lit.html`<p>\n  x</p>`;\nconst d = htmlx`<p>\n  x</p>`;';
    expect(minifyTemplates(code, 'x.ts')).toBeNull();
  });

  it('reads TypeScript (types, generics, decorators) and keeps the code around the templates byte for byte', () => {
    const code =
      "@customElement('x')\nclass X<T extends { a: string }> extends LitElement {\n  @property() a = 1;\n  render(): TemplateResult {\n    return html`<p>\n      ${this.a as number}\n    </p>`;\n  }\n}\nconst r = /`html`/g;\n";
    expect(min(code)).toBe(code.replace('<p>\n      ${this.a as number}\n    </p>', '<p>\n${this.a as number}\n</p>'));
  });

  it('gives a source map that points code after a template back to its line', () => {
    const code = 'const a = html`<p>\n\n\n  x</p>`;\nconst marker = 1;\n';
    const result = minifyTemplates(code, 'x.ts')!;
    expect(result.map.sources).toEqual(['x.ts']);
    // the map's second generated line (`const marker`) starts with a segment pointing at source line 4 (0-based)
    const lines = result.map.mappings.split(';');
    const decodeFirst = (seg: string) => {
      const values: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const digit = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = shift = 0;
        }
      }
      return values;
    };
    // relative source lines accumulate across all segments
    let sourceLine = 0;
    const firstOfLine: number[] = [];
    for (const line of lines) {
      line
        .split(',')
        .filter(Boolean)
        .forEach((seg, k) => {
          const v = decodeFirst(seg);
          sourceLine += v[2] ?? 0;
          if (k === 0) firstOfLine.push(sourceLine);
        });
    }
    expect(result.code.split('\n')[2]).toBe('const marker = 1;');
    expect(firstOfLine[2]).toBe(4);
  });
});

/** Every `html`/`svg`/`css` template in our sources, with its static parts. */
function sourceTemplates(): { file: string; tag: string; parts: string[] }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) files.push(path);
    }
  };
  for (const pkg of readdirSync(join(ROOT, 'packages'))) walk(join(ROOT, 'packages', pkg, 'src'));
  const found: { file: string; tag: string; parts: string[] }[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (
        ts.isTaggedTemplateExpression(node) &&
        ts.isIdentifier(node.tag) &&
        ['html', 'svg', 'css'].includes(node.tag.text)
      ) {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t)
          ? [t.rawText ?? t.text]
          : [t.head.rawText ?? t.head.text, ...t.templateSpans.map((s) => s.literal.rawText ?? s.literal.text)];
        found.push({ file: relative(ROOT, file), tag: node.tag.text, parts });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Cooks raw template text as JavaScript would (escapes to characters). */
const cook = (raw: string) => new Function(`return \`${raw}\`;`)() as string;

describe('every template in our sources, parsed by Chromium before and after', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
  });
  afterAll(async () => browser?.close());

  it('builds the same DOM from each html and svg template (text compared with whitespace runs as one space)', async () => {
    const templates = sourceTemplates().filter((t) => t.tag !== 'css');
    expect(templates.length).toBeGreaterThan(50);
    // join the parts with a marker valid as text, attribute value and attribute name, as Lit does
    const pairs = templates.map((t) => ({
      file: t.file,
      before: t.parts.map(cook).join('lit$0$'),
      after: minifyMarkup(t.parts).map(cook).join('lit$0$'),
      svg: t.tag === 'svg',
    }));
    const page = await browser.newPage();
    const differences: string[] = await page.evaluate((list) => {
      const shape = (html: string, svg: boolean) => {
        const template = document.createElement('template');
        template.innerHTML = svg ? `<svg>${html}</svg>` : html;
        const describe = (node: Node): string => {
          if (node.nodeType === Node.TEXT_NODE) return `#text(${(node.textContent ?? '').replace(/\s+/g, ' ')})`;
          if (node.nodeType === Node.COMMENT_NODE) return `#comment(${(node as Comment).data})`;
          const el = node as Element;
          const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
          const kids = el.localName === 'template' ? (el as HTMLTemplateElement).content.childNodes : el.childNodes;
          return `<${el.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : ''}${el.localName} ${attrs}>${[...kids].map(describe).join('')}</>`;
        };
        return [...template.content.childNodes].map(describe).join('');
      };
      return list
        .filter((p) => shape(p.before, p.svg) !== shape(p.after, p.svg))
        .map((p) => `${p.file}: ${p.before.slice(0, 120)}`);
    }, pairs);
    expect(differences).toEqual([]);
  });

  it('builds the same style rules from each css template (as Chromium serialises them)', async () => {
    const templates = sourceTemplates().filter((t) => t.tag === 'css');
    expect(templates.length).toBeGreaterThan(5);
    const pairs = templates.map((t) => ({
      file: t.file,
      before: t.parts.map(cook).join('var(--lit-0)'),
      after: minifyStyles(t.parts).map(cook).join('var(--lit-0)'),
    }));
    const page = await browser.newPage();
    const differences: string[] = await page.evaluate((list) => {
      const rules = (text: string) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        // a value holding var() serialises as written: only the space before a var() fallback differs
        return [...sheet.cssRules]
          .map((r) => r.cssText)
          .join('\n')
          .replace(/var\((--[\w-]+),\s+/g, 'var($1,');
      };
      const firstDifference = (a: string, b: string) => {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return `…${a.slice(Math.max(0, i - 60), i + 60)} ≠ …${b.slice(Math.max(0, i - 60), i + 60)}`;
      };
      return list
        .filter((p) => rules(p.before) !== rules(p.after) || !rules(p.after))
        .map((p) => `${p.file}: ${firstDifference(rules(p.before), rules(p.after))}`);
    }, pairs);
    expect(differences).toEqual([]);
  });
});
