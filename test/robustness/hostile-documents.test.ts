/**
 * The quick run of the hostile-documents suite (~100 mutated inputs per format): CI fails when a
 * `.retrofit` file, a rule pack or a Word template crashes or hangs the core, changes the workspace
 * while being refused, is refused without a specific message, or writes outside the chosen output.
 */
import { describe, expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './hostile-documents-suite';

describe('hostile documents (quick run)', () => {
  it('every figure is met', { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const figures = await suite({ quick: true, seed: 20261207, log: (l) => lines.push(l) });
    const missed = figures.filter((f) => !met(f));
    expect(
      missed.map(
        (f) => `${f.measure}: ${f.value} ${JSON.stringify(f.required)} ${f.examples?.join(' | ') ?? ''}`,
      ),
      lines.join('\n'),
    ).toEqual([]);
    for (const format of ['.retrofit', 'rule-pack JSON', 'Word template']) {
      const count = (m: string) => figures.find((f) => f.measure === `${format}: ${m}`)!.value;
      expect(count('inputs tried')).toBeGreaterThanOrEqual(100);
      // Both outcomes occur: a suite that only ever refuses (or only accepts) tests nothing.
      expect(count('accepted')).toBeGreaterThan(0);
      expect(count('rejected')).toBeGreaterThan(0);
      expect(count('accepted') + count('rejected')).toBe(count('inputs tried'));
    }
  });
});
