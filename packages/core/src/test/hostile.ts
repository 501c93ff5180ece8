/**
 * Hostile strings for escaping tests. Each would run script, inject markup or mislead if a
 * component used innerHTML or an unchecked URL. A handler that runs sets `window.__xss`.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  '<script>window.__xss=(window.__xss||0)+1</script>',
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
];
