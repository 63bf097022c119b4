import type { WireError } from './errors';
import type { CoreEvent } from './events';
import type { FileRef } from '../register/register-api';

/**
 * What one bridge operation returns: its result, or the error the core raised. Errors travel as
 * data rather than as a rejection because contextBridge strips a thrown Error down to its message,
 * and the renderer needs the code and parameters to say what went wrong in the user's language.
 */
export type BridgeResult<T> = { ok: true; result: T } | { ok: false; error: WireError };

/** What one call returns over any transport: the core's result, or the error it raised. */
export type CallResult = BridgeResult<unknown>;

/** The formats the save dialog offers. */
/** 'original': a file saved under its own name and type (an attachment taken out of the workspace). */
export type SaveFormat = 'xlsx' | 'csv' | 'docx' | 'pdf' | 'retrofit' | 'original';

/**
 * What an open dialog is for; decides the file types it offers: a register spreadsheet, any file
 * attached to an application, an agency's Word template, or a client file (.retrofit) to import.
 */
export type OpenKind = 'register' | 'attachment' | 'template' | 'handoff';

/** Pages the application menu can open in the renderer. */
export type ShellPage = 'portfolio' | 'enterprises' | 'backups';

/**
 * What the desktop shell asks of the page: from the application menu (File ▸ Import register…,
 * Export draft…, Backups), or a file the user opened with the app (double-click, drag onto the Dock
 * icon, a second launch with a path), already registered with the core so the page only gets its id.
 */
export type ShellCommand =
  | { kind: 'show'; page: ShellPage }
  /** Start a register import for the enterprise on screen (or ask which one). */
  | { kind: 'import-register' }
  /** Export the draft of the project on screen (or say to open a project first). */
  | { kind: 'export-draft' }
  /** A file given to the app: a register spreadsheet to import, or a client file (.retrofit) to preview. */
  | { kind: 'open-file'; file: FileRef; fileKind: 'register' | 'handoff' };

/**
 * What the Electron preload exposes as `window.retrofit`: the API contract, and the few things only
 * the shell can do (native file dialogs). The renderer turns it into a typed ApiClient; the preload
 * and the renderer both compile against this.
 */
export interface RetrofitBridge {
  call(method: string, input: unknown): Promise<CallResult>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** The open dialog; the chosen file is registered with the core and the page gets its id only. Null when cancelled. */
  chooseOpenFile(kind: OpenKind): Promise<BridgeResult<FileRef | null>>;
  /** The save dialog; the chosen place becomes an export target. Null when cancelled. */
  chooseSaveFile(defaultName: string, format: SaveFormat): Promise<BridgeResult<FileRef | null>>;
  /**
   * A file dropped onto the window, by its bytes: the page never learns or sends a path, so the
   * shell keeps its rule that paths come only from its own dialogs.
   */
  uploadFile(name: string, bytes: Uint8Array): Promise<BridgeResult<FileRef>>;
  /** Commands from the shell (menu, opened files); returns an unsubscribe function. */
  onShellCommand(listener: (command: ShellCommand) => void): () => void;
}
