/**
 * Files an import must refuse, each with its own error naming the entry and why, and the workspace
 * byte for byte as it was: tampered attachments and content, a newer format, a truncated file,
 * zip bombs, entries that do not belong, content that breaks the schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { ErrorCode } from '../../../shared/api/errors';
import { formatError } from '../../../shared/i18n/messages';
import { sha256Hex } from '../../../electron/core/handoff/handoff-archive';
import { BLOBS, buildRichEnterprise, dumpDb, sha, type RichEnterprise } from './rich-enterprise';

let rich: RichEnterprise;
let good: Record<string, Uint8Array>;
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** A workspace with the rich enterprise and its good export; each test then spoils a copy of it. */
async function setup() {
  rich = await buildRichEnterprise();
  const file = path.join(rich.ws.dir, 'good.retrofit');
  await rich.core.call('handoff.export', {
    enterpriseId: rich.enterpriseId,
    target: rich.core.files.registerWriteTarget(file).fileId,
  });
  good = unzipSync(fs.readFileSync(file));
  return rich;
}

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const json = (b: Uint8Array) => JSON.parse(text(b)) as Record<string, unknown>;
const bytes = (v: unknown) => new Uint8Array(Buffer.from(JSON.stringify(v)));

/** A file with content.json replaced and the manifest's hash and size made to match it. */
function withContent(content: unknown): Record<string, Uint8Array> {
  const data = bytes(content);
  const manifest = json(good['manifest.json']!);
  manifest.content = { sha256: sha256Hex(Buffer.from(data)), sizeBytes: data.length };
  return { ...good, 'content.json': data, 'manifest.json': bytes(manifest) };
}

