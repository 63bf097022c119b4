/**
 * The native open and save dialogs, and files dropped onto the window. The chosen path goes to the
 * core's file registry and the page gets back only a FileRef (an id and a display name): the
 * renderer can never name a path, so the only files the core reads or writes are ones the user
 * picked here. Senders are checked exactly as for API calls.
 */
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../shared/api/errors';
import type { BridgeResult, OpenKind, SaveFormat } from '../../shared/api/bridge';
import type { Lang } from '../../shared/i18n/messages';
import type { FileRef } from '../../shared/register/register-api';
import { safeFileName } from '../core/files/file-registry';
import { CHOOSE_OPEN_CHANNEL, CHOOSE_SAVE_CHANNEL, UPLOAD_CHANNEL } from '../preload/ipc-channels';
import { isTrustedSender, unauthorized } from './ipc';
import { shellMessage, type ShellMessageKey } from './shell-messages';

/** The same limit as the browser host's upload: a register far beyond any real one still fits. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** The part of the core's FileRegistry the dialogs use. */
export interface FileRegistrar {
  registerRead(filePath: string): FileRef;
  registerWriteTarget(filePath: string): FileRef;
  registerUpload(name: string, source: AsyncIterable<Buffer>, maxBytes: number): Promise<FileRef>;
}

export type FileDialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

const SAVE_FILTERS: Record<SaveFormat, ShellMessageKey> = {
  xlsx: 'filterXlsx',
  csv: 'filterCsv',
  docx: 'filterDocx',
  pdf: 'filterPdf',
  retrofit: 'filterRetrofit',
  original: 'filterAllFiles',
};
const SAVE_FORMATS = Object.keys(SAVE_FILTERS) as SaveFormat[];

/** The file types each open dialog offers; an attachment may be any file, the usual ones listed first. */
function openFilters(kind: OpenKind, lang: Lang): { name: string; extensions: string[] }[] {
  switch (kind) {
    case 'register':
      return [{ name: shellMessage(lang, 'filterSpreadsheet'), extensions: ['xlsx', 'csv'] }];
    case 'template':
      return [{ name: shellMessage(lang, 'filterDocx'), extensions: ['docx'] }];
    case 'handoff':
      return [{ name: shellMessage(lang, 'filterRetrofit'), extensions: ['retrofit'] }];
    case 'attachment':
      return [
        {
          name: shellMessage(lang, 'filterAttachment'),
          extensions: ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'ofd', 'zip'],
        },
        { name: shellMessage(lang, 'filterAllFiles'), extensions: ['*'] },
      ];
  }
}
const OPEN_KINDS: readonly OpenKind[] = ['register', 'attachment', 'template', 'handoff'];

function invalid(field: string): BridgeResult<never> {
  return {
    ok: false,
    error: new AppError('VALIDATION', {}, [
      { path: [field], key: 'validation.invalid_type', params: {} },
    ]).toWire(),
  };
}

/** The core's own error as it is; anything else (the disk, the OS) as "cannot read this file". */
function failure(e: unknown, name: string): BridgeResult<never> {
  const error = e instanceof AppError ? e : new AppError('FILE_UNREADABLE', { name });
  return { ok: false, error: error.toWire() };
}

async function* oneChunk(chunk: Buffer): AsyncIterable<Buffer> {
  yield chunk;
}

/** "设备台账 2025-01-01" + xlsx → "设备台账 2025-01-01.xlsx"; the name cannot carry a folder. */
export function saveName(defaultName: string, format: SaveFormat): string {
  if (format === 'original') return safeFileName(defaultName, 'file');
  const base = safeFileName(defaultName, 'export').replace(/\.(xlsx|csv|docx|pdf|retrofit)$/i, '');
  return `${base}.${format}`;
}

/** A path the user typed without the extension gets the one of the chosen format. */
function withExtension(filePath: string, format: SaveFormat): string {
  if (format === 'original') return filePath;
  return path.extname(filePath).toLowerCase() === `.${format}` ? filePath : `${filePath}.${format}`;
}

export function bindFileDialogs(
  ipcMain: IpcMain,
  dialog: FileDialogs,
  files: FileRegistrar,
  getWindow: () => BrowserWindow | null,
  lang: Lang,
): () => void {
  /** The window to parent the dialog to, or null when the sender is not our page. */
  const trusted = (event: IpcMainInvokeEvent): BrowserWindow | null => {
    const window = getWindow();
    return window && isTrustedSender(event, window) ? window : null;
  };

  ipcMain.handle(CHOOSE_OPEN_CHANNEL, async (event, kind: unknown): Promise<BridgeResult<FileRef | null>> => {
    const window = trusted(event);
    if (!window) return unauthorized();
    const chosenKind = OPEN_KINDS.find((k) => k === kind);
    if (!chosenKind) return invalid('kind');
    const chosen = await dialog.showOpenDialog(window, {
      properties: ['openFile'],
      filters: openFilters(chosenKind, lang),
    });
    const file = chosen.filePaths[0];
    if (chosen.canceled || !file) return { ok: true, result: null };
    try {
      return { ok: true, result: files.registerRead(file) };
    } catch (e) {
      return failure(e, path.basename(file));
    }
  });

  ipcMain.handle(
    CHOOSE_SAVE_CHANNEL,
    async (event, defaultName: unknown, format: unknown): Promise<BridgeResult<FileRef | null>> => {
      const window = trusted(event);
      if (!window) return unauthorized();
      if (typeof defaultName !== 'string' || defaultName.length > 200) return invalid('defaultName');
      const chosenFormat = SAVE_FORMATS.find((f) => f === format);
      if (!chosenFormat) return invalid('format');
      const chosen = await dialog.showSaveDialog(window, {
        defaultPath: saveName(defaultName, chosenFormat),
        filters: [
          {
            name: shellMessage(lang, SAVE_FILTERS[chosenFormat]),
            extensions: [chosenFormat === 'original' ? '*' : chosenFormat],
          },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen.canceled || !chosen.filePath) return { ok: true, result: null };
      const target = withExtension(chosen.filePath, chosenFormat);
      try {
        return { ok: true, result: files.registerWriteTarget(target) };
      } catch (e) {
        return failure(e, path.basename(target));
      }
    },
  );

  ipcMain.handle(
    UPLOAD_CHANNEL,
    async (event, name: unknown, bytes: unknown): Promise<BridgeResult<FileRef>> => {
      if (!trusted(event)) return unauthorized();
      if (typeof name !== 'string' || name.length === 0 || name.length > 255) return invalid('name');
      if (!(bytes instanceof Uint8Array)) return invalid('bytes');
      if (bytes.byteLength > MAX_UPLOAD_BYTES) {
        return failure(new AppError('FILE_TOO_LARGE', { name, maximum: MAX_UPLOAD_BYTES }), name);
      }
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      try {
        // The registry names the temp file itself (safeFileName); `name` is only what the user sees.
        return { ok: true, result: await files.registerUpload(name, oneChunk(chunk), MAX_UPLOAD_BYTES) };
      } catch (e) {
        return failure(e, name);
      }
    },
  );

  return () => {
    ipcMain.removeHandler(CHOOSE_OPEN_CHANNEL);
    ipcMain.removeHandler(CHOOSE_SAVE_CHANNEL);
    ipcMain.removeHandler(UPLOAD_CHANNEL);
  };
}
