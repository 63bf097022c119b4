/**
 * The register's codes in words: categories, statuses, energy sources and efficiency classes come
 * from the shared taxonomy in both languages; field names from the shared `register` messages, so
 * the table, the import preview and the core's issues name a field the same way.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/messages';
import type { RegisterField } from '../../shared/register/register-fields';
import {
  categoryOf,
  EFFICIENCY_CLASSES,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  REGISTER_ENERGY_SOURCES,
  type CategoryCode,
  type EfficiencyClass,
  type StatusCode,
} from '../../shared/register/taxonomy';
import { sharedText } from '../i18n/wire-messages';

const inLang = (item: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? item.en : item.zh);

export const categoryText = (code: CategoryCode, lang: Lang): string => inLang(categoryOf(code), lang);

export const categoryOptions = (lang: Lang) =>
  EQUIPMENT_CATEGORIES.map((c) => ({ value: c.code, label: inLang(c, lang) }));

export function statusText(code: StatusCode, lang: Lang): string {
  const status = EQUIPMENT_STATUSES.find((s) => s.code === code);
  return status ? inLang(status, lang) : code;
}

export const statusOptions = (lang: Lang) =>
  EQUIPMENT_STATUSES.map((s) => ({ value: s.code, label: inLang(s, lang) }));

export function energySourceText(code: string, lang: Lang): string {
  const source = REGISTER_ENERGY_SOURCES.find((s) => s.code === code);
  return source ? inLang(source, lang) : code;
}

export const energySourceOptions = (lang: Lang) =>
  REGISTER_ENERGY_SOURCES.map((s) => ({ value: s.code, label: inLang(s, lang) }));

/** "IE3 · GB 3" — registers write either, so both are shown. */
export function efficiencyText(t: TFunction, code: EfficiencyClass): string {
  const grade = EFFICIENCY_CLASSES.find((c) => c.code === code)?.gbGrade;
  return grade == null ? code : t('register.efficiencyWithGrade', { code, grade });
}

export const efficiencyOptions = (t: TFunction) =>
  EFFICIENCY_CLASSES.map((c) => ({ value: c.code, label: efficiencyText(t, c.code) }));

/** A field's name as the shared messages give it (资产原值（元）, 额定功率（kW）…). */
export const fieldText = (t: TFunction, field: RegisterField): string =>
  sharedText(t, `register.field_${field}`);
