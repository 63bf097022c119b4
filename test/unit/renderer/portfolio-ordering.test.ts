/**
 * The portfolio's ordering and urgency: a missing figure stays last whichever way a column is
 * sorted (antd reverses the comparison for a descending sort), days are counted in calendar days
 * across month ends, and the urgency bands say overdue, today, within a week or later.
 */
import { describe, expect, it } from 'vitest';
import { daysUntil, SOON_DAYS, urgencyOf } from '../../../renderer/portfolio/deadline-days';
import { byNumber, nullsLast } from '../../../renderer/portfolio/null-last-sorter';

type Row = { name: string; score: number | null };
const rows: Row[] = [
  { name: 'a', score: 40 },
  { name: 'b', score: null },
  { name: 'c', score: 12.5 },
  { name: 'd', score: null },
  { name: 'e', score: 87 },
];

/** What antd does with a column sorter: compare, and negate the result when descending. */
function sortAsAntd(order: 'ascend' | 'descend'): string[] {
  const compare = nullsLast((r: Row) => r.score, byNumber);
  return [...rows]
    .sort((x, y) => (order === 'descend' ? -compare(x, y, order) : compare(x, y, order)))
    .map((r) => r.name);
}

describe('nullsLast', () => {
  it('orders the figures both ways and leaves the missing ones at the bottom, in their order', () => {
    expect(sortAsAntd('ascend')).toEqual(['c', 'a', 'e', 'b', 'd']);
    expect(sortAsAntd('descend')).toEqual(['e', 'a', 'c', 'b', 'd']);
  });
});

describe('deadline days', () => {
  it('counts calendar days, across a month end and a leap day', () => {
    expect(daysUntil('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysUntil('2026-04-15', '2026-03-10')).toBe(36);
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
    expect(daysUntil('2026-03-09', '2026-03-10')).toBe(-1);
  });

  it('bands the urgency: overdue, today, within a week, later', () => {
    expect([-3, -1, 0, 1, SOON_DAYS, SOON_DAYS + 1, 400].map(urgencyOf)).toEqual([
      'overdue',
      'overdue',
      'today',
      'soon',
      'soon',
      'later',
      'later',
    ]);
  });
});
