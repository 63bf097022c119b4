import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkForUpdates, compareVersions, httpsUrl, type FetchLike } from '../../../electron/main/updates';

const answer = (body: unknown, status = 200): FetchLike =>
  vi.fn(async () => ({ ok: status >= 200 && status < 300, status, json: async () => body }));

afterEach(() => vi.useRealTimers());

describe('version order', () => {
  it.each([
    ['0.2.0', '0.1.9', 1],
    ['0.1.10', '0.1.9', 1],
    ['v1.0.0', '1.0.0', 0],
    ['1.0.0', '1.0.0-rc.1', 1],
    ['1.0.0-rc.2', '1.0.0-rc.10', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-beta', '1.0.0-alpha.9', 1],
    ['1.0.0+build.7', '1.0.0', 0],
  ])('%s against %s is %d', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
    expect(compareVersions(b, a)).toBe(order === 0 ? 0 : -order);
  });

  it('refuses what is not a version', () => {
    expect(compareVersions('latest', '1.0.0')).toBeNull();
    expect(compareVersions('1.0', '1.0.0')).toBeNull();
  });
});

describe('checking for updates', () => {
  it('does not go online at all without a configured address', async () => {
    const fetch = answer({ version: '9.9.9' });
    expect(await checkForUpdates({}, '0.1.0', fetch)).toEqual({ kind: 'not-configured', releasesUrl: null });
    expect(await checkForUpdates({ releasesUrl: 'https://example.com/releases' }, '0.1.0', fetch)).toEqual({
      kind: 'not-configured',
      releasesUrl: 'https://example.com/releases',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('never asks over plain http', async () => {
    const fetch = answer({ version: '9.9.9' });
    expect(
      await checkForUpdates({ updateUrl: 'http://example.com/latest.json' }, '0.1.0', fetch),
    ).toMatchObject({
      kind: 'not-configured',
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(httpsUrl('https://user:pw@example.com/')).toBeNull();
  });

  it('says a newer version is available, with where to get it', async () => {
    const fetch = answer({ version: 'v0.3.0', url: 'https://example.com/releases/0.3.0' });
    const config = {
      updateUrl: 'https://example.com/latest.json',
      releasesUrl: 'https://example.com/releases',
    };
    expect(await checkForUpdates(config, '0.1.0', fetch)).toEqual({
      kind: 'available',
      current: '0.1.0',
      latest: '0.3.0',
      releasesUrl: 'https://example.com/releases/0.3.0',
    });
    expect(fetch).toHaveBeenCalledWith(
      'https://example.com/latest.json',
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
  });

  it('says the app is up to date when the announced version is not newer', async () => {
    const config = { updateUrl: 'https://example.com/latest.json' };
    expect(await checkForUpdates(config, '0.1.0', answer({ version: '0.1.0' }))).toEqual({
      kind: 'up-to-date',
      current: '0.1.0',
      releasesUrl: null,
    });
    expect(await checkForUpdates(config, '0.2.0', answer({ version: '0.1.0' }))).toMatchObject({
      kind: 'up-to-date',
    });
  });

  it('turns every failure into a result instead of throwing', async () => {
    const config = { updateUrl: 'https://example.com/latest.json' };
    expect(await checkForUpdates(config, '0.1.0', answer({}, 404))).toMatchObject({
      kind: 'failed',
      reason: 'HTTP 404',
    });
    expect(await checkForUpdates(config, '0.1.0', answer({ version: 42 }))).toMatchObject({ kind: 'failed' });
    expect(await checkForUpdates(config, '0.1.0', answer('<html>'))).toMatchObject({ kind: 'failed' });
    const offline: FetchLike = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await checkForUpdates(config, '0.1.0', offline)).toMatchObject({
      kind: 'failed',
      reason: 'fetch failed',
    });
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    const hanging: FetchLike = vi.fn(
      (_url, init) =>
        new Promise<never>((_resolve, reject) => {
          init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const result = checkForUpdates({ updateUrl: 'https://example.com/latest.json' }, '0.1.0', hanging, 5000);
    await vi.advanceTimersByTimeAsync(4999);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toMatchObject({ kind: 'failed', reason: 'timeout' });
  });
});
