/**
 * Runs sandboxed before the renderer: it can require only 'electron', and whatever it exposes is
 * reachable by any script in the page. So it exposes exactly the two operations of the API
 * transport, never ipcRenderer itself or an IPC event object (whose `sender` is ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreEvent } from '../../shared/api/events';
import type { CallResult, RetrofitBridge } from '../../shared/api/bridge';
import { BRIDGE_KEY, CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

const bridge: RetrofitBridge = {
  call(method: string, input: unknown): Promise<CallResult> {
    return ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<CallResult>;
  },
  onEvent(listener: (event: CoreEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a listener function');
    const forward = (_event: IpcRendererEvent, coreEvent: CoreEvent) => listener(coreEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
