/**
 * The `.retrofit` file on disk: written as a ZIP (fflate, entry by entry, so only one attachment
 * is in memory at a time) and read back through the app's own zip reader, which streams entries
 * from disk and refuses one that inflates past its declared size. Reading checks everything before
 * the caller sees any content: structure, manifest, limits, hashes and the content's schema.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import type { ZodError } from 'zod';
import { AppError, type ErrorCode, type FieldIssue, type Params } from '../../../shared/api/errors';
import { toFieldIssues } from '../../../shared/api/validation-issues';
import { tooDeep } from '../../../shared/funding/pack-text';
import { ZipArchive, ZipError, type ZipEntry } from '../register-files/zip-archive';
import {
  ATTACHMENT_PREFIX,
  CONTENT_ENTRY,
  ContentSchema,
  HANDOFF_LIMITS,
  MANIFEST_ENTRY,
  ManifestSchema,
  RETROFIT_FORMAT,
  RETROFIT_FORMAT_VERSION,
  type HandoffContent,
  type HandoffLimits,
  type HandoffManifest,
} from './handoff-content';

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export interface ArchiveBlob {
  sha256: string;
  read(): Buffer;
}

/**
 * Writes manifest, content and blobs to `outPath` through a `.partial` file renamed at the end, so
 * that an interrupted export never leaves a file that looks complete.
 */
export function writeRetrofit(
  outPath: string,
  manifest: HandoffManifest,
  content: Buffer,
  blobs: Iterable<ArchiveBlob>,
  options: { signal?: AbortSignal; onBlob?: () => void } = {},
): void {
  const partial = `${outPath}.partial`;
  const fd = fs.openSync(partial, 'w');
  let failure: Error | null = null;
  let finished = false;
  try {
    const zip = new Zip((err, chunk, final) => {
      if (err) failure = err;
      else fs.writeSync(fd, chunk);
      if (final) finished = true;
    });
    const mtime = new Date(manifest.exportedAt);
    const add = (name: string, data: Buffer) => {
      const entry = new ZipDeflate(name, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(data, true);
      if (failure) throw failure;
    };
    add(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1) + '\n', 'utf8'));
    add(CONTENT_ENTRY, content);
    for (const blob of blobs) {
      options.signal?.throwIfAborted();
      add(ATTACHMENT_PREFIX + blob.sha256, blob.read());
      options.onBlob?.();
    }
    zip.end();
    if (failure) throw failure;
    if (!finished) throw new Error('the zip writer did not finish');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, outPath);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** A `.retrofit` file that passed every check; attachments are read again, checked, on demand. */
export interface CheckedRetrofit {
  manifest: HandoffManifest;
  content: HandoffContent;
  attachmentBytes: number;
  /** Each attachment's bytes in turn, checked against its hash again as they are read. */
  blobs(): AsyncGenerator<{ sha256: string; data: Buffer }>;
  close(): Promise<void>;
}

const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{64})$/;

/**
 * A damaged deflate stream fails in zlib itself ("invalid distance too far back"), which the zip
 * reader passes on as it is: for the file, that is a damaged entry like any other.
 */
const isDamage = (e: unknown) =>
  e instanceof ZipError ||
  (typeof e === 'object' &&
    e !== null &&
    'code' in e &&
    String((e as { code: unknown }).code).startsWith('Z_'));
const MB = 1024 ** 2;
/** A real enterprise's content is a dozen levels deep at most. */
const MAX_CONTENT_DEPTH = 100;

/**
 * Opens and checks a `.retrofit` file. Every refusal is an AppError naming the entry and why, in
 * the order a reader would find the problems: the archive, its size, the manifest, the content,
 * then every attachment.
 */
