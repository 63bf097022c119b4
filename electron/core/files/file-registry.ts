import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/register/register-api';

export type FilePurpose = 'read' | 'write' | 'download';

interface RegisteredFile extends FileRef {
  path: string;
  purpose: FilePurpose;
  /** Files the app created itself (uploads, downloads): deleted when released or on close. */
  temporary: boolean;
}

/** Under the 255-byte name limit of ext4 and APFS (and NTFS's 255 UTF-16 units), with room for a " (2)". */
const MAX_NAME_BYTES = 200;
/** Device names Windows reserves, with any extension: "nul.txt" opens the null device, not a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const utf8 = new TextEncoder();

/**
 * A name every file system accepts, from user text: control characters, path separators and the
 * characters Windows refuses become "_"; no leading dots (hidden files, "..") nor trailing dots and
 * spaces (Windows drops them); never a device name; cut by bytes, not characters, keeping the
 * extension, so that a long Chinese name still fits.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 0x20 ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  if (cleaned === '') return fallback;
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(cleaned)?.[0] ?? '';
  let stem = '';
  let bytes = 0;
  for (const ch of cleaned.slice(0, cleaned.length - ext.length)) {
    bytes += utf8.encode(ch).length;
    if (bytes > MAX_NAME_BYTES - ext.length) break;
    stem += ch;
  }
  stem = stem.replace(/[. ]+$/, '');
  if (stem === '') stem = fallback;
  return WINDOWS_DEVICE.test(stem.split('.')[0]!) ? `_${stem}${ext}` : `${stem}${ext}`;
}

/**
 * The files the user chose, known to the core by id. Paths enter only from the transports (the
 * desktop app's dialogs, the browser host's upload, the CLI's arguments), never from the renderer,
 * which only ever holds the ids.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();
  private tempDir: string | null = null;

  private temp(): string {
    this.tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-files-'));
    return this.tempDir;
  }

  private add(file: Omit<RegisteredFile, 'fileId'>): FileRef {
    const fileId = randomUUID();
    this.files.set(fileId, { ...file, fileId });
    return { fileId, name: file.name, sizeBytes: file.sizeBytes };
  }

  /** A file the user picked to read (open dialog, CLI argument). */
  registerRead(filePath: string, name = path.basename(filePath)): FileRef {
    const stat = fs.statSync(filePath);
    return this.add({
      path: path.resolve(filePath),
      name,
      sizeBytes: stat.size,
      purpose: 'read',
      temporary: false,
    });
  }

  /** A place the user picked to save to (save dialog, CLI --out). */
  registerWriteTarget(filePath: string): FileRef {
    return this.add({
      path: path.resolve(filePath),
      name: path.basename(filePath),
      sizeBytes: 0,
      purpose: 'write',
      temporary: false,
    });
  }

  /** Bytes the browser host received from an upload, kept in a private temp file. */
  async registerUpload(name: string, source: AsyncIterable<Buffer>, maxBytes: number): Promise<FileRef> {
    const dir = fs.mkdtempSync(path.join(this.temp(), 'up-'));
    const file = path.join(dir, safeFileName(name, 'upload'));
    const out = fs.createWriteStream(file, { mode: 0o600 });
    let size = 0;
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > maxBytes) throw new AppError('FILE_TOO_LARGE', { name, maximum: maxBytes });
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      await new Promise<void>((resolve, reject) =>
        out.end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
    } catch (e) {
      out.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return this.add({
      path: file,
      name: safeFileName(name, 'upload'),
      sizeBytes: size,
      purpose: 'read',
      temporary: true,
    });
  }

  /** Where the core writes an export the transport then offers as a download. */
  createDownload(name: string): { ref: FileRef; path: string } {
    const dir = fs.mkdtempSync(path.join(this.temp(), 'down-'));
    const file = path.join(dir, safeFileName(name, 'export'));
    const ref = this.add({
      path: file,
      name: path.basename(file),
      sizeBytes: 0,
      purpose: 'download',
      temporary: true,
    });
    return { ref, path: file };
  }

  /** Where an export goes: the save target the user chose, or else a new download under this name. */
  output(target: string | undefined, downloadName: string): { ref: Pick<FileRef, 'fileId'>; path: string } {
    return target
      ? { ref: { fileId: target }, path: this.resolve(target, 'write').path }
      : this.createDownload(downloadName);
  }

  /** The registered file for this id and purpose; VALIDATION when the id is unknown or meant otherwise. */
  resolve(fileId: string, purpose: FilePurpose): RegisteredFile {
    const f = this.files.get(fileId);
    const usable = f && (f.purpose === purpose || (purpose === 'read' && f.purpose === 'download'));
    if (!f || !usable) {
      throw new AppError('VALIDATION', {}, [{ path: ['fileId'], key: 'validation.fileUnknown', params: {} }]);
    }
    return f;
  }

  /** Records the size of a file the core has finished writing. */
  written(fileId: string): FileRef {
    const f = this.files.get(fileId);
    if (!f)
      throw new AppError('VALIDATION', {}, [{ path: ['fileId'], key: 'validation.fileUnknown', params: {} }]);
    f.sizeBytes = fs.statSync(f.path).size;
    return { fileId, name: f.name, sizeBytes: f.sizeBytes };
  }

  release(fileId: string): void {
    const f = this.files.get(fileId);
    if (!f) return;
    this.files.delete(fileId);
    if (f.temporary) fs.rmSync(path.dirname(f.path), { recursive: true, force: true });
  }

  close(): void {
    for (const id of [...this.files.keys()]) this.release(id);
    if (this.tempDir) fs.rmSync(this.tempDir, { recursive: true, force: true });
    this.tempDir = null;
  }
}
