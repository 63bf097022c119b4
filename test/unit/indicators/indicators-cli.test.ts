/**
 * `indicators --json` on the fixture registers, checked against the indicators computed here, plainly
 * and independently of shared/indicators, from the fixtures' truth files and DOMAIN.md §4, §5, §7.
 */
import { describe, expect, it } from 'vitest';
import { fixture, importFile, openStore } from '../register-store/store-helpers';
import {
  DESIGN_LIFE_YEARS,
  MOTOR_DRIVEN_CATEGORIES,
  PRODUCTION_CATEGORIES,
  readTruth,
} from '../support/domain-truth';
import { cli } from '../support/cli-runner';

const FIGURES = {
  year: 2025,
  employees: 320,
  outputValueYuan: 30_000_000,
  newProductOutputYuan: 9_000_000.07,
  energy: [
    { source: 'electricity' as const, quantity: 1_250_000 },
    { source: 'natural_gas' as const, quantity: 12_000 },
    { source: 'coal' as const, quantity: 30_000 },
  ],
};

interface TruthRow {
  name: string;
  category: string;
  quantity: number;
  year: number | null;
  rated_kw: number | null;
  efficiency_class: string | null;
  cnc: boolean;
  networked: boolean;
  status: string;
  original_value_yuan: number | null;
}

const share = (numerator: number, denominator: number) => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
});

/** The issue's indicators for reference year 2026, from the truth rows and FIGURES. */
function expected(truth: TruthRow[]) {
  const inService = truth.filter((r) => r.status === '在用' || r.status === '维修中');
  const sum = (rows: TruthRow[], weight: (r: TruthRow) => number) => rows.reduce((n, r) => n + weight(r), 0);
  const qty = (r: TruthRow) => r.quantity;
  const kw = (r: TruthRow) => (r.rated_kw ?? 0) * r.quantity;
  const value = (r: TruthRow) => r.original_value_yuan ?? 0;

  const production = inService.filter((r) => PRODUCTION_CATEGORIES.includes(r.category));
  const cnc = production.filter((r) => r.cnc || r.category === 'robot');
  const networked = cnc.filter((r) => r.networked);
  const robots = sum(
    inService.filter((r) => r.category === 'robot'),
    qty,
  );
  const motors = inService.filter((r) => MOTOR_DRIVEN_CATEGORIES.includes(r.category) && r.rated_kw !== null);
  const classed = motors.filter((r) => r.efficiency_class !== null);
  const compliant = classed.filter((r) => ['IE3', 'IE4', 'IE5'].includes(r.efficiency_class as string));
  const unclassed = motors.filter((r) => r.efficiency_class === null);
  const dated = inService.filter((r) => r.year !== null);
  const overAge = dated.filter((r) => 2026 - (r.year as number) > (DESIGN_LIFE_YEARS[r.category] as number));
  const valued = production.filter((r) => r.original_value_yuan !== null);
  const valuedCnc = valued.filter((r) => r.cnc || r.category === 'robot');
  const dieselGenerators = inService.filter((r) => r.category === 'generator' && r.name.includes('柴油'));
  const coalOilBoilers = inService.filter(
    (r) => r.category === 'boiler' && (r.name.includes('燃煤') || r.name.includes('燃油')),
  );
  const belowIe3 = inService.filter(
    (r) =>
      MOTOR_DRIVEN_CATEGORIES.includes(r.category) && ['IE1', 'IE2'].includes(r.efficiency_class as string),
  );
  // tce: 1,250,000 kWh × 0.1229 + 12,000 m³ × 1.2143 + 30,000 kg × 0.7143, in kgce ÷ 1000.
  const tce = (1_250_000 * 0.1229 + 12_000 * 1.2143 + 30_000 * 0.7143) / 1000;
  return {
    nc_rate: share(sum(cnc, qty), sum(production, qty)),
    networking_rate: share(sum(networked, qty), sum(cnc, qty)),
    robot_density: { ...share(robots, 320), value: (robots * 10_000) / 320 },
    motor_ie3_share: {
      ...share(sum(compliant, kw), sum(classed, kw)),
      unknown_share: sum(unclassed, kw) / sum(motors, kw),
    },
    over_age_share: share(sum(overAge, qty), sum(dated, qty)),
    automated_value_share: share(sum(valuedCnc, value), sum(valued, value)),
    new_product_output_rate: share(9_000_000.07, 30_000_000),
    energy_intensity: share(tce, 3000),
    diesel_generators: sum(dieselGenerators, qty),
    coal_oil_boilers: sum(coalOilBoilers, qty),
    motors_below_ie3: sum(belowIe3, qty),
  };
}

