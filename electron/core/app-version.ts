import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The version from package.json, shown in the UI and written to diagnostics. */
export const APP_VERSION: string = (() => {
  try {
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();
