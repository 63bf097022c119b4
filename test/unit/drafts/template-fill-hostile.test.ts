/**
 * Templates found by the hostile-documents suite: parts whose deflate stream is broken or that
 * inflate past the size they declare, and loops nested thousands deep — each refused as a VALIDATION
 * issue naming the part or the loop, rather than an internal error or minutes of work.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { TemplateData } from '../../../shared/drafts/template-data';
import { fillTemplate, MAX_LOOP_DEPTH } from '../../../electron/core/drafts/template-fill';
import { brokenDeflate, zipBytes, type RawEntry } from '../../robustness/hostile-documents-suite';

const TEMPLATE = path.resolve(import.meta.dirname, '../../fixtures/templates/agency-template.docx');
const parts = (): RawEntry[] =>
  Object.values(new PizZip(fs.readFileSync(TEMPLATE)).files)
    .filter((f) => !f.dir)
    .map((f) => ({ name: f.name, data: f.asUint8Array() }));
const data = { enterprise: { name: '示例' } } as unknown as TemplateData;

function refusal(template: Buffer): AppError {
  try {
    fillTemplate(template, data, 'agency.docx');
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('the template was accepted');
}

function withPart(name: string, entry: Partial<RawEntry>): Buffer {
  return zipBytes(parts().map((p) => (p.name === name ? { ...p, ...entry } : p)));
}

describe('hostile Word templates', () => {
  it('a part that inflates far past the size it declares is refused as damaged, naming the part', () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const raw = { compressed: zlib.deflateRawSync(zeros), size: 1024, crc: zlib.crc32(zeros) };
    const e = refusal(withPart('word/styles.xml', { raw }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([
      {
        path: ['template'],
        key: 'draftTemplate.damaged',
        params: { name: 'agency.docx', part: 'word/styles.xml' },
      },
    ]);
  });

  it('a part whose deflate stream is broken is refused as damaged', () => {
    const good = parts().find((p) => p.name === 'word/document.xml')!.data;
    const e = refusal(
      withPart('word/document.xml', {
        raw: brokenDeflate(good),
      }),
    );
    expect(e.issues[0]).toMatchObject({
      key: 'draftTemplate.damaged',
      params: { part: 'word/document.xml' },
    });
  });

  it(`loops nested past ${MAX_LOOP_DEPTH} deep are refused at once; a few levels still fill`, () => {
    const xml = (insert: string) => {
      const doc = Buffer.from(parts().find((p) => p.name === 'word/document.xml')!.data).toString('utf8');
      return new Uint8Array(Buffer.from(doc.replace(/(<w:t(?: [^>]*)?>)/, `$1${insert}`)));
    };
    const nested = (depth: number) => '{#lines}'.repeat(depth) + '{name}' + '{/lines}'.repeat(depth);
    const started = performance.now();
    const e = refusal(withPart('word/document.xml', { data: xml(nested(5000)) }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(e.issues).toEqual([
      {
        path: ['template'],
        key: 'draftTemplate.loopsTooDeep',
        params: { tag: 'lines', maximum: MAX_LOOP_DEPTH },
      },
    ]);
    const filled = fillTemplate(withPart('word/document.xml', { data: xml(nested(3)) }), data, 'agency.docx');
    expect(new PizZip(filled.buffer).file('word/document.xml')).toBeTruthy();
  });

  it('a [Content_Types].xml that is not well-formed is a damaged template, saying what is wrong', () => {
    const e = refusal(
      withPart('[Content_Types].xml', { data: new Uint8Array(Buffer.from('<Types><Default>')) }),
    );
    expect(e.issues).toEqual([
      {
        path: ['template'],
        key: 'draftTemplate.damaged',
        params: { name: 'agency.docx', part: expect.stringMatching(/unclosed xml tag/) as unknown },
      },
    ]);
  });
});
