/**
 * The CDN loader (`dist/cdn/send-insight.js`): a page loads this one small module, and each
 * send-insight element's code is loaded the first time its tag appears — in the document, in a
 * shadow root handed to {@link observe} or {@link discover}, or at once where the page calls
 * {@link define}. The elements' modules and the code they share (Lit, the base element, the
 * kernels) are files beside this one, so a page with two charts loads the shared code once, and a
 * page with one chart loads no other chart's code. Everything is served from the same origin
 * (allowed by `script-src 'self'`).
 *
 * `customElements.whenDefined(tag)` and the elements' events behave as with the single file: an
 * element written before its code arrives is upgraded when it does, keeping the properties set
 * on it meanwhile.
 */

/** The tags this loader defines, and the module that defines each (a file beside this one). */
const MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'send-deprivation-chart': () => import('@send-insight/components/deprivation-chart'),
  'send-need-breakdown': () => import('@send-insight/components/need-breakdown'),
  'send-outcomes-radar': () => import('@send-insight/components/outcomes-radar'),
  'send-priority-tracker': () => import('@send-insight/components/priority-tracker'),
  'send-indicator': () => import('@send-insight/components/indicator'),
  'send-dashboard': () => import('@send-insight/components/dashboard'),
};

/** The tags the loader knows, in the order above. */
export const TAGS: readonly string[] = Object.keys(MODULES);

/** Whether the loader defines this tag. */
const known = (tag: string): boolean => Object.hasOwn(MODULES, tag);

const loading = new Map<string, Promise<CustomElementConstructor>>();

/**
 * Loads and defines elements now, without waiting for their tags to appear.
 * @param tags the tags to define (all of them when none is given)
 * @returns the element classes, in the order asked
 * @example await define('send-need-breakdown');
 */
export function define(...tags: string[]): Promise<CustomElementConstructor[]> {
  const wanted = tags.length ? tags : TAGS;
  return Promise.all(
    wanted.map((raw) => {
      const tag = raw.toLowerCase();
      const load = known(tag) ? MODULES[tag] : undefined;
      if (!load)
        return Promise.reject(new Error(`send-insight: no element called <${tag}> (known: ${TAGS.join(', ')})`));
      let done = loading.get(tag);
      if (!done) {
        done = load().then(() => customElements.whenDefined(tag));
        // a failed load (a file not copied, a network error) may be retried when the tag next appears
        done.catch(() => loading.delete(tag));
        loading.set(tag, done);
      }
      return done;
    }),
  );
}

/** Reports a load that failed, where a page's developer will look. */
function report(error: unknown): void {
  console.error('send-insight: an element could not be loaded:', error);
}

/**
 * Loads every send-insight element not yet defined in `root` (and `root` itself, if it is one).
 * Shadow roots are not searched from outside: pass each one that may hold our elements.
 * @param root a document, shadow root or element (the document by default)
 * @returns settles when those elements are defined
 */
export function discover(root: ParentNode = document): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Element && known(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (known(el.localName)) found.add(el.localName);
  }
  const todo = [...found].filter((tag) => !customElements.get(tag));
  return todo.length ? define(...todo).then(() => undefined, report) : Promise.resolve();
}

const watched = new WeakSet<Node>();

/**
 * Watches a root for send-insight elements added later (the loader watches the document itself);
 * call it with a shadow root your own component renders our elements into.
 * @param root a document, shadow root or element
 * @returns the same promise as {@link discover} for what is there already
 */
export function observe(root: ParentNode = document): Promise<void> {
  if (!watched.has(root)) {
    watched.add(root);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
      }
    }).observe(root, { childList: true, subtree: true });
  }
  return discover(root);
}

if (typeof document !== 'undefined') void observe(document);
