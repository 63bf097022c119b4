/**
 * Runs sandboxed before the renderer: it can require only 'electron', and whatever it exposes is
 * reachable by any script in the page. So it exposes exactly the operations of the bridge (the API
 * transport and the file dialogs), never ipcRenderer itself or an IPC event object (whose `sender`
 * is ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreEvent } from '../../shared/api/events';
import type {
  BridgeResult,
  CallResult,
  OpenKind,
  RetrofitBridge,
  SaveFormat,
  ShellCommand,
} from '../../shared/api/bridge';
import type { FileRef } from '../../shared/register/register-api';
import {
  BRIDGE_KEY,
  CALL_CHANNEL,
  CHOOSE_OPEN_CHANNEL,
  CHOOSE_SAVE_CHANNEL,
  EVENT_CHANNEL,
  SHELL_COMMAND_CHANNEL,
  UPLOAD_CHANNEL,
} from './ipc-channels';

const shellListeners = new Set<(command: ShellCommand) => void>();
/** Commands sent before any page code listened (the page subscribes after main's did-finish-load). */
const earlyCommands: ShellCommand[] = [];
ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event: IpcRendererEvent, command: ShellCommand) => {
  if (shellListeners.size === 0) earlyCommands.push(command);
  else for (const listener of shellListeners) listener(command);
});

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
  // Arguments pass through unchecked: main validates them, as it must for anything from the page.
  chooseOpenFile(kind: OpenKind): Promise<BridgeResult<FileRef | null>> {
    return ipcRenderer.invoke(CHOOSE_OPEN_CHANNEL, kind) as Promise<BridgeResult<FileRef | null>>;
  },
  chooseSaveFile(defaultName: string, format: SaveFormat): Promise<BridgeResult<FileRef | null>> {
    return ipcRenderer.invoke(CHOOSE_SAVE_CHANNEL, defaultName, format) as Promise<
      BridgeResult<FileRef | null>
    >;
  },
  uploadFile(name: string, bytes: Uint8Array): Promise<BridgeResult<FileRef>> {
    return ipcRenderer.invoke(UPLOAD_CHANNEL, name, bytes) as Promise<BridgeResult<FileRef>>;
  },
  onShellCommand(listener: (command: ShellCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onShellCommand needs a listener function');
    shellListeners.add(listener);
    // A file opened with the app can arrive before the page subscribes: it waits here, not lost.
    for (const command of earlyCommands.splice(0)) listener(command);
    return () => {
      shellListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
