/**
 * How far a requirement is met, and what each answer is worth (DOMAIN.md §6: 1 / 0.8 / 0.5 / 0,
 * commonly cited for GB/T 39117-2020 **[verify]**). Stored by code, so that a change of value is a
 * change of this table and never of the answers kept in a workspace.
 */
export const RATINGS = [
  { code: 'fully', value: 1, zh: '完全满足', en: 'Fully met' },
  { code: 'mostly', value: 0.8, zh: '大部分满足', en: 'Mostly met' },
  { code: 'partly', value: 0.5, zh: '部分满足', en: 'Partly met' },
  { code: 'not_met', value: 0, zh: '不满足', en: 'Not met' },
] as const;

export type RatingCode = (typeof RATINGS)[number]['code'];
export const RATING_CODES = RATINGS.map((r) => r.code) as [RatingCode, ...RatingCode[]];

const VALUE_OF = new Map<RatingCode, number>(RATINGS.map((r) => [r.code, r.value]));

/** An unanswered question counts as not met: a level is reached by what was shown, not assumed. */
export function ratingValue(rating: RatingCode | null | undefined): number {
  return rating ? (VALUE_OF.get(rating) ?? 0) : 0;
}
