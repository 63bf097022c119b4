/**
 * Turns a part's inflated chunks into text that a scanner consumes item by item (a row, a shared
 * string): what the scanner could not finish stays pending and is scanned again with the next
 * chunk, so items split across chunks (even inside a UTF-8 character) read whole.
 */
import { StringDecoder } from 'node:string_decoder';

/**
 * An unfinished item longer than this is not a spreadsheet row: a row of 16,384 cells of ordinary
 * text stays far below it, and the cap keeps a damaged part from growing the pending text without end.
 */
const MAX_PENDING_CHARS = 16 << 20;

export class PendingLimitError extends Error {
  constructor() {
    super('an XML item does not end');
    this.name = 'PendingLimitError';
  }
}

export class XmlChunks {
  private decoder: StringDecoder | null = null;
  private pending = '';

  /** The pending text followed by this chunk (or by the decoder's last bytes when chunk is null). */
  text(chunk: Buffer | null): string {
    if (!this.decoder) {
      // Parts are UTF-8, or UTF-16LE with a byte order mark (allowed by OPC, written by old tools).
      const utf16 = chunk !== null && chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe;
      this.decoder = new StringDecoder(utf16 ? 'utf16le' : 'utf8');
      const piece = chunk ? this.decoder.write(chunk) : this.decoder.end();
      return piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    }
    return this.pending + (chunk ? this.decoder.write(chunk) : this.decoder.end());
  }

  /** Keeps text[from…] for the next call. */
  keep(text: string, from: number): void {
    if (text.length - from > MAX_PENDING_CHARS) throw new PendingLimitError();
    this.pending = from >= text.length ? '' : text.slice(from);
  }
}
