/**
 * Column sorters for a table whose figures may be missing (no register, no assessment, no open
 * project): missing ones stay at the bottom in both directions, since "no figure" is neither
 * the best nor the worst.
 */
import type { SortOrder } from 'antd/es/table/interface';

export function nullsLast<T, V>(
  value: (row: T) => V | null,
  compare: (a: V, b: V) => number,
): (a: T, b: T, order?: SortOrder) => number {
  return (a, b, order) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) {
      if (x === y) return 0;
      // antd reverses the comparison when descending: undo that for the missing ones.
      const last = x === null ? 1 : -1;
      return order === 'descend' ? -last : last;
    }
    return compare(x, y);
  };
}

export const byNumber = (a: number, b: number) => a - b;
