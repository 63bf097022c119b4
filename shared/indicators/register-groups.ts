/**
 * What the indicators read from the register. The core groups the in-service rows by the few traits
 * the definitions look at and sums what they weigh by, so that a 100,000-row register arrives as a
 * few thousand groups. A single row is a group of one: the same predicates that count a group list
 * the rows behind a figure, and the two can never disagree.
 */
import {
  EQUIPMENT_STATUSES,
  type CategoryCode,
  type EfficiencyClass,
  type RegisterEnergySource,
  type StatusCode,
} from '../register/taxonomy';

/** "In service" for the indicators (DOMAIN.md §5): in service or under repair. */
export const IN_SERVICE_STATUSES: readonly StatusCode[] = EQUIPMENT_STATUSES.filter(
  (s) => s.countsAsInService,
).map((s) => s.code);

/** The traits of a row that decide which numerator, denominator or excluded set it falls in. */
export interface RowTraits {
  category: CategoryCode;
  cnc: boolean;
  networked: boolean;
  energySource: RegisterEnergySource | null;
  efficiencyClass: EfficiencyClass | null;
  year: number | null;
  kwKnown: boolean;
  hoursKnown: boolean;
  valueKnown: boolean;
}

/** In-service rows sharing their traits, with the sums the indicators weigh by. */
export interface RegisterGroup extends RowTraits {
  rows: number;
  /** Σ quantity. */
  units: number;
  /** Σ rated kW × quantity (power is per unit); 0 when the power is unknown. */
  kwUnits: number;
  /** Σ original value in fen (the value is the whole row's, never multiplied by the quantity). */
  valueFen: number;
  /** Σ kW × hours × load factor × quantity over the rows that give a load factor. */
  kwhAtGivenLoad: number;
  /** Σ kW × hours × quantity over the rows without one: the default load factor scales it. */
  kwhAtFullLoad: number;
  /** Σ quantity of the rows without a load factor. */
  unitsWithoutLoadFactor: number;
}
