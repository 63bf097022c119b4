/**
 * Helpers shared by the register tests: reading a file to the end, and comparing stored rows with
 * a *.truth.jsonl file (which writes `year` for year_commissioned and the status in Chinese).
 */
import { expect } from 'vitest';
import {
  readRegister,
  type ReadOptions,
  type RegisterFileInfo,
  type ReadSummary,
} from '../../../electron/core/register-files/register-reader';
import type { NormalizedRow } from '../../../shared/register/row-normalizer';
import { EQUIPMENT_STATUSES } from '../../../shared/register/taxonomy';

export const REFERENCE_YEAR = 2026;
export const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

export interface ReadAll {
  info: RegisterFileInfo;
  rows: NormalizedRow[];
  summary: ReadSummary;
}

export async function readAll(file: string, options: Partial<ReadOptions> = {}): Promise<ReadAll> {
  let info: RegisterFileInfo | undefined;
  let summary: ReadSummary | undefined;
  const rows: NormalizedRow[] = [];
  for await (const event of readRegister(file, { referenceYear: REFERENCE_YEAR, ...options })) {
    if (event.kind === 'start') info = event.info;
    else if (event.kind === 'rows') rows.push(...event.rows);
    else summary = event.summary;
  }
  if (!info || !summary) throw new Error('readRegister ended without start or end');
  return { info, rows, summary };
}

const STATUS_BY_ZH = new Map<string, string>(EQUIPMENT_STATUSES.map((s) => [s.zh, s.code]));

export { readTruth } from '../support/domain-truth';

/** Every field the truth has, compared with the stored row of the same asset code. */
export function expectMatchesTruth(rows: NormalizedRow[], truth: Record<string, unknown>[]): void {
  expect(rows.filter((r) => r.row === null).map((r) => r.errors)).toEqual([]);
  expect(rows).toHaveLength(truth.length);
  const byCode = new Map(rows.map((r) => [r.row?.asset_code, r.row]));
  const mismatches: string[] = [];
  for (const t of truth) {
    const row = byCode.get(t.asset_code as string) as unknown as Record<string, unknown> | undefined;
    if (!row) {
      mismatches.push(`${String(t.asset_code)}: missing`);
      continue;
    }
    for (const [key, expected] of Object.entries(t)) {
      const field = key === 'year' ? 'year_commissioned' : key;
      const want = key === 'status' ? STATUS_BY_ZH.get(expected as string) : expected;
      if (row[field] !== want) {
        mismatches.push(
          `${String(t.asset_code)}.${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(row[field])}`,
        );
      }
    }
  }
  expect(mismatches).toEqual([]);
}
