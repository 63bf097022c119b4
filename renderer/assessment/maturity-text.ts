/**
 * The maturity model's names and scores in words: level, element, sub-domain and rating names come
 * from the shared model in both languages; scores keep two decimals, as the bands are written.
 */
import type { TFunction } from 'i18next';
import { RATINGS, type RatingCode } from '../../shared/assessment/answer-ratings';
import {
  ELEMENTS,
  LEVELS,
  SUB_DOMAINS,
  type ElementCode,
  type Level,
  type SubDomainCode,
} from '../../shared/assessment/cmmm-structure';
import type { Lang } from '../../shared/i18n/messages';
import { inLang, numberText } from '../dashboard/figure-text';

const byCode = <T extends { code: string }>(list: readonly T[]) => new Map(list.map((x) => [x.code, x]));
const RATING = byCode(RATINGS);
const ELEMENT = byCode(ELEMENTS);
const SUB_DOMAIN = byCode(SUB_DOMAINS);

export const ratingText = (code: RatingCode, lang: Lang): string => inLang(RATING.get(code)!, lang);
export const elementText = (code: ElementCode, lang: Lang): string => inLang(ELEMENT.get(code)!, lang);
export const subDomainText = (code: SubDomainCode, lang: Lang): string => inLang(SUB_DOMAIN.get(code)!, lang);

/** "L2 规范级": short, for tags beside a question. */
export const levelTag = (level: Level, lang: Lang): string => `L${level} ${inLang(LEVELS[level - 1]!, lang)}`;

/** "二级（规范级）", or that level 1 is not reached. */
export function levelText(t: TFunction, lang: Lang, level: Level | 0): string {
  if (level === 0) return t('selfAssessment.levelNone', { ns: 'shared' });
  return t('selfAssessment.levelWithName', {
    ns: 'shared',
    number: t(`selfAssessment.level_${level}`, { ns: 'shared' }),
    name: inLang(LEVELS[level - 1]!, lang),
  });
}

/** A score on the 0–5 scale or a level's 0–1, to two decimals. */
export const scoreText = (n: number, lang: Lang): string => numberText(lang, n, 2, 2);

/** A change between two scores, signed: "+0.40", "−0.25", "0.00". */
export function deltaText(n: number, lang: Lang): string {
  const shown = scoreText(Math.abs(n), lang);
  if (Math.abs(n) < 0.005) return scoreText(0, lang);
  return `${n > 0 ? '+' : '−'}${shown}`;
}
