import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // accessibility violations fail the story test, not just warn
    a11y: { test: 'error' },
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
