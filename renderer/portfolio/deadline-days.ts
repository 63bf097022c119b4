/**
 * How near a deadline is, counted in calendar days from the user's today, and how urgent that is:
 * the list's colour follows it (overdue in red, a week or less in orange).
 */
import dayjs from 'dayjs';

export type DeadlineUrgency = 'overdue' | 'today' | 'soon' | 'later';

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative once it has passed. */
export function daysUntil(date: string, today: string): number {
  return dayjs(date).diff(dayjs(today), 'day');
}

/** A week is the time a consultant needs to chase a client for a signature or a document. */
export const SOON_DAYS = 7;

export function urgencyOf(days: number): DeadlineUrgency {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

export const todayText = (now: Date = new Date()): string => dayjs(now).format('YYYY-MM-DD');
