/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// The manifest is generated from the elements' JSDoc (`npm run manifest`, run by `npm start`,
// `npm test` and `npm run build`). Read through Vite so type-checking does not depend on the file.
interface Member {
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[]; cssParts?: { name: string }[] }[] }[];
}
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];

/**
 * The public API only: private and protected members (internal state, subclass hooks) stay out of
 * the docs tables. CSS parts are listed as `::part(name)`: Storybook keys every row by name, so a
 * part called `heading` would otherwise replace the `heading` attribute.
 */
function publicOnly(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((x) => !x.privacy && !x.static),
        cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
      })),
    })),
  };
}
if (manifest) setCustomElementsManifest(publicOnly(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // accessibility violations fail the story test, not just warn
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Getting started',
            'Data contracts',
            'Disclosure control',
            'Accessibility statement',
            'CSP guidance',
            'Theming',
            'Printing for board papers',
          ],
          'Your data',
          'Charts',
        ],
      },
    },
    viewport: {
      options: {
        narrow: { name: 'Narrow (320 px)', styles: { width: '320px', height: '800px' } },
        medium: { name: 'Medium (600 px)', styles: { width: '600px', height: '800px' } },
        wide: { name: 'Wide (1024 px)', styles: { width: '1024px', height: '800px' } },
      },
    },
  },
};
export default preview;
