import { expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './exports-suite';

it('writes no cell a spreadsheet would run and no file outside its folder', async () => {
  const figures = await suite({ quick: true, seed: 20261207, log: () => {} });
  const missed = figures.filter((f) => !met(f));
  expect(missed.map((f) => `${f.measure}: ${f.value} ${JSON.stringify(f.examples ?? [])}`)).toEqual([]);
}, 60_000);
