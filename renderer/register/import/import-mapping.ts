/**
 * The user's corrections of a file's column mapping, kept as the MappingChoice the API takes.
 * Only fields that differ from the automatic mapping are sent, so the untouched ones keep the
 * reason they were matched by ("the header 资产编号 is a usual name of this field").
 */
import type {
  Basis,
  FieldMatch,
  HeaderMapping,
  MappingChoice,
} from '../../../shared/register/header-mapping';
import type { MappableField } from '../../../shared/register/register-fields';
import { HP_KW } from '../../../shared/register/value-parsers';

export interface UnitOption {
  scale: number;
  /** Shown as is: units are written the same in both languages (万元, kW, hp). */
  unit: string;
}

/** The units a money, power or load-factor column may be in, by what one cell is multiplied with. */
export const UNIT_OPTIONS: Partial<Record<MappableField, UnitOption[]>> = {
  original_value_yuan: [
    { scale: 1, unit: '元' },
    { scale: 1_000, unit: '千元' },
    { scale: 10_000, unit: '万元' },
  ],
  rated_kw: [
    { scale: 1, unit: 'kW' },
    { scale: 0.001, unit: 'W' },
    { scale: 1_000, unit: 'MW' },
    { scale: HP_KW, unit: 'hp' },
  ],
  load_factor: [
    { scale: 1, unit: '0–1' },
    { scale: 0.01, unit: '%' },
  ],
};

/** Fields whose column may hold the figure of one unit or of the whole row. */
export const HAS_BASIS = new Set<MappableField>(['original_value_yuan', 'rated_kw']);

const sameMatch = (a: FieldMatch | null, b: FieldMatch | null) =>
  (a?.column ?? null) === (b?.column ?? null) && a?.scale === b?.scale && a?.basis === b?.basis;

const asChoice = (m: FieldMatch | null) =>
  m === null
    ? { column: null }
    : { column: m.column, scale: m.scale, ...(m.basis ? { basis: m.basis } : {}) };

/**
 * The choice that reproduces the mapping on screen. When that mapping came from what the
 * enterprise confirmed before, it differs from the automatic one and those differences must be
 * sent along with the user's new correction, or the correction would drop them.
 */
export function choiceFromPreview(mapping: HeaderMapping, auto: HeaderMapping): MappingChoice {
  const choice: MappingChoice = {};
  for (const field of Object.keys(mapping) as MappableField[]) {
    if (!sameMatch(mapping[field], auto[field])) choice[field] = asChoice(mapping[field]);
  }
  return choice;
}

/** Gives `field` the column (or none); a column moves away from any other field that had it. */
export function chooseColumn(
  current: MappingChoice,
  mapping: HeaderMapping,
  field: MappableField,
  column: number | null,
): MappingChoice {
  const next: MappingChoice = { ...current, [field]: { column } };
  if (column === null) return next;
  for (const other of Object.keys(mapping) as MappableField[]) {
    if (other !== field && mapping[other]?.column === column) next[other] = { column: null };
  }
  return next;
}

/** Keeps the field's column and sets what one of its cells is worth. */
export function chooseUnit(
  current: MappingChoice,
  mapping: HeaderMapping,
  field: MappableField,
  patch: { scale?: number; basis?: Basis },
): MappingChoice {
  const match = mapping[field];
  if (!match) return current;
  const basis = patch.basis ?? match.basis;
  return {
    ...current,
    [field]: { column: match.column, scale: patch.scale ?? match.scale, ...(basis ? { basis } : {}) },
  };
}

/** A, B, … Z, AA, AB: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
