/**
 * The finder's assumptions an enterprise's user set, kept as the validated input (only the keys
 * set), so that a default the product later corrects reaches every assumption the user left alone.
 */
import type Database from 'better-sqlite3';
import {
  OpportunityAssumptionsSchema,
  type OpportunityAssumptionsInput,
} from '../../../shared/opportunities/opportunity-assumptions';

interface Row {
  assumptions_json: string;
  updated_at: string;
}

type Shape = typeof OpportunityAssumptionsSchema.shape;

/**
 * Keeps each stored key its schema still accepts: a later version may narrow a range or drop a key,
 * and one stale value must not take the user's other settings, or the finder, down with it.
 */
function readable(json: string): OpportunityAssumptionsInput {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const schema = (OpportunityAssumptionsSchema.shape as Partial<Record<string, Shape[keyof Shape]>>)[key];
    const parsed = schema?.safeParse(value);
    if (parsed?.success && parsed.data !== undefined) kept[key] = parsed.data;
  }
  return kept as OpportunityAssumptionsInput;
}

export class AssumptionStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private row(enterpriseId: number): Row | undefined {
    return this.db
      .prepare('SELECT assumptions_json, updated_at FROM opportunity_assumptions WHERE enterprise_id = ?')
      .get(enterpriseId) as Row | undefined;
  }

  get(enterpriseId: number): { stored: OpportunityAssumptionsInput; updatedAt: string | null } {
    const row = this.row(enterpriseId);
    return row
      ? { stored: readable(row.assumptions_json), updatedAt: row.updated_at }
      : { stored: {}, updatedAt: null };
  }

  /** An empty set (or null) removes the row: every assumption is at its default again. */
  set(enterpriseId: number, input: OpportunityAssumptionsInput | null): void {
    const kept = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length === 0) {
      this.db.prepare('DELETE FROM opportunity_assumptions WHERE enterprise_id = ?').run(enterpriseId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO opportunity_assumptions (enterprise_id, assumptions_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (enterprise_id) DO UPDATE SET assumptions_json = excluded.assumptions_json,
                                                   updated_at = excluded.updated_at`,
      )
      .run(enterpriseId, JSON.stringify(kept), this.now().toISOString());
  }
}
