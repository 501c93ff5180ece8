/**
 * The analyzer also lists each `dispatchEvent(new SendRenderEvent(…))` it finds as an event with a
 * type and no name, beside the same event documented with `@fires send-render`. This keeps the
 * named one, giving it the class's type where it has none, and drops the unnamed copy.
 */
function namedEventsOnly() {
  const kebab = (name) =>
    name
      .replace(/Event$/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase();
  return {
    name: 'send-insight-named-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const named = declaration.events.filter((e) => e.name);
          for (const e of declaration.events.filter((x) => !x.name && x.type?.text)) {
            const match = named.find((n) => n.name === kebab(e.type.text));
            if (match && !match.type) match.type = e.type;
          }
          declaration.events = named;
        }
      }
    },
  };
}

/** Custom-elements manifest over the components' JSDoc (attributes, events, parts, custom properties). */
export default {
  globs: [
    'packages/core/src/chart-attributes.ts',
    'packages/core/src/base-element.ts',
    'packages/core/src/hooks-element.ts',
    'packages/components/src/**/*.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.layout.ts', '**/*.view.ts', '**/*.table.ts', '**/*.styles.ts', '**/test/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [namedEventsOnly()],
};
