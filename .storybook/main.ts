import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions, mergeConfig } from 'vite';

/** The send-insight workshop. Stories and docs live in /stories. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown, for the tables in the guides
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../examples/data', to: '/data' }],
  async viteFinal(base) {
    return mergeConfig(base, {
      resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
      // one copy of Lit, or elements and directives disagree
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    });
  },
};
export default config;
