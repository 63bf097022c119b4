/**
 * Playwright's `test` with the browser host as a fixture: each test gets a host of its own on a fresh
 * workspace (stopped after the test) and its API for setting up data and reading the figures.
 */
import { test as base } from '@playwright/test';
import { hostApi, type HostApi } from './host-api';
import { startWebHost, type WebHost } from './web-host';

export { expect } from '@playwright/test';

export const test = base.extend<{ host: WebHost; api: HostApi }>({
  // Playwright reads a fixture's dependencies from the destructured first argument: here there are none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, provide) => {
    const host = await startWebHost();
    await provide(host);
    await host.stop();
  },
  api: async ({ host }, provide) => {
    await provide(hostApi(host));
  },
});
