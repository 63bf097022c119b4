/**
 * `.retrofit` files found by the hostile-documents suite: an entry whose deflate stream zlib
 * rejects, and an entry with an empty name — both refused with the entry named, not as INTERNAL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { readRetrofit, sha256Hex } from '../../../electron/core/handoff/handoff-archive';
import { brokenDeflate, zipBytes } from '../../robustness/hostile-documents-suite';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function refusal(zip: Buffer): Promise<AppError> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-hostile-archive-'));
  dirs.push(dir);
  const file = path.join(dir, 'x.retrofit');
  fs.writeFileSync(file, zip);
  const e = await readRetrofit(file, 'x.retrofit').then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const manifest = new Uint8Array(
  Buffer.from(
    JSON.stringify({ format: 'retrofit-planner.enterprise', formatVersion: 1, padding: 'abc'.repeat(400) }),
  ),
);

describe('hostile .retrofit archives', () => {
  it('a deflate stream zlib rejects is a damaged entry', async () => {
    const raw = brokenDeflate(manifest);
    const e = await refusal(zipBytes([{ name: 'manifest.json', data: manifest, raw }]));
    expect(e.code).toBe('HANDOFF_ENTRY_DAMAGED');
    expect(e.params).toEqual({ name: 'x.retrofit', entry: 'manifest.json' });
  });

  it('an entry without a name is named as empty quotes', async () => {
    const e = await refusal(
      zipBytes([
        { name: 'manifest.json', data: manifest },
        { name: '', data: new Uint8Array([1]) },
      ]),
    );
    expect(e.code).toBe('HANDOFF_UNEXPECTED_ENTRY');
    expect(e.params).toEqual({ name: 'x.retrofit', entry: '""' });
  });

  it('content nested thousands deep is refused at its place, not by exhausting the stack', async () => {
    const depth = 50_000;
    const content = Buffer.from(
      `{"enterprise":{"column_mappings":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    );
    const head = {
      format: 'retrofit-planner.enterprise',
      formatVersion: 1,
      appVersion: '1.0.0',
      schemaVersion: 1,
      exportedAt: '2025-06-01T08:00:00.000Z',
      counts: {},
      content: { sha256: sha256Hex(content), sizeBytes: content.length },
    };
    const e = await refusal(
      zipBytes([
        { name: 'manifest.json', data: new Uint8Array(Buffer.from(JSON.stringify(head))) },
        { name: 'content.json', data: new Uint8Array(content) },
      ]),
    );
    expect(e.code).toBe('HANDOFF_CONTENT_INVALID');
    expect(e.params).toEqual({
      name: 'x.retrofit',
      entry: 'content.json',
      path: ['enterprise', 'column_mappings', ...Array<number>(98).fill(0)].join('.'),
    });
  });
});