/** Sets the declared uncompressed size of an entry in the central directory (and its local header). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = 0; p + 46 < out.length; p++) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + nameLength) !== name) continue;
    out.writeUInt32LE(size, p + 24);
    const local = out.readUInt32LE(p + 42);
    out.writeUInt32LE(size, local + 22);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

async function expectRefused(
  core: Core,
  data: Buffer,
  code: ErrorCode,
  params: Record<string, unknown> = {},
) {
  const file = path.join(rich.ws.dir, `bad-${Math.random().toString(36).slice(2)}.retrofit`);
  fs.writeFileSync(file, data);
  const before = dumpDb(rich.ws.file);
  for (const method of ['handoff.preview', 'handoff.import'] as const) {
    const reply = await core.dispatch(method, { fileId: core.files.registerRead(file).fileId });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code, JSON.stringify(reply.error)).toBe(code);
    expect(reply.error.params).toMatchObject({ name: path.basename(file), ...params });
    // Both languages say it without a placeholder left over.
    for (const lang of ['zh-CN', 'en'] as const)
      expect(formatError(lang, reply.error)).not.toMatch(/\{\{|error\./);
  }
  expect(dumpDb(rich.ws.file)).toEqual(before);
}

describe('refused hand-off files', () => {
  it('an attachment whose bytes were changed', async () => {
    const { core } = await setup();
    const name = `attachments/${sha(BLOBS.quote)}`;
    const tampered = new Uint8Array(good[name]!);
    tampered[0] = tampered[0]! ^ 0xff;
    await expectRefused(core, Buffer.from(zipSync({ ...good, [name]: tampered })), 'HANDOFF_HASH_MISMATCH', {
      entry: name,
    });
  });

  it('content.json changed after the export (the manifest hash no longer matches)', async () => {
    const { core } = await setup();
    const content = json(good['content.json']!);
    (content.enterprise as Record<string, unknown>).name = '改过的名字';
    await expectRefused(
      core,
      Buffer.from(zipSync({ ...good, 'content.json': bytes(content) })),
      'HANDOFF_HASH_MISMATCH',
      {
        entry: 'content.json',
      },
    );
  });

  it('a file of a newer format version, refused with the versions named', async () => {
    const { core } = await setup();
    const manifest = { ...json(good['manifest.json']!), formatVersion: 2, somethingNew: true };
    const reply = Buffer.from(zipSync({ ...good, 'manifest.json': bytes(manifest) }));
    await expectRefused(core, reply, 'HANDOFF_NEWER', { found: 2, supported: 1 });
  });

  it('a truncated file', async () => {
    const { core } = await setup();
    const whole = Buffer.from(zipSync(good));
    await expectRefused(core, whole.subarray(0, Math.floor(whole.length * 0.6)), 'HANDOFF_NOT_ZIP');
  });

  it('zip bombs: a declared size past the cap, too many entries, an entry inflating past what it declares', async () => {
    const { core } = await setup();
    const whole = Buffer.from(zipSync(good));
    await expectRefused(core, declareSize(whole, 'content.json', 0xfffffff0), 'HANDOFF_TOO_LARGE', {
      maxEntries: 20_000,
    });
    const many: Record<string, Uint8Array> = { ...good };
    for (let i = 0; i < 20_001; i++) many[`attachments/${sha(Buffer.from(String(i)))}`] = new Uint8Array(0);
    await expectRefused(core, Buffer.from(zipSync(many, { level: 0 })), 'HANDOFF_TOO_LARGE', {
      entries: 20_005,
    });
    const bomb = { ...good, 'content.json': new Uint8Array(50 * 1024 * 1024) };
    const small = declareSize(Buffer.from(zipSync(bomb, { level: 9 })), 'content.json', 1000);
    await expectRefused(core, small, 'HANDOFF_ENTRY_DAMAGED', { entry: 'content.json' });
  });

  it('entries that do not belong, and attachments the content does not name or lacks', async () => {
    const { core } = await setup();
    await expectRefused(
      core,
      Buffer.from(zipSync({ ...good, 'run-me.exe': new Uint8Array([1]) })),
      'HANDOFF_UNEXPECTED_ENTRY',
      {
        entry: 'run-me.exe',
      },
    );
    const stray = `attachments/${sha(Buffer.from('stray'))}`;
    await expectRefused(
      core,
      Buffer.from(zipSync({ ...good, [stray]: new Uint8Array(Buffer.from('stray')) })),
      'HANDOFF_UNEXPECTED_ENTRY',
      {
        entry: stray,
      },
    );
    const missing = `attachments/${sha(BLOBS.licence)}`;
    const { [missing]: _gone, ...rest } = good;
    await expectRefused(core, Buffer.from(zipSync(rest)), 'HANDOFF_ENTRY_MISSING', { entry: missing });
  });

  it('content that breaks the schema or its references, named by path', async () => {
    const { core } = await setup();
    const content = json(good['content.json']!) as {
      equipment: Record<string, unknown>[];
      projects: { lines: { equipment: { equipment: number }[] }[] }[];
    };
    const badQuantity = structuredClone(content);
    badQuantity.equipment[3]!.quantity = 0;
    await expectRefused(core, Buffer.from(zipSync(withContent(badQuantity))), 'HANDOFF_CONTENT_INVALID', {
      entry: 'content.json',
      path: 'equipment.3.quantity',
    });
    const dangling = structuredClone(content);
    const line = dangling.projects
      .find((p) => p.lines.some((l) => l.equipment.length > 0))!
      .lines.find((l) => l.equipment.length > 0)!;
    line.equipment[0]!.equipment = 100_000;
    await expectRefused(core, Buffer.from(zipSync(withContent(dangling))), 'HANDOFF_CONTENT_INVALID', {
      entry: 'content.json',
    });
    const duplicateCode = structuredClone(content);
    duplicateCode.equipment[1]!.asset_code = duplicateCode.equipment[0]!.asset_code;
    await expectRefused(core, Buffer.from(zipSync(withContent(duplicateCode))), 'HANDOFF_CONTENT_INVALID', {
      path: 'equipment.1.asset_code',
    });
  });

  it('a zip that is not a hand-off file, and a file that is not a zip', async () => {
    const { core } = await setup();
    await expectRefused(
      core,
      fs.readFileSync(path.join(FIXTURES, 'register-messy-300.xlsx')),
      'HANDOFF_NOT_RETROFIT',
    );
    await expectRefused(
      core,
      fs.readFileSync(path.join(FIXTURES, 'register-standard-200.csv')),
      'HANDOFF_NOT_ZIP',
    );
  });
});
