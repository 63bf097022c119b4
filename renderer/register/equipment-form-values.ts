/**
 * A register row as the forms hold it (the inline row editor, the add dialog, the bulk edit) and
 * the changes the API takes. The keys are the row's own snake_case keys, except money, which the
 * forms take in 万元 like every other amount on screen and the API takes in yuan.
 */
import type { FieldIssue } from '../../shared/api/errors';
import { fieldsWithMoneyAs, type EquipmentRow } from '../../shared/register/register-fields';
import type { EquipmentChanges, EquipmentRecord } from '../../shared/register/register-api';
import { wanToYuan, yuanToWan } from '../format/figures';

type Editable = Omit<EquipmentRow, 'original_value_yuan'>;

export type EquipmentFormValues = {
  [K in keyof Editable]?: Editable[K] | undefined;
} & { original_value_wan?: number | null };

export type FormField = keyof EquipmentFormValues;

/** The fields in the order the add dialog lists them. */
export const FORM_FIELDS: readonly FormField[] = fieldsWithMoneyAs('original_value_wan');

const TEXT_FIELDS = new Set<FormField>(['asset_code', 'name', 'model', 'maker', 'workshop', 'notes']);

/** What a new row starts with: one unit in service, as the importer assumes for blank cells. */
export const NEW_ROW_VALUES: EquipmentFormValues = {
  category: 'other',
  quantity: 1,
  status: 'in_service',
  cnc: false,
  networked: false,
};

export function toFormValues(record: EquipmentRecord): EquipmentFormValues {
  const { original_value_yuan, ...rest } = record;
  return {
    ...rest,
    original_value_wan: original_value_yuan == null ? null : yuanToWan(original_value_yuan),
  };
}

/** The API's key for a form field. */
const apiKey = (field: FormField) => (field === 'original_value_wan' ? 'original_value_yuan' : field);

function apiValue(field: FormField, value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (field === 'original_value_wan') return wanToYuan(value as number);
  // Blank text means "no value", which the row schema stores as null.
  if (TEXT_FIELDS.has(field) && typeof value === 'string' && value.trim() === '') return null;
  return value as string | number | boolean;
}

/**
 * The changes to send: every field given in `values`, or with `before`, only those whose value
 * differs from it (an edit sends what the user changed, so it cannot overwrite a concurrent edit of
 * another field).
 */
export function toChanges(values: EquipmentFormValues, before?: EquipmentRecord): EquipmentChanges {
  const changes: EquipmentChanges = {};
  for (const field of FORM_FIELDS) {
    if (!(field in values)) continue;
    const value = apiValue(field, values[field]);
    const key = apiKey(field);
    if (before && (before[key] ?? null) === value) continue;
    changes[key] = value;
  }
  return changes;
}

/** The form field an issue of the core concerns: the last field name in its path (['changes', 'name'] → name). */
export function formFieldOfIssue(path: FieldIssue['path']): [FormField] | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (part === 'original_value_yuan') return ['original_value_wan'];
    if (typeof part === 'string' && (FORM_FIELDS as readonly string[]).includes(part)) {
      return [part as FormField];
    }
  }
  return null;
}
