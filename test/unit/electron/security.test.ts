import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);

import type { App, Session, WebContents } from 'electron';
import {
  allowedExternalUrl,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
} from '../../../electron/main/security';
import { asElectron, FakeWebContents, navigationEvent, shell } from './support/electron-stand-in';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(asElectron<WebContents>(contents));
  return contents;
}

describe('external link allowlist', () => {
  it.each([
    ['https://www.sz.gov.cn/cn/xxgk/', 'https://www.sz.gov.cn/cn/xxgk/'],
    ['https://gxj.sz.gov.cn/a?b=1#c', 'https://gxj.sz.gov.cn/a?b=1#c'],
    ['https://WWW.MIIT.GOV.CN', 'https://www.miit.gov.cn/'],
  ])('allows %s', (url, href) => expect(allowedExternalUrl(url)).toBe(href));

  it.each([
    'http://www.sz.gov.cn/',
    'https://www.sz.gov.cn.evil.example/',
    'https://evil.example/?https://www.sz.gov.cn',
    'https://user:pw@www.sz.gov.cn/',
    'https://www.sz.gov.cn:8443/',
    'https://sz.gov.cn/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://retrofit/index.html',
    'not a url',
    42,
  ])('refuses %s', (url) => expect(allowedExternalUrl(url)).toBeNull());
});

describe('navigation guards', () => {
  beforeEach(() => vi.clearAllMocks());

  it('lets the app navigate within its own origin', () => {
    const contents = guarded();
    const event = navigationEvent('app://retrofit/index.html#/enterprises');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents navigation to a foreign URL without opening it', () => {
    const contents = guarded();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'http://127.0.0.1:8080/',
    ]) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends an allowlisted link to the system browser instead of navigating', () => {
    const contents = guarded();
    const event = navigationEvent('https://gxj.sz.gov.cn/notice');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledWith('https://gxj.sz.gov.cn/notice');
  });

  it('prevents a redirect away from the app, even to an allowlisted site', () => {
    const contents = guarded();
    const away = navigationEvent('https://www.sz.gov.cn/');
    contents.emit('will-redirect', away);
    expect(away.preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
    const home = navigationEvent('app://retrofit/index.html');
    contents.emit('will-redirect', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('keeps subframes on the app origin', () => {
    const contents = guarded();
    const frame = navigationEvent('https://evil.example/', false);
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalledOnce();
    const own = navigationEvent('app://retrofit/print.html', false);
    contents.emit('will-frame-navigate', own);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and opens only allowlisted https URLs externally', () => {
    const contents = guarded();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://retrofit/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(open({ url: 'https://www.miit.gov.cn/zwgk/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.miit.gov.cn/zwgk/');
  });

  it('refuses to attach a webview', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('guards every webContents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(asElectron<App>(app));
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const event = navigationEvent('https://evil.example/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('permissions', () => {
  function hardenedSession() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(asElectron<Session>(session));
    return session;
  }

  it('denies every permission request', () => {
    const request = hardenedSession().setPermissionRequestHandler.mock.calls[0]![0];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'unknown',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    const session = hardenedSession();
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    for (const permission of ['media', 'hid', 'serial', 'usb', 'fullscreen']) {
      expect(check(null, permission, 'app://retrofit', {})).toBe(false);
    }
    const device = session.setDevicePermissionHandler.mock.calls[0]![0];
    expect(device({ deviceType: 'usb', origin: 'app://retrofit' })).toBe(false);
  });
});
