import { expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './host-suite';

it('refuses every request from outside the page it served and binds to loopback only', async () => {
  const figures = await suite({ quick: true, seed: 20261207, log: () => {} });
  const missed = figures.filter((f) => !met(f));
  expect(missed.map((f) => `${f.measure}: ${f.value} ${JSON.stringify(f.examples ?? [])}`)).toEqual([]);
}, 60_000);
