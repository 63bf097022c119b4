/** Each evaluated condition in words: the fact, its actual value, what is required and whether it holds. */
import type { Lang } from '../i18n/messages';
import { message } from '../i18n/messages';
import { messageBoth, type BothLanguages } from './bilingual-text';
import type { ConditionNode } from './condition';
import { fieldLabel, formatFact } from './fact-format';

export interface ReasonLine extends ConditionNode {
  text: BothLanguages;
}

function expectedText(lang: Lang, node: ConditionNode): string {
  const field = node.field!;
  const values = Array.isArray(node.expected) ? node.expected : [node.expected!];
  return values.map((v) => formatFact(lang, field, v)).join(lang === 'en' ? ', ' : '、');
}

export function reasonLine(node: ConditionNode): ReasonLine {
  const outcome = (l: Lang) => message(l, `funding.outcome_${node.outcome}`);
  const text = node.group
    ? messageBoth(`funding.group_${node.group}`, (l) => ({ outcome: outcome(l) }))
    : messageBoth('funding.reasonCompare', (l) => ({
        field: fieldLabel(l, node.field!),
        actual: formatFact(l, node.field!, node.actual ?? null),
        op: message(l, `funding.op_${node.op}`),
        expected: expectedText(l, node),
        outcome: outcome(l),
      }));
  return { ...node, text };
}

/** The one reason a programme without conditions has. */
export const OPEN_TO_ALL: ReasonLine = {
  depth: 0,
  outcome: 'met',
  text: messageBoth('funding.noConditions'),
};
