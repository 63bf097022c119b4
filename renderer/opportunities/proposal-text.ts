/** A proposal's figures and facts in words, as its row and its details say them. */
import type { TFunction } from 'i18next';
import type { EnergyAmounts } from '../../shared/energy/energy-basis';
import { ENERGY_SOURCES, type EnergySourceCode } from '../../shared/enterprise/energy-sources';
import type { Lang } from '../../shared/i18n/messages';
import { fenToYuan } from '../../shared/money';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import type { MissingData } from '../../shared/opportunities/opportunity-rules';
import { PROJECT_DIRECTIONS } from '../../shared/projects/directions';
import type { ClauseNumber } from '../../shared/readiness/policy-clauses';
import { categoryOf } from '../../shared/register/taxonomy';
import { inLang } from '../dashboard/figure-text';
import { formatWan } from '../format/figures';
import { paybackOf, SHOWN_DIGITS } from './proposal-figures';

/** Fixed decimals; a figure that rounds to zero is 0, never −0. */
export function fixedText(lang: Lang, n: number, digits: number): string {
  const shown = Math.abs(n) < 0.5 * 10 ** -digits ? 0 : n;
  return shown.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const kwhText = (lang: Lang, n: number) => fixedText(lang, n, SHOWN_DIGITS.kwh);
export const tonnesText = (lang: Lang, n: number) => fixedText(lang, n, SHOWN_DIGITS.tce);
export const wanText = (lang: Lang, fen: number | null) =>
  fen === null ? '—' : formatWan(fenToYuan(fen), lang);
export const yuanText = (lang: Lang, fen: number | null) =>
  fen === null ? '—' : fenToYuan(fen).toLocaleString(lang, { maximumFractionDigits: 0 });

export function paybackText(lang: Lang, o: Pick<Opportunity, 'paybackYears' | 'investmentFen'>): string {
  const { years } = paybackOf(o);
  return years === null ? '—' : fixedText(lang, years, SHOWN_DIGITS.paybackYears);
}

/** "Air compressors" under its rule, or the rule's title with the category when not grouped by rule. */
export const categoryText = (lang: Lang, o: Pick<Opportunity, 'category'>) =>
  inLang(categoryOf(o.category), lang);

export function proposalName(lang: Lang, o: Pick<Opportunity, 'title' | 'category'>): string {
  const category = categoryText(lang, o);
  return lang === 'en' ? `${o.title.en} (${category})` : `${o.title.zh}（${category}）`;
}

export const directionText = (lang: Lang, o: Pick<Opportunity, 'direction'>) =>
  inLang(PROJECT_DIRECTIONS[o.direction].name, lang);

const ARABIC: Record<ClauseNumber, number> = { 四: 4, 五: 5, 七: 7, 八: 8 };

/** The clauses a proposal cites, short: "依据第（八）条" as filings write it, "Clause (8)" in English. */
export function clauseNumbers(t: TFunction, lang: Lang, o: Pick<Opportunity, 'clauses'>): string {
  const numbers = [...new Set(o.clauses.map((c) => c.clause))];
  const text = numbers.map((n) => (lang === 'en' ? `(${ARABIC[n]})` : `（${n}）`)).join('');
  return t('opportunityUi.clauseNumbers', { numbers: text });
}

const SOURCES = new Map(ENERGY_SOURCES.map((s) => [s.code, s]));

export interface EnergyLine {
  source: EnergySourceCode;
  name: string;
  amount: string;
  unit: string;
  negative: boolean;
}

/** Each source saved (or, negative, used more) a year, in the source's own unit. */
export function energyLines(lang: Lang, saved: EnergyAmounts): EnergyLine[] {
  return (Object.entries(saved) as [EnergySourceCode, number][])
    .filter(([, q]) => Math.abs(q) >= 0.5)
    .map(([source, q]) => {
      const s = SOURCES.get(source);
      return {
        source,
        name: s ? inLang(s, lang) : source,
        amount: fixedText(lang, q, 0),
        unit: s?.unit ?? '',
        negative: q < 0,
      };
    });
}

export const sourceNames = (lang: Lang, sources: readonly EnergySourceCode[]) =>
  sources.map((s) => {
    const def = SOURCES.get(s);
    return def ? inLang(def, lang) : s;
  });

export const missingText = (t: TFunction, missing: MissingData, rows: number) =>
  t(`opportunityUi.missing.${missing}`, { rows });
