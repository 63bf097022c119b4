import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { headerKey, type HeaderMapping, type MappingChoice } from '../../../shared/register/header-mapping';
import { MAPPABLE_FIELDS } from '../../../shared/register/equipment-row';

/** Identifies a header layout: the same columns in the same order, however the cells were spaced. */
export function headerSignature(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(headerKey).join('\u0001')).digest('hex').slice(0, 32);
}

/** The full mapping as the user's choice, so the next import of this layout uses it as it was. */
export function mappingAsChoice(mapping: HeaderMapping): MappingChoice {
  const choice: MappingChoice = {};
  for (const field of MAPPABLE_FIELDS) {
    const m = mapping[field];
    choice[field] = m
      ? { column: m.column, scale: m.scale, ...(m.basis ? { basis: m.basis } : {}) }
      : { column: null };
  }
  return choice;
}

/** Column mappings an enterprise confirmed, offered again for a file with the same header layout. */
export class ColumnMappings {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  find(enterpriseId: number, headers: readonly string[]): MappingChoice | null {
    const json = this.db
      .prepare('SELECT mapping_json FROM column_mapping WHERE enterprise_id = ? AND header_signature = ?')
      .pluck()
      .get(enterpriseId, headerSignature(headers)) as string | undefined;
    return json ? (JSON.parse(json) as MappingChoice) : null;
  }

  /** Every mapping the enterprise confirmed, by header signature (an import reads them off its thread). */
  all(enterpriseId: number): Record<string, MappingChoice> {
    const rows = this.db
      .prepare('SELECT header_signature, mapping_json FROM column_mapping WHERE enterprise_id = ?')
      .raw()
      .all(enterpriseId) as [string, string][];
    const out: Record<string, MappingChoice> = {};
    for (const [signature, json] of rows) out[signature] = JSON.parse(json) as MappingChoice;
    return out;
  }

  remember(enterpriseId: number, headers: readonly string[], mapping: HeaderMapping): void {
    this.db
      .prepare(
        `INSERT INTO column_mapping (enterprise_id, header_signature, mapping_json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (enterprise_id, header_signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
      )
      .run(
        enterpriseId,
        headerSignature(headers),
        JSON.stringify(mappingAsChoice(mapping)),
        this.now().toISOString(),
      );
  }
}
