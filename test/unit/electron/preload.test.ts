import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);

import type { RetrofitBridge } from '../../../shared/api/bridge';
import { contextBridge, ipcRenderer } from './support/electron-stand-in';

let bridge: RetrofitBridge;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('retrofit');
  bridge = exposed as RetrofitBridge;
});

describe('preload bridge', () => {
  it('exposes exactly the bridge operations, as plain functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'chooseOpenFile',
      'chooseSaveFile',
      'onEvent',
      'onShellCommand',
      'uploadFile',
    ]);
    for (const operation of Object.values(bridge)) expect(typeof operation).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('forwards the file dialogs and drops to their channels, arguments unchanged, for main to check', async () => {
    const answer = { ok: true, result: null };
    ipcRenderer.invoke.mockResolvedValue(answer);
    await expect(bridge.chooseOpenFile('register')).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('retrofit:choose-open', 'register');
    await expect(bridge.chooseSaveFile('设备台账', 'xlsx')).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('retrofit:choose-save', '设备台账', 'xlsx');
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(bridge.uploadFile('a.csv', bytes)).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('retrofit:upload', 'a.csv', bytes);
    ipcRenderer.invoke.mockReset();
  });

  it('sends calls over the retrofit:call channel and returns the answer unchanged', async () => {
    const answer = { ok: false, error: { code: 'VALIDATION', params: {}, issues: [] } };
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(bridge.call('enterprise.get', { id: 1 })).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('retrofit:call', 'enterprise.get', { id: 1 });
  });

  it('delivers core events without the IPC event object, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    const coreEvent = { type: 'workspace-changed', scope: 'backups' };
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit('retrofit:event', ipcEvent, coreEvent);
    expect(listener).toHaveBeenCalledExactlyOnceWith(coreEvent);

    unsubscribe();
    ipcRenderer.emit('retrofit:event', ipcEvent, coreEvent);
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount('retrofit:event')).toBe(0);
  });

  it('keeps shell commands sent before the page listens, then delivers them and later ones', () => {
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    const early = { kind: 'show', page: 'backups' };
    ipcRenderer.emit('retrofit:shell-command', ipcEvent, early);
    const listener = vi.fn();
    const unsubscribe = bridge.onShellCommand(listener);
    expect(listener).toHaveBeenCalledExactlyOnceWith(early);
    const later = { kind: 'export-draft' };
    ipcRenderer.emit('retrofit:shell-command', ipcEvent, later);
    expect(listener).toHaveBeenLastCalledWith(later);
    unsubscribe();
    ipcRenderer.emit('retrofit:shell-command', ipcEvent, later);
    expect(listener).toHaveBeenCalledTimes(2);
    // What came while nobody listened waits for the next subscriber; the early one is not given twice.
    const second = vi.fn();
    bridge.onShellCommand(second)();
    expect(second).toHaveBeenCalledExactlyOnceWith(later);
  });

  it('keeps listeners independent', () => {
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.onEvent(a);
    const offB = bridge.onEvent(b);
    offA();
    ipcRenderer.emit('retrofit:event', {}, { type: 'workspace-changed', scope: 'enterprises' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    offB();
  });

  it('refuses a non-function listener', () => {
    expect(() => bridge.onEvent('alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount('retrofit:event')).toBe(0);
  });
});
