/**
 * The workbook's shared string table, read whole before any sheet: cells refer to it by index, and
 * Excel writes most text cells that way. Rich text (formatted runs) reads as its runs joined.
 */
import { XmlChunks } from './xml-chunks';
import { isNameEnd, richText, rootPrefix } from './xml-scan';
import type { ZipArchive } from './zip-archive';

/** The table is held in memory: this bounds it well under what an import may use. */
export const SHARED_STRINGS_BYTES = 512 << 20;

export class SharedStringsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SharedStringsError';
  }
}

export async function readSharedStrings(
  zip: ZipArchive,
  part: string | null,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const entry = part === null ? undefined : zip.entry(part);
  if (!entry) return [];
  const strings: string[] = [];
  const chunks = new XmlChunks();
  let prefix: string | null = null;
  for await (const chunk of zip.chunks(entry, SHARED_STRINGS_BYTES)) {
    signal?.throwIfAborted();
    const xml = chunks.text(chunk);
    prefix ??= rootPrefix(xml);
    chunks.keep(xml, prefix === null ? 0 : scanItems(xml, prefix, strings));
  }
  const rest = chunks.text(null);
  prefix ??= rootPrefix(rest) ?? '';
  const unread = scanItems(rest, prefix, strings);
  if (rest.includes(`<${prefix}si`, unread))
    throw new SharedStringsError('the shared strings end inside an item');
  return strings;
}

/** Adds the complete <si> items at the start of `xml`; returns where unread text begins. */
function scanItems(xml: string, prefix: string, out: string[]): number {
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf(open, pos);
    if (lt < 0) {
      // keep a possibly split "<si" for the next chunk
      return Math.max(pos, xml.length - open.length);
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return lt;
    if (!isNameEnd(xml.charCodeAt(lt + open.length))) {
      pos = lt + 1;
      continue;
    }
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      out.push('');
      pos = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) return lt;
    out.push(richText(xml, gt + 1, end, prefix));
    pos = end + close.length;
  }
}
