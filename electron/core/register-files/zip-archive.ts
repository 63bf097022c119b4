/**
 * Reads entries of a zip file on disk: the central directory once, then any entry as a stream of
 * inflated chunks. Only what an XLSX needs: stored and deflated entries, a trailing archive
 * comment, Zip64 sizes and offsets. No encryption, no multi-disk archives.
 *
 * A workbook is untrusted input: declared sizes and counts are checked before anything is
 * allocated, and an entry that inflates past its declared size or past the caller's cap is refused,
 * so a zip bomb costs a few reads rather than the machine's memory.
 */
import fs from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';

/** The archive is damaged, truncated or uses a zip feature an XLSX never needs. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Far above any workbook (Excel writes a few dozen parts); bounds the directory we parse. */
const MAX_ENTRIES = 100_000;
const MAX_DIRECTORY_BYTES = 64 << 20;
/** Compressed bytes per file read: small enough that progress moves steadily through a sheet. */
const READ_BYTES = 256 << 10;
const INFLATED_CHUNK_BYTES = 1 << 20;
/**
 * A sheet of real rows packs about 10 to 1, and even one of empty styled cells stays well under 100
 * (every cell names its own reference); blanks pack 230 to 1 at deflate's fastest level and 1000 to
 * 1 at its best. A large entry past this ratio is a zip bomb, refused before it is inflated: the cap
 * on its size alone would let it run for seconds.
 */
const BOMB_RATIO = 100;
const BOMB_MIN_BYTES = 64 << 20;

export class ZipArchive {
  /** File bytes reported through onBytes so far (never more than the file's size). */
  private reported = 0;
  private records = 0;

  private constructor(
    private readonly handle: fs.FileHandle,
    readonly size: number,
    private readonly entries: Map<string, ZipEntry>,
    private readonly onBytes: ((bytes: number) => void) | undefined,
  ) {}

