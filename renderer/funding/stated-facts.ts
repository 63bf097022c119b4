/**
 * Facts the user states for one evaluation (filed or not, the project's energy use…): the plan and
 * the profile cannot tell them. Kept on screen only; funding.evaluate takes them as its `subject`.
 */
import type { FundingSubjectInput } from '../../shared/funding/funding-subject';
import {
  fieldDefinition,
  FIELD_NAMES,
  type FactValue,
  type FieldName,
} from '../../shared/funding/subject-fields';
import { wanToYuan, yuanToWan } from '../format/figures';

export type StatedFacts = Partial<Record<FieldName, FactValue>>;

/** How the form holds a fact: yes/no/unknown as words (a radio value cannot be null), money in 万元. */
export type FactFormValue = string | number | null | undefined;
export type FactFormValues = Partial<Record<FieldName, FactFormValue>>;

const FLAG_WORDS = { yes: true, no: false } as const;

/** The form's field for a fact: its name has a dot, which antd would not split, so no nesting. */
export function toFormValues(stated: StatedFacts): FactFormValues {
  const values: FactFormValues = {};
  for (const field of FIELD_NAMES) {
    const v = stated[field];
    const kind = fieldDefinition(field).kind;
    if (kind === 'flag') values[field] = v === true ? 'yes' : v === false ? 'no' : 'unknown';
    else if (v !== undefined && v !== null)
      values[field] = kind === 'money' ? yuanToWan(v as number) : (v as string | number);
  }
  return values;
}

/** Only the facts given a value: "unknown" and empty inputs state nothing. */
export function fromFormValues(values: FactFormValues): StatedFacts {
  const stated: StatedFacts = {};
  for (const field of FIELD_NAMES) {
    const v = values[field];
    if (v === undefined || v === null || v === '' || v === 'unknown') continue;
    const kind = fieldDefinition(field).kind;
    if (kind === 'flag') stated[field] = FLAG_WORDS[v as keyof typeof FLAG_WORDS];
    else if (kind === 'money') stated[field] = wanToYuan(v as number);
    else stated[field] = v;
  }
  return stated;
}

/** The statements as funding.evaluate's `subject`. */
export function statedSubject(stated: StatedFacts): FundingSubjectInput {
  const subject: Record<'enterprise' | 'project', Record<string, FactValue>> = {
    enterprise: {},
    project: {},
  };
  for (const [name, value] of Object.entries(stated)) {
    if (value === null || value === undefined) continue;
    const [part, key] = name.split('.') as ['enterprise' | 'project', string];
    subject[part][key] = value;
  }
  return subject as FundingSubjectInput;
}
