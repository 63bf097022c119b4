/**
 * The encoding of a CSV, found without asking the user: a byte-order mark; else UTF-8 when the
 * whole file is valid UTF-8; else GB18030 (a superset of GBK, what Chinese Excel saves as "CSV").
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const CHUNK = 1 << 16;

/**
 * Reads the file once, chunk by chunk, and stops at the first byte sequence that is not UTF-8
 * (a GBK file fails within its first Chinese character). Valid UTF-8 files are read to the end:
 * a file can be ASCII for thousands of rows and have its first Chinese in a late note.
 */
export async function detectTextEncoding(file: string): Promise<TextEncoding> {
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK });
  let carry: Buffer | null = null;
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      if (first) {
        first = false;
        const bom = bomOf(buf);
        if (bom) return bom;
      }
      const cut = completeLength(buf);
      carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : null;
      buf = buf.subarray(0, cut);
      if (!isUtf8(buf)) return 'gb18030';
    }
  } finally {
    stream.destroy();
  }
  return carry === null ? 'utf-8' : 'gb18030';
}

function bomOf(buf: Buffer): TextEncoding | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8-bom';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/** Length of the buffer without a multi-byte UTF-8 sequence cut off at its end. */
function completeLength(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * A streaming decoder; byte-order marks are dropped. GB18030 and UTF-16BE use the runtime's own
 * (ICU) decoder when it has one — about three times faster than iconv-lite on a 10 MB GBK file
 * (30 ms against 95 ms here) and identical on register text — and iconv-lite otherwise.
 */
export function createDecoder(encoding: TextEncoding): ChunkDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const native = nativeDecoder(label);
  if (native) return { write: (chunk) => native.decode(chunk, { stream: true }), end: () => native.decode() };
  const decoder = iconv.getDecoder(ICONV_NAMES[encoding]);
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

const ICONV_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8',
  gb18030: 'gb18030',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

/** Null when the runtime was built without the encoding (Node without full ICU). */
export function nativeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
