/**
 * A register row as the opportunity finder reads it: the traits the indicators' row sets test
 * (so a rule selects exactly the rows an indicator counts) and the figures its estimates need.
 */
import type { RowTraits } from '../indicators/register-groups';
import type { StatusCode } from '../register/taxonomy';

export interface FinderRow extends RowTraits {
  id: number;
  assetCode: string | null;
  name: string;
  model: string | null;
  notes: string | null;
  status: StatusCode;
  quantity: number;
  /** Per unit. */
  ratedKw: number | null;
  annualHours: number | null;
  loadFactor: number | null;
  /** For the whole row. */
  valueFen: number | null;
}
