import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../shared/funding/json-error-offset';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"id": x}', 7],
    ["{'id': 1}", 1],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": "tab\there"}', 10],
    ['{"a": "\\q"}', 7],
    ['{"a": 01}', 7],
    ['{"a": 1} x', 9],
    ['', 0],
  ])('finds where %j goes wrong', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) === null).toBe(valid);
        },
      ),
      { seed: 20251128, numRuns: 2000 },
    );
  });
});
