/**
 * What kind of file the user chose, from its first bytes rather than its extension (a ".csv"
 * may be a renamed workbook, an ".xlsx" a renamed old .xls), and the AppErrors for files that
 * cannot be read as a register.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

export type RegisterFormat = 'csv' | 'xlsx';

export interface FileKind {
  format: RegisterFormat;
  size: number;
}

const SNIFF_BYTES = 8192;

/** The file's name as messages show it (never the full path, which may name the user). */
export function displayName(file: string): string {
  return path.basename(file);
}

export async function sniffFile(file: string): Promise<FileKind> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    throw new AppError('FILE_UNREADABLE', { name: displayName(file) });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('FILE_UNREADABLE', { name: displayName(file) });
    if (stat.size === 0) throw new AppError('FILE_EMPTY', { name: displayName(file) });
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    await handle.read(head, 0, head.length, 0);
    return { format: formatOf(head, file), size: stat.size };
  } finally {
    await handle.close();
  }
}

function formatOf(head: Buffer, file: string): RegisterFormat {
  const name = displayName(file);
  if (head[0] === 0x50 && head[1] === 0x4b) {
    // PK\x03\x04 is a zip with entries; PK\x05\x06 an empty zip
    if (head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
    throw new AppError('FILE_CORRUPT', { name });
  }
  // OLE2 compound file: an Excel 97–2003 .xls (or WPS .et, or an encrypted workbook)
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError('FILE_FORMAT_UNSUPPORTED', { name, format: 'xls' });
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new AppError('FILE_FORMAT_UNSUPPORTED', { name, format: 'pdf' });
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new AppError('FILE_FORMAT_UNSUPPORTED', { name, format: 'binary' });
  return 'csv';
}
