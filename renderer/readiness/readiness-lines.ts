/**
 * A readiness score in words and chart rows: what each input earned and why (the formula, applied
 * to the enterprise's own figures), the policy clauses behind an action, and the actions worth
 * showing first.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/messages';
import type {
  ReadinessAction,
  ReadinessInputResult,
  ReadinessScore,
} from '../../shared/readiness/compute-readiness';
import type { ClauseCitation } from '../../shared/readiness/policy-clauses';
import { amountText, inLang, numberText } from '../dashboard/figure-text';

/** Points are cut to tenths by the formula; shown the same way. */
export const pointsText = (n: number, lang: Lang): string => numberText(lang, n, 1);

export interface BreakdownRow {
  key: string;
  label: string;
  earned: number;
  missing: number;
}

/**
 * A label short enough for a chart axis: the part before a parenthesis. The full label, with what
 * the parenthesis says, is in the formula lines under the chart.
 */
export function axisLabel(label: string): string {
  const short = label.replace(/\s*[（(].*$/, '').trim();
  // A space beside a Han character ("IE3 及以上") would let the axis break the label there.
  return (short === '' ? label : short).replace(/ (?=[\u2e80-\u9fff])|(?<=[\u2e80-\u9fff]) /g, '\u00a0');
}

export function breakdownRows(score: ReadinessScore, lang: Lang): BreakdownRow[] {
  return score.inputs.map((i) => ({
    key: i.key,
    label: axisLabel(inLang(i.label, lang)),
    earned: i.points,
    // Tenths, so that float noise never shows a sliver of "missing" on a full bar.
    missing: Math.round((i.maxPoints - i.points) * 10) / 10,
  }));
}

/** How one input earned its points, with the figure, the target and the result. */
export function inputLine(t: TFunction, lang: Lang, input: ReadinessInputResult): string {
  const common = {
    ns: 'shared' as const,
    label: inLang(input.label, lang),
    max: pointsText(input.maxPoints, lang),
    points: pointsText(input.points, lang),
  };
  const s = input.source;
  if (s.kind === 'measure') {
    const unit = input.measure?.units.value ?? 'share';
    if (input.value === null) {
      return t(s.whenEmpty === 'full' ? 'readiness.inputNothingToFix' : 'readiness.inputNoData', common);
    }
    return t('readiness.inputMeasure', {
      ...common,
      value: amountText(t, lang, unit, input.value),
      fullAt: amountText(t, lang, unit, s.fullAt),
    });
  }
  if (input.value === null || input.answers === null) return t('readiness.inputNoAssessment', common);
  return t('readiness.inputAnswers', {
    ...common,
    value: numberText(lang, input.value, 2, 2),
    answered: input.answers.answered,
    questions: input.answers.questions,
  });
}

export interface ClauseGroup {
  citation: string;
  title: string;
  /** The passages of this clause the action rests on, word for word. */
  quotes: string[];
}

/** One entry per clause, in the order first cited, with every passage quoted. */
export function clauseGroups(clauses: readonly ClauseCitation[], lang: Lang): ClauseGroup[] {
  const groups = new Map<string, ClauseGroup>();
  for (const c of clauses) {
    const group = groups.get(c.citation) ?? {
      citation: c.citation,
      title: inLang(c.title, lang),
      quotes: [],
    };
    const quote = inLang(c.quote, lang);
    if (!group.quotes.includes(quote)) group.quotes.push(quote);
    groups.set(c.citation, group);
  }
  return [...groups.values()];
}

/** How many actions a score shows before "show all". */
export const TOP_ACTIONS = 3;

export function visibleActions(
  actions: readonly ReadinessAction[],
  all: boolean,
): readonly ReadinessAction[] {
  return all ? actions : actions.slice(0, TOP_ACTIONS);
}