export async function readRetrofit(
  filePath: string,
  name: string,
  limits: HandoffLimits = HANDOFF_LIMITS,
): Promise<CheckedRetrofit> {
  const fail = (code: ErrorCode, params: Params = {}, issues: FieldIssue[] = []) =>
    new AppError(code, { name, ...params }, issues);
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(filePath);
  } catch (e) {
    if (e instanceof ZipError) throw fail('HANDOFF_NOT_ZIP');
    throw e;
  }
  try {
    const entries = archive.list();
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (archive.fileRecords > limits.maxEntries || declared > limits.maxTotalBytes) {
      throw fail('HANDOFF_TOO_LARGE', {
        entries: archive.fileRecords,
        megabytes: Math.ceil(declared / MB),
        maxEntries: limits.maxEntries,
        maxMegabytes: Math.floor(limits.maxTotalBytes / MB),
      });
    }
    // The same name twice would let two readers see different files.
    if (archive.fileRecords !== entries.length) throw fail('HANDOFF_NOT_ZIP');
    // Another kind of zip (a workbook, a Word file) is told apart before its parts are judged.
    if (!archive.entry(MANIFEST_ENTRY)) throw fail('HANDOFF_NOT_RETROFIT');
    const attachments = new Map<string, ZipEntry>();
    for (const e of entries) {
      const m = ATTACHMENT_NAME.exec(e.name);
      if (m) attachments.set(m[1]!, e);
      else if (e.name !== MANIFEST_ENTRY && e.name !== CONTENT_ENTRY)
        // An entry without a name is still named, as the empty quotes a reader can recognise.
        throw fail('HANDOFF_UNEXPECTED_ENTRY', { entry: e.name.slice(0, 200) || '""' });
    }

    const read = async (entryName: string, max: number): Promise<Buffer> => {
      const entry = archive.entry(entryName);
      if (!entry || entry.name !== entryName) throw fail('HANDOFF_ENTRY_MISSING', { entry: entryName });
      if (entry.size > max) {
        throw fail('HANDOFF_TOO_LARGE', {
          entries: archive.fileRecords,
          megabytes: Math.ceil(entry.size / MB),
          maxEntries: limits.maxEntries,
          maxMegabytes: Math.floor(max / MB),
        });
      }
      try {
        return await archive.read(entry, max);
      } catch (e) {
        if (isDamage(e)) throw fail('HANDOFF_ENTRY_DAMAGED', { entry: entryName });
        throw e;
      }
    };
    const parseJson = (entry: string, data: Buffer): unknown => {
      try {
        return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
      } catch {
        throw fail('HANDOFF_CONTENT_INVALID', { entry, path: '—' });
      }
    };

    const rawManifest = parseJson(MANIFEST_ENTRY, await read(MANIFEST_ENTRY, limits.maxManifestBytes));
    const head = (typeof rawManifest === 'object' && rawManifest !== null ? rawManifest : {}) as Record<
      string,
      unknown
    >;
    if (head.format !== RETROFIT_FORMAT) throw fail('HANDOFF_NOT_RETROFIT');
    // A newer format is refused before its manifest is held to this version's schema.
    if (typeof head.formatVersion === 'number' && head.formatVersion > RETROFIT_FORMAT_VERSION) {
      throw fail('HANDOFF_NEWER', { found: head.formatVersion, supported: RETROFIT_FORMAT_VERSION });
    }
    const manifest = ManifestSchema.safeParse(rawManifest);
    if (!manifest.success) throw invalid(MANIFEST_ENTRY, manifest.error);

    const contentBytes = await read(CONTENT_ENTRY, limits.maxContentBytes);
    if (
      contentBytes.length !== manifest.data.content.sizeBytes ||
      sha256Hex(contentBytes) !== manifest.data.content.sha256
    ) {
      throw fail('HANDOFF_HASH_MISMATCH', { entry: CONTENT_ENTRY });
    }
    const rawContent = parseJson(CONTENT_ENTRY, contentBytes);
    // The schema's JSON values (mappings, snapshots) are read recursively: a file nested thousands
    // deep would exhaust the stack instead of being refused at its place.
    const deep = tooDeep(rawContent, MAX_CONTENT_DEPTH);
    if (deep) throw fail('HANDOFF_CONTENT_INVALID', { entry: CONTENT_ENTRY, path: deep.join('.') });
    const content = ContentSchema.safeParse(rawContent);
    if (!content.success) throw invalid(CONTENT_ENTRY, content.error);
    const counts = contentCounts(content.data);
    for (const [part, n] of Object.entries(counts)) {
      if (manifest.data.counts[part] !== n) {
        throw fail('HANDOFF_CONTENT_INVALID', { entry: MANIFEST_ENTRY, path: `counts.${part}` });
      }
    }

    const sizes = new Map<string, number>();
    content.data.attachments.forEach((a, i) => {
      if ((sizes.get(a.sha256) ?? a.size_bytes) !== a.size_bytes) {
        throw fail('HANDOFF_CONTENT_INVALID', { entry: CONTENT_ENTRY, path: `attachments.${i}.size_bytes` });
      }
      sizes.set(a.sha256, a.size_bytes);
    });
    for (const sha of sizes.keys()) {
      if (!attachments.has(sha)) throw fail('HANDOFF_ENTRY_MISSING', { entry: ATTACHMENT_PREFIX + sha });
    }
    for (const sha of attachments.keys()) {
      if (!sizes.has(sha)) throw fail('HANDOFF_UNEXPECTED_ENTRY', { entry: ATTACHMENT_PREFIX + sha });
    }

    /** Streams the blob through its hash; keeps the bytes only when asked to. */
    const readBlob = async (sha: string, keep: boolean): Promise<Buffer | null> => {
      const entryName = ATTACHMENT_PREFIX + sha;
      const entry = attachments.get(sha)!;
      if (entry.size !== sizes.get(sha)) throw fail('HANDOFF_HASH_MISMATCH', { entry: entryName });
      const hash = createHash('sha256');
      const parts: Buffer[] = [];
      try {
        for await (const chunk of archive.chunks(entry, entry.size)) {
          hash.update(chunk);
          if (keep) parts.push(chunk);
        }
      } catch (e) {
        if (isDamage(e)) throw fail('HANDOFF_ENTRY_DAMAGED', { entry: entryName });
        throw e;
      }
      if (hash.digest('hex') !== sha) throw fail('HANDOFF_HASH_MISMATCH', { entry: entryName });
      return keep ? Buffer.concat(parts) : null;
    };
    let attachmentBytes = 0;
    for (const sha of [...sizes.keys()].sort()) {
      await readBlob(sha, false);
      attachmentBytes += sizes.get(sha)!;
    }

    return {
      manifest: manifest.data,
      content: content.data,
      attachmentBytes,
      blobs: async function* () {
        for (const sha of [...sizes.keys()].sort()) yield { sha256: sha, data: (await readBlob(sha, true))! };
      },
      close: () => archive.close(),
    };
  } catch (e) {
    await archive.close();
    throw e;
  }

  function invalid(entry: string, error: ZodError): AppError {
    const issues = toFieldIssues(error).slice(0, 20);
    return fail('HANDOFF_CONTENT_INVALID', { entry, path: issues[0]?.path.join('.') || '—' }, issues);
  }
}

/** What the manifest counts: the rows of each part of the content. */
export function contentCounts(c: HandoffContent): Record<string, number> {
  return {
    equipment: c.equipment.length,
    assessments: c.assessments.length,
    projects: c.projects.length,
    decisions: c.decisions.length,
    scenarios: c.scenarios.length,
    narratives: c.narratives.length,
    checklist: c.checklist.length,
    attachments: c.attachments.length,
    blobs: new Set(c.attachments.map((a) => a.sha256)).size,
  };
}