/** Equal key for key; sums of decimals are compared to within float noise. */
function expectClose(actual: unknown, want: unknown, path = ''): void {
  if (typeof want === 'number' && typeof actual === 'number') {
    expect(actual, path).toBeCloseTo(want, 6);
    return;
  }
  if (want !== null && typeof want === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(want).sort());
    for (const [k, v] of Object.entries(want))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(want);
}

async function fixtureWorkspace(file: string) {
  const store = await openStore();
  await store.core.call('enterprise.update', { id: store.enterpriseId, changes: { years: [FIGURES] } });
  const imported = await importFile(store.core, store.enterpriseId, fixture(file));
  expect(imported.rejectedCount).toBe(0);
  // The CLI opens the file as a program of its own: everything must be in the main file.
  store.core.close();
  return store;
}

describe('indicators --json on the fixture registers', () => {
  it.each([
    ['register-standard-200.csv', 'register-standard-200.truth.jsonl'],
    ['register-messy-300.xlsx', 'register-messy-300.truth.jsonl'],
    ['register-messy-120-gbk.csv', 'register-messy-120-gbk.truth.jsonl'],
  ])('%s matches its truth file', async (file, truthFile) => {
    const { ws, enterpriseId } = await fixtureWorkspace(file);
    const r = await cli(
      'indicators',
      '--db',
      ws.file,
      '--enterprise',
      String(enterpriseId),
      '--year',
      '2026',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    const want = expected(readTruth<TruthRow>(fixture(truthFile)));
    expect(Object.keys(json)).toEqual(Object.keys(want));
    expectClose(json, want);
    // The fixtures hold every kind of seed target: the comparison is not of zeros.
    expect(want.diesel_generators).toBeGreaterThan(0);
    expect(want.coal_oil_boilers).toBeGreaterThan(0);
    expect(want.motors_below_ie3).toBeGreaterThan(0);
  });

  it('prints a table in the CLI language, and defaults the reference year to this year', async () => {
    const { ws, enterpriseId } = await fixtureWorkspace('register-standard-200.csv');
    const id = String(enterpriseId);
    process.env.RETROFIT_LANG = 'zh-CN';
    const zh = await cli('indicators', '--db', ws.file, '--enterprise', id);
    process.env.RETROFIT_LANG = 'en';
    const en = await cli('indicators', '--db', ws.file, '--enterprise', id);
    delete process.env.RETROFIT_LANG;
    const year = new Date().getFullYear();
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`指标（基准年 ${year}）`);
    expect(zh.stdout).toContain('生产设备数控化率');
    expect(zh.stdout).toContain('工业和信息化部，2022-02-28');
    expect(zh.stdout).toContain('折标准煤系数：GB/T 2589-2020，电力当量值');
    expect(en.stdout).toContain(`Indicators (reference year ${year})`);
    expect(en.stdout).toContain('Motors below IE3 in service');
    expect(en.stdout).toContain('IFR World Robotics 2024');
  });

  it('reports mistakes as the other commands do', async () => {
    const { ws, enterpriseId } = await fixtureWorkspace('register-messy-120-gbk.csv');
    const id = String(enterpriseId);
    expect((await cli('indicators', '--db', ws.file, '--json')).code).toBe(2);
    expect((await cli('indicators', '--db', ws.file, '--enterprise', id, '--year', '20x6')).code).toBe(2);
    expect((await cli('indicators', 'show', '--db', ws.file, '--enterprise', id)).code).toBe(2);
    const missing = await cli('indicators', '--db', ws.file, '--enterprise', '99', '--json');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(missing.stderr).error).toMatchObject({
      code: 'NOT_FOUND',
      params: { what: 'enterprise' },
    });
    const early = await cli('indicators', '--db', ws.file, '--enterprise', id, '--year', '1800', '--json');
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stderr).error.issues[0]).toMatchObject({
      path: ['year'],
      key: 'validation.too_small',
    });
  });
});
