/**
 * A programme's eligibility condition in words, as the pack says it (no facts yet): one line per
 * node, indented by depth. The evaluated form, with each fact's value and outcome, is the core's
 * reason text (shared/funding/reason-text.ts).
 */
import type { TFunction } from 'i18next';
import type { Condition } from '../../shared/funding/condition';
import { fieldLabel, formatFact } from '../../shared/funding/fact-format';
import type { Lang } from '../../shared/i18n/messages';
import { sharedText } from '../i18n/wire-messages';

export interface ConditionLine {
  depth: number;
  text: string;
}

const GROUP_KEY = {
  all: 'fundingUi.conditionAll',
  any: 'fundingUi.conditionAny',
  not: 'fundingUi.conditionNot',
} as const;

export function conditionLines(t: TFunction, lang: Lang, c: Condition, depth = 0): ConditionLine[] {
  if ('all' in c || 'any' in c) {
    const group = 'all' in c ? 'all' : 'any';
    const parts = 'all' in c ? c.all : c.any;
    return [
      { depth, text: t(GROUP_KEY[group]) },
      ...parts.flatMap((p) => conditionLines(t, lang, p, depth + 1)),
    ];
  }
  if ('not' in c) return [{ depth, text: t(GROUP_KEY.not) }, ...conditionLines(t, lang, c.not, depth + 1)];
  const values = 'values' in c ? c.values : [c.value];
  return [
    {
      depth,
      text: t('fundingUi.conditionCompare', {
        field: fieldLabel(lang, c.field),
        op: sharedText(t, `funding.op_${c.op}`),
        expected: values.map((v) => formatFact(lang, c.field, v)).join(t('fundingUi.listSeparator')),
      }),
    },
  ];
}
