/** How a programme's support is worked out, as the pack says it: formula, brackets and cap. */
import type { TFunction } from 'i18next';
import { fieldLabel, formatNumber, formatRate } from '../../shared/funding/fact-format';
import type { Support, Tier } from '../../shared/funding/support';
import type { Lang } from '../../shared/i18n/messages';
import { formatWanBrief } from '../format/figures';
import { sharedText } from '../i18n/wire-messages';

export interface TierView {
  bracket: string;
  rate: string;
  /** On the whole base, or on the part above the bracket's lower bound. */
  on: string;
}

export interface SupportView {
  formula: string;
  /** The single rate of a rate or interest programme; null for brackets or no amount. */
  rate: string | null;
  tiers: TierView[];
  /** Null when the programme gives no amount at all; "no cap" is a text. */
  cap: string | null;
}

/** Amounts of rules read as filings write them: 万元, only the decimals they need. */
export const wanText = (t: TFunction, lang: Lang, yuan: number) =>
  t('fundingUi.wan', { amount: formatWanBrief(yuan, lang) });

const baseText = (t: TFunction, lang: Lang, fields: readonly Parameters<typeof fieldLabel>[1][]) =>
  fields.map((f) => fieldLabel(lang, f)).join(' + ');

function tierView(t: TFunction, lang: Lang, tier: Tier): TierView {
  const from = wanText(t, lang, tier.fromYuan);
  return {
    bracket:
      tier.toYuan === undefined
        ? t('fundingUi.bracketOpen', { from })
        : t('fundingUi.bracket', { from, to: wanText(t, lang, tier.toYuan) }),
    rate: formatRate(lang, tier.rate),
    on: tier.on === 'whole' ? t('fundingUi.onWhole') : t('fundingUi.onExcess', { from }),
  };
}

const capText = (t: TFunction, lang: Lang, capYuan: number | undefined) =>
  capYuan === undefined ? t('fundingUi.noCap') : wanText(t, lang, capYuan);

/** `informational`: a check, which never pays, as opposed to a programme whose amount the pack leaves out. */
export function supportView(t: TFunction, lang: Lang, s: Support, informational: boolean): SupportView {
  switch (s.kind) {
    case 'rate':
      return {
        formula: t('fundingUi.formulaRate', { base: baseText(t, lang, s.base) }),
        rate: formatRate(lang, s.rate),
        tiers: [],
        cap: capText(t, lang, s.capYuan),
      };
    case 'tiers':
      return {
        formula: t('fundingUi.formulaTiers', { base: baseText(t, lang, s.base) }),
        rate: null,
        tiers: s.tiers.map((tier) => tierView(t, lang, tier)),
        cap: capText(t, lang, s.capYuan),
      };
    case 'interest': {
      const formula = t('fundingUi.formulaInterest', {
        principal: fieldLabel(lang, s.principal),
        rate: formatRate(lang, s.ratePoints),
        years: fieldLabel(lang, s.years),
      });
      return {
        formula:
          s.maxYears === undefined
            ? formula
            : `${formula}${t('fundingUi.maxYears', { years: formatNumber(lang, s.maxYears) })}`,
        rate: formatRate(lang, s.ratePoints),
        tiers: [],
        cap: capText(t, lang, s.capYuan),
      };
    }
    case 'none':
      return {
        formula: sharedText(t, informational ? 'funding.checkOnly' : 'funding.noAmount'),
        rate: null,
        tiers: [],
        cap: null,
      };
  }
}
