/**
 * Binds the API contract to Electron IPC. Main only checks who is calling; what is called (method
 * name and payload) is validated by the core, the same as for every other transport.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CoreEvent } from '../../shared/api/events';
import type { CallResult } from '../../shared/api/bridge';
import type { WireError } from '../../shared/api/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/ipc-channels';
import { isAppUrl } from './app-origin';

/** The part of the core a transport uses (Core satisfies it). */
export interface ApiCore {
  dispatch(method: string, input: unknown): Promise<CallResult>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

/** Typed as a failure only, so the file dialogs' handlers can return it too. */
export function unauthorized(): { ok: false; error: WireError } {
  return { ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } };
}

/**
 * A call is ours only if it comes from our window's webContents, from its top frame (not an
 * iframe, even a same-origin one), and that frame currently shows an app:// page — not the
 * load-error page, not anything a navigation guard failed to stop. A frame that went away while
 * the message was in flight throws on access and is refused like the rest.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  try {
    if (!window || window.isDestroyed()) return false;
    const contents = window.webContents;
    // Compared by id: Electron may hand out different JS wrappers for one webContents.
    if (event.sender.id !== contents.id) return false;
    const frame = event.senderFrame;
    if (!frame || frame.detached || frame.parent !== null) return false;
    if (frame !== contents.mainFrame && frame.frameTreeNodeId !== contents.mainFrame.frameTreeNodeId)
      return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

/** Returns a function that unbinds both directions (used on quit and by tests). */
export function bindApi(ipcMain: IpcMain, core: ApiCore, getWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<CallResult> => {
    if (!isTrustedSender(event, getWindow())) return unauthorized();
    // A non-string name gets the core's own UNKNOWN_METHOD answer rather than a main-side special case.
    return core.dispatch(typeof method === 'string' ? method : '', input);
  });
  const unsubscribe = core.onEvent((coreEvent) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    const frame = window.webContents.mainFrame;
    // Events describe workspace data; only our own page may receive them.
    if (isAppUrl(frame.url)) frame.send(EVENT_CHANNEL, coreEvent);
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
