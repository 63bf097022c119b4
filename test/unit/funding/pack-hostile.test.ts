/**
 * Rule-pack text found by the hostile-documents suite: a value whose own toString is not a
 * function, and arrays nested far past any pack — refused with their place, not as internal errors.
 */
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped/index';

const pack = () => structuredClone(SHIPPED_PACKS[0]!) as unknown as { programmes: Record<string, unknown>[] };

describe('hostile rule packs', () => {
  it('a condition field that is an object with a toString of its own is an unknown field', () => {
    const p = pack();
    p.programmes[0]!.eligibility = { field: { toString: 3 }, op: 'eq', value: 1 };
    const parsed = parsePackText(JSON.stringify(p));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({
        path: ['programmes', 0, 'eligibility', 'field'],
        key: 'funding.unknownField',
        params: expect.objectContaining({ field: '{…}' }),
      }),
    );
  });

  it('arrays nested 100,000 deep are refused at the first level past 64', () => {
    const p = pack();
    p.programmes[0]!.notes = '\u0000deep';
    const depth = 100_000;
    const text = JSON.stringify(p).replace('"\\u0000deep"', '['.repeat(depth) + ']'.repeat(depth));
    const parsed = parsePackText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      {
        path: ['programmes', 0, 'notes', ...Array<number>(61).fill(0)],
        key: 'funding.conditionDepth',
        params: { maximum: 64 },
      },
    ]);
  });
});
