/**
 * Funding packs as the tests write them: a programme states what its test is about (id, name,
 * support, source and any condition) and takes plain values for the rest. Free of vitest so the
 * Playwright specs can import packs too.
 */
import { PACK_FORMAT } from '../../../shared/funding/pack-schema';

type Text = { zh: string; en?: string };

export interface TestProgramme extends Record<string, unknown> {
  id: string;
  name: Text;
  support: Record<string, unknown>;
  source: { document: string; url?: string };
}

/** Issued by a test bureau in 2026 as a subsidy, with no notice to check, nothing to verify and not an example, unless the fields say otherwise. */
export function testProgramme(fields: TestProgramme): Record<string, unknown> {
  return {
    issuer: { zh: '测试局' },
    year: 2026,
    type: 'subsidy',
    checkCurrentNotice: false,
    verify: false,
    example: false,
    ...fields,
  };
}

export interface TestPack extends Record<string, unknown> {
  id: string;
  name: Text;
  programmes: Record<string, unknown>[];
}

/** `more` adds pack fields beyond the id and name (a description). */
export function testPack(
  id: string,
  name: Text,
  programmes: Record<string, unknown>[],
  more: Record<string, unknown> = {},
): TestPack {
  return { format: PACK_FORMAT, formatVersion: 1, id, name, ...more, programmes };
}
