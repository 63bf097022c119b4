import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// '.js': Vite's native config loader needs a suffix; TypeScript maps it to the .ts file.
import { CSP_DIRECTIVES } from './shared/security/content-security-policy.js';

const vendor = (packages: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${packages})[\\\\/]`);

/**
 * The page carries the same policy the hosts send as a header, from the one list in shared/, so the
 * two cannot drift. frame-ancestors is left out: browsers ignore it in a meta tag (with a warning);
 * the header delivers it.
 */
const cspMeta: Plugin = {
  name: 'retrofit-csp-meta',
  transformIndexHtml: (html) =>
    html.replace('%RETROFIT_CSP%', CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ')),
};

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the Electron shell serves the build from app://retrofit/, the browser host from /.
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // Electron 45 and current Chromium support module preload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    // The UI kit is one chunk that every screen needs and the browser caches; it is read from the local
    // disk or loopback, never the internet, so splitting it further would only add requests.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Stable vendor chunks, so a change to a page does not invalidate the libraries' cache entries;
        // pages are split by their dynamic imports (React.lazy in the app frame).
        codeSplitting: {
          groups: [
            { name: 'react', test: vendor('react|react-dom|scheduler'), priority: 3 },
            {
              name: 'i18n',
              test: vendor('i18next|react-i18next|html-parse-stringify|void-elements'),
              priority: 2,
            },
            {
              name: 'antd',
              test: vendor('antd|@ant-design|@rc-component|rc-[^\\\\/]+|@babel|dayjs|classnames|clsx'),
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
