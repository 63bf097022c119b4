/**
 * Files for the pages, the same way in both shells. The renderer never holds a path: it gets a
 * FileRef (an id the core knows, a name to show) from the desktop app's native dialogs, or from
 * the browser host after uploading the bytes the user picked or dropped. Exports go to the place
 * the save dialog chose (desktop) or come back as a download (browser).
 */
import type { BridgeResult, OpenKind, RetrofitBridge, SaveFormat } from '../../shared/api/bridge';
import { isWireError } from '../../shared/api/errors';
import type { RETROFIT_EXTENSION } from '../../shared/handoff/handoff-api';
import type { ExportResult, FileRef } from '../../shared/register/register-api';
import { ApiError, TransportError, type FileOperation } from './api-errors';
import { storedBrowserToken } from './browser-token';

/** The browser host refuses larger uploads; checking first spares the user the wait. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
export const REGISTER_FILE_ACCEPT = '.xlsx,.csv';
/**
 * The client file's extension, checked against the core's by its type alone: a value import would
 * bring the hand-off schemas (and zod) into the first screen, which sorts dropped files.
 */
export const HANDOFF_FILE_ACCEPT: typeof RETROFIT_EXTENSION = '.retrofit';
/** What the browser's picker offers per kind; an attachment may be any file. */
const PICKER_ACCEPT: Record<OpenKind, string> = {
  register: REGISTER_FILE_ACCEPT,
  template: '.docx',
  handoff: HANDOFF_FILE_ACCEPT,
  attachment: '',
};

/** Which import a file given to the app belongs to, by its name; null for any other file. */
export function givenFileKind(name: string): 'register' | 'handoff' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(HANDOFF_FILE_ACCEPT)) return 'handoff';
  return REGISTER_FILE_ACCEPT.split(',').some((ext) => lower.endsWith(ext)) ? 'register' : null;
}

/**
 * A file handed to an import dialog from outside it: dropped onto the window (its bytes, still to
 * upload) or opened with the desktop app (already with the core). `id` tells two gifts of the same
 * file apart, so a dialog takes each once.
 */
export interface GivenFile {
  id: number;
  file: File | FileRef;
}

let lastGivenId = 0;
export const giveFile = (file: File | FileRef): GivenFile => ({ id: ++lastGivenId, file });

/** The given file as the core knows it: a dropped one is uploaded first. */
export const takeGivenFile = (
  files: FileAccess,
  given: GivenFile,
  onProgress?: OnUploadProgress,
  signal?: AbortSignal,
): Promise<FileRef> =>
  given.file instanceof File
    ? files.acceptDroppedFile(given.file, onProgress, signal)
    : Promise.resolve(given.file);

export interface UploadProgress {
  sent: number;
  total: number;
}
export type OnUploadProgress = (progress: UploadProgress) => void;

/** What happened to a finished export: a download the browser started, or a file saved where the user chose. */
export interface Delivery {
  kind: 'download' | 'saved';
  name: string;
}

export interface FileAccess {
  /** The desktop app's open dialog, or the browser's file picker and an upload. Null when cancelled. */
  chooseRegisterFile(onProgress?: OnUploadProgress, signal?: AbortSignal): Promise<FileRef | null>;
  /** The same for another kind of file: an application's attachment, an agency's Word template. */
  chooseFile(kind: OpenKind, onProgress?: OnUploadProgress, signal?: AbortSignal): Promise<FileRef | null>;
  /** A file dropped onto the page. */
  acceptDroppedFile(file: File, onProgress?: OnUploadProgress, signal?: AbortSignal): Promise<FileRef>;
  /**
   * Where an export goes: the desktop app asks (null when cancelled); the browser host has nowhere
   * to ask about, so the core writes a file the browser then downloads (no target).
   */
  chooseExportTarget(defaultName: string, format: SaveFormat): Promise<{ target?: string } | null>;
  deliver(result: Pick<ExportResult, 'file'>): Delivery;
}

function unwrap<T>(operation: FileOperation, answer: BridgeResult<T>): T {
  if (answer.ok) return answer.result;
  if (!isWireError(answer.error)) throw new TransportError(operation, 'malformed error answer');
  throw new ApiError(operation, answer.error);
}

function tooLarge(file: File): ApiError | null {
  if (file.size <= MAX_UPLOAD_BYTES) return null;
  return new ApiError('file.upload', {
    code: 'FILE_TOO_LARGE',
    params: { name: file.name, maximum: MAX_UPLOAD_BYTES },
    issues: [],
  });
}

function electronFiles(bridge: RetrofitBridge): FileAccess {
  return {
    async chooseRegisterFile() {
      return unwrap('file.chooseOpen', await bridge.chooseOpenFile('register'));
    },
    async chooseFile(kind) {
      return unwrap('file.chooseOpen', await bridge.chooseOpenFile(kind));
    },
    async acceptDroppedFile(file, onProgress) {
      const refused = tooLarge(file);
      if (refused) throw refused;
      // Handed over in one message: local IPC moves even a large register in well under a second.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const ref = unwrap('file.upload', await bridge.uploadFile(file.name, bytes));
      onProgress?.({ sent: file.size, total: file.size });
      return ref;
    },
    async chooseExportTarget(defaultName, format) {
      const ref = unwrap('file.chooseSave', await bridge.chooseSaveFile(defaultName, format));
      return ref && { target: ref.fileId };
    },
    deliver: (result) => ({ kind: 'saved', name: result.file.name }),
  };
}

/** The browser's own picker; resolves null when the user closes it without choosing. */
function pickLocalFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** POST /api/upload with the raw bytes; XMLHttpRequest because fetch reports no upload progress. */
function upload(file: File, onProgress?: OnUploadProgress, signal?: AbortSignal): Promise<FileRef> {
  const refused = tooLarge(file);
  if (refused) return Promise.reject(refused);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/upload');
    xhr.setRequestHeader('X-Retrofit-Token', storedBrowserToken());
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) =>
      onProgress?.({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      const body = xhr.response as BridgeResult<FileRef> | null;
      if (body && typeof body === 'object' && typeof body.ok === 'boolean') {
        try {
          resolve(unwrap('file.upload', body));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      } else {
        reject(new TransportError('file.upload', `HTTP ${xhr.status} without a JSON answer`));
      }
    };
    xhr.onerror = () => reject(new TransportError('file.upload', 'network error'));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

const browserFiles: FileAccess = {
  async chooseRegisterFile(onProgress, signal) {
    const file = await pickLocalFile(REGISTER_FILE_ACCEPT);
    return file && upload(file, onProgress, signal);
  },
  async chooseFile(kind, onProgress, signal) {
    const file = await pickLocalFile(PICKER_ACCEPT[kind]);
    return file && upload(file, onProgress, signal);
  },
  acceptDroppedFile: upload,
  chooseExportTarget: async () => ({}),
  deliver(result) {
    const link = document.createElement('a');
    link.href = `/api/download/${encodeURIComponent(result.file.fileId)}?token=${encodeURIComponent(storedBrowserToken())}`;
    link.download = result.file.name;
    document.body.append(link);
    link.click();
    link.remove();
    return { kind: 'download', name: result.file.name };
  },
};

/** Chosen by the shell the page runs in, like the API transport. */
export function fileAccess(): FileAccess {
  return window.retrofit ? electronFiles(window.retrofit) : browserFiles;
}

/** True for the AbortError an upload rejects with when its signal fires. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
