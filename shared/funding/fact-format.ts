/** How amounts, rates and facts read in reasons and computations, in either language. */
import { formatYuan, yuanToFen } from '../money';
import { message, type Lang } from '../i18n/messages';
import { pickText } from './bilingual-text';
import { fieldDefinition, type FactValue, type FieldName } from './subject-fields';

export function formatFen(lang: Lang, fen: number): string {
  return message(lang, 'funding.yuan', { amount: formatYuan(fen / 100, lang) });
}

/** Rates are kept to six decimals (parts per million), so a percentage shows at most four. */
export function formatRate(lang: Lang, rate: number): string {
  return `${(rate * 100).toLocaleString(lang, { maximumFractionDigits: 4 })}%`;
}

export function formatNumber(lang: Lang, n: number): string {
  return n.toLocaleString(lang, { maximumFractionDigits: 4 });
}

export function formatFact(lang: Lang, field: FieldName, value: FactValue): string {
  if (value === null) return message(lang, 'funding.notGiven');
  const def = fieldDefinition(field);
  switch (def.kind) {
    case 'money':
      return formatFen(lang, yuanToFen(value as number));
    case 'quantity':
      return `${formatNumber(lang, value as number)} ${def.unit ? pickText(lang, def.unit) : ''}`.trim();
    case 'flag':
      return message(lang, value ? 'funding.yes' : 'funding.no');
    case 'code': {
      const option = def.codes?.find((c) => c.code === value);
      return option ? pickText(lang, option) : String(value);
    }
  }
}

export function fieldLabel(lang: Lang, field: FieldName): string {
  return pickText(lang, fieldDefinition(field).label);
}