  static async open(file: string, onBytes?: (bytes: number) => void): Promise<ZipArchive> {
    const handle = await fs.open(file, 'r');
    try {
      const { size } = await handle.stat();
      const archive = new ZipArchive(handle, size, new Map(), onBytes);
      await archive.readDirectory();
      return archive;
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** Part names in a package are case-insensitive; some writers also use backslashes. */
  static key(name: string): string {
    return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(ZipArchive.key(name));
  }

  /** Every file entry, one per name; `fileRecords` counts the directory's file records, repeats included. */
  list(): ZipEntry[] {
    return [...this.entries.values()];
  }

  get fileRecords(): number {
    return this.records;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Counts the rest of the file as read, so that progress ends at the file's size. */
  reportRest(): void {
    this.count(this.size - this.reported);
  }

  /**
   * The entry's content in chunks. Refuses an entry declared or found larger than `maxBytes`, and
   * one whose data does not inflate to exactly its declared size. Leaving the iteration early
   * stops the reads and the inflater.
   */
  async *chunks(entry: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
    if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
    if (entry.size > maxBytes) throw new ZipError(`${entry.name} declares ${entry.size} bytes`);
    if (entry.method === 8 && entry.size > BOMB_MIN_BYTES && entry.size > entry.compressedSize * BOMB_RATIO)
      throw new ZipError(`${entry.name} would inflate ${entry.size} bytes from ${entry.compressedSize}`);
    const start = await this.dataStart(entry);
    const compressed = this.slices(start, entry.compressedSize);
    const source =
      entry.method === 0
        ? compressed
        : pipeline(
            // One slice in hand at a time: reading no further ahead than inflating keeps progress honest.
            Readable.from(compressed, { objectMode: true, highWaterMark: 1 }),
            zlib.createInflateRaw({ chunkSize: INFLATED_CHUNK_BYTES }),
            () => {
              // Errors reach the consumer through the inflater's iteration.
            },
          );
    let total = 0;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw new ZipError(`${entry.name} inflates past its declared size`);
      yield chunk;
    }
    if (total !== entry.size) throw new ZipError(`${entry.name} is truncated`);
  }

  /** The whole entry as one buffer, for the small parts of a workbook. */
  async read(entry: ZipEntry, maxBytes: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of this.chunks(entry, maxBytes)) parts.push(chunk);
    return Buffer.concat(parts);
  }

  private count(bytes: number): void {
    const n = Math.min(bytes, this.size - this.reported);
    if (n <= 0) return;
    this.reported += n;
    this.onBytes?.(n);
  }

  private async readAt(position: number, length: number): Promise<Buffer> {
    if (position < 0 || length < 0 || position + length > this.size)
      throw new ZipError('a record lies outside the file');
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, position + done);
      if (bytesRead === 0) throw new ZipError('the file ended early');
      done += bytesRead;
    }
    this.count(length);
    return buffer;
  }

  private async *slices(position: number, length: number): AsyncGenerator<Buffer> {
    for (let done = 0; done < length;) {
      const n = Math.min(READ_BYTES, length - done);
      yield await this.readAt(position + done, n);
      done += n;
    }
  }

  /** The local header repeats the name and has an extra field of its own: skip both. */
  private async dataStart(entry: ZipEntry): Promise<number> {
    const header = await this.readAt(entry.headerOffset, 30);
    if (header.readUInt32LE(0) !== SIG_LOCAL) throw new ZipError(`no local header for ${entry.name}`);
    const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.size) throw new ZipError(`${entry.name} runs past the end`);
    return start;
  }

  private async readDirectory(): Promise<void> {
    const tailLength = Math.min(this.size, END_SIZE + MAX_COMMENT + 20);
    const tail = await this.readAt(this.size - tailLength, tailLength);
    const end = findEnd(tail);
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const zip64 = await this.zip64End(tail, end);
      if (zip64) ({ count, directorySize, directoryOffset } = zip64);
    }
    if (count > MAX_ENTRIES || directorySize > MAX_DIRECTORY_BYTES)
      throw new ZipError('the central directory is implausibly large');
    const directory = await this.readAt(directoryOffset, directorySize);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== SIG_CENTRAL)
        throw new ZipError('the central directory is damaged');
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const next = p + 46 + nameLength + extraLength + commentLength;
      if (next > directory.length) throw new ZipError('the central directory is damaged');
      const entry: ZipEntry = {
        name: directory.toString('utf8', p + 46, p + 46 + nameLength),
        flags: directory.readUInt16LE(p + 8),
        method: directory.readUInt16LE(p + 10),
        compressedSize: directory.readUInt32LE(p + 20),
        size: directory.readUInt32LE(p + 24),
        headerOffset: directory.readUInt32LE(p + 42),
      };
      applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      if (!entry.name.endsWith('/')) {
        this.entries.set(ZipArchive.key(entry.name), entry);
        this.records++;
      }
      p = next;
    }
  }

  private async zip64End(tail: Buffer, end: number) {
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return null;
    const record = await this.readAt(safeNumber(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== SIG_ZIP64_END) throw new ZipError('the Zip64 end record is missing');
    return {
      count: safeNumber(record.readBigUInt64LE(32)),
      directorySize: safeNumber(record.readBigUInt64LE(40)),
      directoryOffset: safeNumber(record.readBigUInt64LE(48)),
    };
  }
}

/** The end record sits before a comment of up to 64 KiB; its comment length must fit what follows. */
function findEnd(tail: Buffer): number {
  for (let i = tail.length - END_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_END && i + END_SIZE + tail.readUInt16LE(i + 20) <= tail.length) return i;
  }
  throw new ZipError('no end of central directory record');
}

/** Zip64 stores the sizes and offset that overflow 32 bits in extra field 0x0001, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.headerOffset !== 0xffffffff)
    return;
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = () => {
        if (q + 8 > p + 4 + length || q + 8 > extra.length)
          throw new ZipError('the Zip64 extra field is short');
        const value = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = take();
      return;
    }
    p += 4 + length;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a Zip64 size is out of range');
  return Number(value);
}
