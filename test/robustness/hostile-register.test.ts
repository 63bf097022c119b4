/**
 * The quick run of the hostile register files (hostile-register-suite.ts): about a hundred
 * mutated inputs per format previewed and imported through the Core; every figure must be met.
 */
import { expect, it } from 'vitest';
import { met } from './robustness-figures';
import { suite } from './hostile-register-suite';

it('hostile CSV, GBK CSV and XLSX files are refused with a specific error or imported as valid rows', async () => {
  const figures = await suite({ quick: true, seed: 20261207, log: () => {} });
  const missed = figures
    .filter((f) => !met(f))
    .map((f) => `${f.measure}: ${f.value} — ${(f.examples ?? []).slice(0, 5).join(' / ')}`);
  expect(missed).toEqual([]);
  expect(figures.find((f) => f.measure === 'xlsx: inputs tried')?.value).toBeGreaterThanOrEqual(100);
}, 120_000);
