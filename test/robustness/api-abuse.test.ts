import { expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './api-abuse-suite';

it('refuses every invalid payload on every API method, with nothing written or polluted', async () => {
  const figures = await suite({ quick: true, seed: 20261207, log: () => {} });
  const missed = figures.filter((f) => !met(f));
  expect(missed.map((f) => `${f.measure}: ${f.value} ${JSON.stringify(f.examples ?? [])}`)).toEqual([]);
  expect(figures.find((f) => f.measure === 'calls')!.value).toBeGreaterThanOrEqual(20 * 92);
}, 60_000);
