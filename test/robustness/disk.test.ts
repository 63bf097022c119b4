import { expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './disk-suite';

it('disk: the quick run reaches every figure', async () => {
  const figures = await suite({ quick: true, seed: 20261207, log: () => {} });
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.filter((f) => !met(f))).toEqual([]);
}, 120_000);
