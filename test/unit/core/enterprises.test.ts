import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YUAN } from '../../../shared/money';
import type { CoreEvent } from '../../../shared/api/events';
import { makeUscc, refUsccCheckChar, shenzhenUscc } from '../shared/gb-codes';
import {
  DAY,
  enterpriseNames,
  everyEnterprise,
  expectAppError,
  fakeClock,
  readRaw,
  sampleEnterprise,
  tempWorkspace,
} from './helpers';

interface RawYear {
  year: number;
  employees: number | null;
  revenue_fen: number | null;
  output_value_fen: number | null;
  new_product_output_fen: number | null;
  rnd_fen: number | null;
  fixed_assets_fen: number | null;
}
const rawYears = (file: string, id: number) =>
  readRaw(
    file,
    (db) =>
      db
        .prepare('SELECT * FROM enterprise_year WHERE enterprise_id = ? ORDER BY year')
        .all(id) as (RawYear & {
        enterprise_id: number;
      })[],
  );
const rawEnergy = (file: string, id: number) =>
  readRaw(file, (db) =>
    db
      .prepare(
        'SELECT year, source, quantity FROM enterprise_energy WHERE enterprise_id = ? ORDER BY year, source',
      )
      .all(id),
  );

describe('enterprise profiles on a real workspace', () => {
  it('creates, reads and lists an enterprise with its yearly figures', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2025-04-01T09:00:00.000Z');
    const core = await ws.open({ now: clock.now });
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    const uscc = shenzhenUscc(7);

    const created = await core.call(
      'enterprise.create',
      sampleEnterprise('深圳市南山精密制造有限公司', {
        nameEn: 'Nanshan Precision',
        uscc: uscc.toLowerCase(),
      }),
    );

    expect(created).toMatchObject({
      name: '深圳市南山精密制造有限公司',
      nameEn: 'Nanshan Precision',
      uscc,
      usccWarnings: [],
      district: 'nanshan',
      cityOutside: null,
      industryDivision: '39',
      manufacturingType: 'discrete',
      createdAt: '2025-04-01T09:00:00.000Z',
      updatedAt: '2025-04-01T09:00:00.000Z',
    });
    expect(created.years.map((y) => y.year)).toEqual([2023, 2022]);
    expect(created.years[0]).toMatchObject({
      employees: 320,
      revenueYuan: 25_000_000.5,
      outputValueYuan: 30_000_000,
      newProductOutputYuan: 9_000_000.07,
      rndYuan: null,
      fixedAssetsYuan: null,
      energy: [{ source: 'electricity', quantity: 1_250_000 }],
      newProductRate: { numerator: 9_000_000.07, denominator: 30_000_000 },
    });
    // 320 employees and ¥25m: medium (≥300 and ≥¥20m); 2022 had 280: small.
    expect(created.years.map((y) => y.sizeClass?.size)).toEqual(['medium', 'small']);
    expect(created.sizeClass).toMatchObject({ size: 'medium', year: 2023 });
    expect(await core.call('enterprise.get', { id: created.id })).toEqual(created);
    expect(await core.call('enterprise.list', {})).toEqual([
      {
        id: created.id,
        name: created.name,
        nameEn: 'Nanshan Precision',
        uscc,
        district: 'nanshan',
        cityOutside: null,
        industryDivision: '39',
        latestYear: 2023,
        employees: 320,
        revenueYuan: 25_000_000.5,
        sizeClass: 'medium',
        updatedAt: created.updatedAt,
      },
    ]);
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'enterprises' });
  });

  it('stores amounts as integer fen and returns exactly the yuan that were sent', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const { id } = await core.call('enterprise.create', { name: 'A' });
    const arbFen = fc.oneof(
      fc.constant(null),
      fc.bigInt({ min: 0n, max: BigInt(MAX_YUAN * 100) }).map(Number),
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(arbFen, arbFen, arbFen, arbFen, arbFen), async (fen) => {
        const [revenue, output, newProduct, rnd, fixed] = fen.map((f) => (f === null ? null : f / 100));
        const year = {
          year: 2024,
          revenueYuan: revenue,
          outputValueYuan: output,
          newProductOutputYuan: newProduct,
          rndYuan: rnd,
          fixedAssetsYuan: fixed,
        };
        const updated = await core.call<'enterprise.update'>('enterprise.update', {
          id,
          changes: { years: [year] },
        });
        expect(updated.years[0]).toMatchObject(year);
        const [raw] = rawYears(ws.file, id);
        expect([
          raw!.revenue_fen,
          raw!.output_value_fen,
          raw!.new_product_output_fen,
          raw!.rnd_fen,
          raw!.fixed_assets_fen,
        ]).toEqual(fen);
        for (const v of fen) if (v !== null) expect(Number.isInteger(v)).toBe(true);
      }),
      { numRuns: 60 },
    );
    const typeof_ = readRaw(ws.file, (db) =>
      db
        .prepare('SELECT typeof(revenue_fen) FROM enterprise_year WHERE revenue_fen IS NOT NULL')
        .pluck()
        .all(),
    );
    for (const t of typeof_) expect(t).toBe('integer');
  });

  it('updates only the fields given; `years` replaces the whole list', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2025-04-01T09:00:00.000Z');
    const core = await ws.open({ now: clock.now });
    const created = await core.call('enterprise.create', sampleEnterprise('A', { nameEn: 'A Ltd' }));

    clock.advance(60_000);
    const renamed = await core.call('enterprise.update', {
      id: created.id,
      changes: { nameEn: '  A Co.  ' },
    });
    expect(renamed).toEqual({ ...created, nameEn: 'A Co.', updatedAt: '2025-04-01T09:01:00.000Z' });

    const cleared = await core.call('enterprise.update', {
      id: created.id,
      changes: { nameEn: '', industryDivision: null },
    });
    expect(cleared).toMatchObject({ nameEn: null, industryDivision: null, years: created.years });

    const newYears = [
      {
        year: 2024,
        employees: 1000,
        revenueYuan: 400_000_000,
        energy: [{ source: 'steam' as const, quantity: 12.5 }],
      },
    ];
    const replaced = await core.call<'enterprise.update'>('enterprise.update', {
      id: created.id,
      changes: { years: newYears },
    });
    expect(replaced.years.map((y) => y.year)).toEqual([2024]);
    expect(replaced.sizeClass).toMatchObject({ size: 'large', year: 2024 });
    expect(rawYears(ws.file, created.id).map((y) => y.year)).toEqual([2024]);
    expect(rawEnergy(ws.file, created.id)).toEqual([{ year: 2024, source: 'steam', quantity: 12.5 }]);

    const emptied = await core.call('enterprise.update', { id: created.id, changes: { years: [] } });
    expect(emptied.years).toEqual([]);
    expect(emptied.sizeClass).toBeNull();
    expect(rawEnergy(ws.file, created.id)).toEqual([]);
    expect(emptied.createdAt).toBe(created.createdAt);
  });

  it('keeps a city outside Shenzhen only while the district is "outside"', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const inside = await core.call('enterprise.create', {
      name: 'A',
      district: 'nanshan',
      cityOutside: '东莞',
    });
    expect(inside.cityOutside).toBeNull();
    const outside = await core.call('enterprise.update', {
      id: inside.id,
      changes: { district: 'outside', cityOutside: '东莞' },
    });
    expect(outside).toMatchObject({ district: 'outside', cityOutside: '东莞' });
    const back = await core.call('enterprise.update', { id: inside.id, changes: { district: 'futian' } });
    expect(back).toMatchObject({ district: 'futian', cityOutside: null });
    const stray = await core.call('enterprise.update', { id: inside.id, changes: { cityOutside: '惠州' } });
    expect(stray).toMatchObject({ district: 'futian', cityOutside: null });
  });

  it('keeps credit codes unique among live enterprises', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const uscc = shenzhenUscc(1);
    const first = await core.call('enterprise.create', { name: '第一家', uscc });

    const taken = await expectAppError(
      core.call('enterprise.create', { name: '第二家', uscc: ` ${uscc.toLowerCase()}` }),
      'VALIDATION',
    );
    expect(taken.issues).toEqual([
      { path: ['uscc'], key: 'enterprise.usccTaken', params: { name: '第一家' } },
    ]);
    const second = await core.call('enterprise.create', { name: '第二家', uscc: shenzhenUscc(2) });
    await expectAppError(core.call('enterprise.update', { id: second.id, changes: { uscc } }), 'VALIDATION');
    // Saving an enterprise with its own code is not a conflict; clearing a code is always allowed.
    expect(
      (await core.call('enterprise.update', { id: first.id, changes: { uscc, name: '第一家（新名）' } }))
        .uscc,
    ).toBe(uscc);
    expect(
      (await core.call('enterprise.update', { id: second.id, changes: { uscc: null } })).uscc,
    ).toBeNull();
    await core.call('enterprise.create', { name: '无代码甲' });
    await core.call('enterprise.create', { name: '无代码乙', uscc: '' });

    // A deleted enterprise's code is free again…
    await core.call('enterprise.delete', { id: first.id });
    const again = await core.call('enterprise.create', { name: '重新登记', uscc });
    // …so bringing the deleted one back would clash, and is refused, leaving it deleted.
    const clash = await expectAppError(core.call('enterprise.undoDelete', { id: first.id }), 'VALIDATION');
    expect(clash.issues[0]).toMatchObject({ key: 'enterprise.usccTaken', params: { name: '重新登记' } });
    await expectAppError(core.call('enterprise.get', { id: first.id }), 'NOT_FOUND');
    expect(await enterpriseNames(core)).toEqual(
      ['第二家', '无代码甲', '无代码乙', '重新登记'].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(again.uscc).toBe(uscc);
  });

  it('reports a doubtful organisation code as a warning on the stored profile', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const first17 = makeUscc('91', '440300', '19220382').slice(0, 16) + '7';
    const uscc = first17 + refUsccCheckChar(first17);
    const created = await core.call('enterprise.create', { name: 'A', uscc });
    expect(created.uscc).toBe(uscc);
    expect(created.usccWarnings).toEqual([
      { code: 'uscc.orgCheck', params: { position: 17, found: '7', expected: '1' } },
    ]);
  });

  it('delete hides an enterprise; undoDelete brings it back unchanged', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock();
    const core = await ws.open({ now: clock.now });
    const a = await core.call('enterprise.create', sampleEnterprise('A', { uscc: shenzhenUscc(3) }));
    await core.call('enterprise.create', sampleEnterprise('B'));

    clock.advance(60_000);
    expect(await core.call('enterprise.delete', { id: a.id })).toEqual({ id: a.id, name: 'A' });
    expect(await enterpriseNames(core)).toEqual(['B']);
    await expectAppError(core.call('enterprise.get', { id: a.id }), 'NOT_FOUND');
    await expectAppError(core.call('enterprise.update', { id: a.id, changes: { name: 'X' } }), 'NOT_FOUND');
    await expectAppError(core.call('enterprise.delete', { id: a.id }), 'NOT_FOUND');

    expect(await core.call('enterprise.undoDelete', { id: a.id })).toEqual(a);
    expect(await enterpriseNames(core)).toEqual(['A', 'B']);
    expect(await core.call('enterprise.undoDelete', { id: a.id })).toEqual(a); // nothing to undo: no change
    await expectAppError(core.call('enterprise.undoDelete', { id: 4242 }), 'NOT_FOUND');
  });

  it('lists by name, ignoring case', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    for (const name of ['beta', 'Alpha', 'gamma', 'Beta2']) await core.call('enterprise.create', { name });
    expect(await enterpriseNames(core)).toEqual(['Alpha', 'beta', 'Beta2', 'gamma']);
  });

  it('keeps everything across close and reopen', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    await core.call('enterprise.create', sampleEnterprise('A', { uscc: shenzhenUscc(4) }));
    await core.call('enterprise.create', sampleEnterprise('B', { district: 'outside', cityOutside: '东莞' }));
    const deleted = await core.call('enterprise.create', sampleEnterprise('C'));
    await core.call('enterprise.delete', { id: deleted.id });
    const before = await everyEnterprise(core);
    expect(before.map((e) => e.name)).toEqual(['A', 'B']);
    core.close();

    const reopened = await ws.open();
    expect(await everyEnterprise(reopened)).toEqual(before);
    expect((await reopened.call('enterprise.undoDelete', { id: deleted.id })).name).toBe('C');
  });

  it('purges, on open, enterprises deleted longer ago than keepDeletedMs, with their figures', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2025-01-01T00:00:00.000Z');
    const options = { now: clock.now, keepDeletedMs: 10 * DAY };
    const core = await ws.open(options);
    const old = await core.call('enterprise.create', sampleEnterprise('早删的'));
    const recent = await core.call('enterprise.create', sampleEnterprise('近删的'));
    const live = await core.call('enterprise.create', sampleEnterprise('在用的'));
    await core.call('enterprise.delete', { id: old.id });
    clock.advance(8 * DAY);
    await core.call('enterprise.delete', { id: recent.id });
    core.close();

    clock.advance(3 * DAY); // old: deleted 11 days ago; recent: 3 days ago
    const reopened = await ws.open(options);
    const rows = readRaw(ws.file, (db) => db.prepare('SELECT id FROM enterprise ORDER BY id').pluck().all());
    expect(rows).toEqual([recent.id, live.id]);
    expect(rawYears(ws.file, old.id)).toEqual([]);
    expect(rawEnergy(ws.file, old.id)).toEqual([]);
    expect(rawYears(ws.file, recent.id)).toHaveLength(2);
    await expectAppError(reopened.call('enterprise.undoDelete', { id: old.id }), 'NOT_FOUND');
    expect(await reopened.call('enterprise.undoDelete', { id: recent.id })).toEqual(recent);
  });
});
