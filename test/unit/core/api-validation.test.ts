import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { MAX_YUAN } from '../../../shared/money';
import type { WireError } from '../../../shared/api/errors';
import { LANGS, message } from '../../../shared/i18n/messages';
import { expectWireError, readRaw, sampleEnterprise, tempWorkspace } from './helpers';

const enterpriseRows = (file: string) =>
  readRaw(file, (db) => db.prepare('SELECT count(*) FROM enterprise').pluck().get() as number);
const yearRows = (file: string) =>
  readRaw(file, (db) => db.prepare('SELECT count(*) FROM enterprise_year').pluck().get() as number);

/** No stack, no message text, no file paths: only code, parameters and field issues. */
function expectCleanWire(wire: WireError): void {
  expect(Object.keys(wire).sort()).toEqual(['code', 'issues', 'params']);
  const json = JSON.stringify(wire);
  expect(json).not.toMatch(/stack|\bat .*\.ts:\d+|node_modules|SqliteError/);
  for (const issue of wire.issues) {
    expect(Object.keys(issue).sort()).toEqual(['key', 'params', 'path']);
    for (const lang of LANGS) expect(message(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
  }
}

async function openWithOne() {
  const ws = tempWorkspace();
  const core = await ws.open();
  const existing = await core.call('enterprise.create', sampleEnterprise('已有企业'));
  return { ws, core, existing };
}

/** Sends a bad payload; checks it is refused with the expected code and that nothing was written. */
async function refuse(
  core: Core,
  file: string,
  method: string,
  input: unknown,
  code: WireError['code'] = 'VALIDATION',
) {
  const before = { enterprises: enterpriseRows(file), years: yearRows(file) };
  const wire = await expectWireError(core, method, input, code);
  expectCleanWire(wire);
  expect({ enterprises: enterpriseRows(file), years: yearRows(file) }).toEqual(before);
  return wire;
}

const issue = (wire: WireError, path: (string | number)[]) =>
  wire.issues.find((i) => i.path.join('.') === path.join('.'));

describe('the API refuses bad calls before they reach the data', () => {
  it('unknown methods → UNKNOWN_METHOD, including names inherited from Object', async () => {
    const { ws, core } = await openWithOne();
    for (const method of ['enterprise.drop', '', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      const wire = await refuse(core, ws.file, method, {}, 'UNKNOWN_METHOD');
      expect(wire.params).toEqual({ method });
    }
    const long = await refuse(core, ws.file, 'x'.repeat(10_000), {}, 'UNKNOWN_METHOD');
    expect(String(long.params.method).length).toBeLessThanOrEqual(80);
  });

  it('input of the wrong shape or type → VALIDATION', async () => {
    const { ws, core } = await openWithOne();
    for (const input of [null, undefined, 'name', 42, [], [{ name: 'A' }]]) {
      const wire = await refuse(core, ws.file, 'enterprise.create', input);
      expect(wire.issues[0]).toMatchObject({ path: [], key: 'validation.invalid_type' });
    }
    const wrongName = await refuse(core, ws.file, 'enterprise.create', { name: 42 });
    expect(issue(wrongName, ['name'])).toMatchObject({
      key: 'validation.invalid_type',
      params: { expected: 'string' },
    });
    const wrongYear = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: '2023' }],
    });
    expect(issue(wrongYear, ['years', 0, 'year'])?.key).toBe('validation.invalid_type');
    const wrongEmployees = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, employees: 10.5 }],
    });
    expect(issue(wrongEmployees, ['years', 0, 'employees'])).toBeDefined();
  });

  it('a missing or blank name → VALIDATION at "name"', async () => {
    const { ws, core } = await openWithOne();
    expect(issue(await refuse(core, ws.file, 'enterprise.create', {}), ['name'])?.key).toBe(
      'validation.invalid_type',
    );
    for (const name of ['', '   ', '\u3000']) {
      expect(issue(await refuse(core, ws.file, 'enterprise.create', { name }), ['name'])).toMatchObject({
        key: 'validation.too_small',
        params: { minimum: 1 },
      });
    }
  });

  it('unknown keys at any depth → VALIDATION naming them', async () => {
    const { ws, core, existing } = await openWithOne();
    const top = await refuse(core, ws.file, 'enterprise.create', { name: 'A', id: 5, deletedAt: null });
    expect(issue(top, [])).toMatchObject({
      key: 'validation.unrecognized_keys',
      params: { keys: 'id, deletedAt' },
    });
    const inYear = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, profit: 1 }],
    });
    expect(issue(inYear, ['years', 0])).toMatchObject({ params: { keys: 'profit' } });
    const inEnergy = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, energy: [{ source: 'electricity', quantity: 1, unit: 'MWh' }] }],
    });
    expect(issue(inEnergy, ['years', 0, 'energy', 0])?.params.keys).toBe('unit');
    const inChanges = await refuse(core, ws.file, 'enterprise.update', {
      id: existing.id,
      changes: { createdAt: '2000-01-01' },
    });
    expect(issue(inChanges, ['changes'])?.params.keys).toBe('createdAt');
    await refuse(core, ws.file, 'enterprise.list', { all: true });
    await refuse(core, ws.file, 'backup.create', { path: '/tmp/x.sqlite' });
  });

  it('prototype-pollution keys → VALIDATION, and Object.prototype stays clean', async () => {
    const { ws, core, existing } = await openWithOne();
    const payloads = [
      '{"name":"A","__proto__":{"polluted":true}}',
      '{"name":"A","constructor":{"prototype":{"polluted":true}}}',
      '{"name":"A","years":[{"year":2023,"__proto__":{"polluted":true}}]}',
    ];
    for (const json of payloads) {
      const wire = await refuse(core, ws.file, 'enterprise.create', JSON.parse(json));
      expect(wire.issues.map((i) => i.params.keys)).toContainEqual(
        expect.stringMatching(/__proto__|constructor/),
      );
    }
    await refuse(
      core,
      ws.file,
      'enterprise.update',
      JSON.parse(`{"id":${existing.id},"changes":{"__proto__":{"name":"B"}}}`),
    );
    expect((await core.call('enterprise.get', { id: existing.id })).name).toBe('已有企业');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('amounts that are negative, too big, have three decimals or are not finite → VALIDATION at the amount', async () => {
    const { ws, core } = await openWithOne();
    const cases: [unknown, string][] = [
      [-0.01, 'validation.too_small'],
      [MAX_YUAN + 1, 'validation.too_big'],
      [1e300, 'validation.too_big'],
      [1.005, 'validation.twoDecimals'],
      [123_456.789, 'validation.twoDecimals'],
      [Infinity, 'validation.invalid_type'],
      [Number.NaN, 'validation.invalid_type'],
      ['100', 'validation.invalid_type'],
    ];
    for (const field of [
      'revenueYuan',
      'outputValueYuan',
      'newProductOutputYuan',
      'rndYuan',
      'fixedAssetsYuan',
    ]) {
      for (const [value, key] of cases) {
        const wire = await refuse(core, ws.file, 'enterprise.create', {
          name: 'A',
          years: [{ year: 2023, [field]: value }],
        });
        expect(issue(wire, ['years', 0, field])?.key, `${field}=${String(value)}`).toBe(key);
      }
    }
    const energy = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, energy: [{ source: 'electricity', quantity: -1 }] }],
    });
    expect(issue(energy, ['years', 0, 'energy', 0, 'quantity'])?.key).toBe('validation.too_small');
  });

  it('duplicate years and energy sources → VALIDATION at the repeated entry', async () => {
    const { ws, core, existing } = await openWithOne();
    const years = [{ year: 2022 }, { year: 2023 }, { year: 2022 }];
    const wire = await refuse(core, ws.file, 'enterprise.create', { name: 'A', years });
    expect(issue(wire, ['years', 2, 'year'])).toMatchObject({
      key: 'validation.duplicateYear',
      params: { year: 2022 },
    });
    const onUpdate = await refuse(core, ws.file, 'enterprise.update', {
      id: existing.id,
      changes: { years },
    });
    expect(issue(onUpdate, ['changes', 'years', 2, 'year'])?.key).toBe('validation.duplicateYear');
    const energy = [
      { source: 'coal', quantity: 1 },
      { source: 'coal', quantity: 2 },
    ];
    const dupEnergy = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, energy }],
    });
    expect(issue(dupEnergy, ['years', 0, 'energy', 1, 'source'])?.key).toBe('validation.duplicate');
    await refuse(core, ws.file, 'enterprise.create', { name: 'A', years: [{ year: 1800 }] });
    await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: Array.from({ length: 51 }, (_, i) => ({ year: 1950 + i })),
    });
  });

  it('codes outside the lists (district, industry, type, energy source) → VALIDATION with the allowed values', async () => {
    const { ws, core } = await openWithOne();
    for (const [field, value] of [
      ['district', 'atlantis'],
      ['district', 'Nanshan'],
      ['industryDivision', '12'],
      ['industryDivision', '44'],
      ['industryDivision', 39],
      ['manufacturingType', 'mixed'],
    ] as const) {
      const wire = await refuse(core, ws.file, 'enterprise.create', { name: 'A', [field]: value });
      expect(issue(wire, [field])?.key).toBe('validation.invalid_value');
      expect(String(issue(wire, [field])?.params.values)).not.toBe('');
    }
    const source = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      years: [{ year: 2023, energy: [{ source: 'plutonium', quantity: 1 }] }],
    });
    expect(issue(source, ['years', 0, 'energy', 0, 'source'])?.key).toBe('validation.invalid_value');
  });

  it('huge strings → VALIDATION with the limit, without echoing the text', async () => {
    const { ws, core } = await openWithOne();
    const huge = '厂'.repeat(1_000_000);
    for (const field of ['name', 'nameEn', 'uscc', 'cityOutside']) {
      const wire = await refuse(core, ws.file, 'enterprise.create', { name: 'A', [field]: huge });
      expect(issue(wire, [field])?.key).toBe('validation.too_big');
      expect(JSON.stringify(wire).length).toBeLessThan(2000);
    }
  });

  it('bad credit codes → VALIDATION with the position and the expected character', async () => {
    const { ws, core } = await openWithOne();
    const wire = await refuse(core, ws.file, 'enterprise.create', { name: 'A', uscc: '914403001922038219' });
    expect(wire.issues).toEqual([
      { path: ['uscc'], key: 'uscc.check', params: { position: 18, found: '9', expected: '6' } },
    ]);
    const letter = await refuse(core, ws.file, 'enterprise.create', {
      name: 'A',
      uscc: '9144O3001922038216',
    });
    expect(letter.issues[0]).toMatchObject({ key: 'uscc.char', params: { position: 5, found: 'O' } });
  });

  it('bad ids → VALIDATION; ids that do not exist → NOT_FOUND', async () => {
    const { ws, core } = await openWithOne();
    for (const id of ['1', 0, -1, 1.5, 2 ** 60, null]) {
      const wire = await refuse(core, ws.file, 'enterprise.get', { id });
      expect(wire.issues[0]?.path).toEqual(['id']);
    }
    const missing = await refuse(
      core,
      ws.file,
      'enterprise.update',
      { id: 9999, changes: { name: 'B' } },
      'NOT_FOUND',
    );
    expect(missing.params).toEqual({ what: 'enterprise', id: 9999 });
  });

  it('an unexpected failure inside the core → INTERNAL, logged, with no detail on the wire', async () => {
    const { ws, core, existing } = await openWithOne();
    const other = new Database(ws.file);
    other.exec('DROP TABLE enterprise_energy');
    other.close();
    const wire = await refuse(core, ws.file, 'enterprise.get', { id: existing.id }, 'INTERNAL');
    expect(wire).toEqual({ code: 'INTERNAL', params: {}, issues: [] });
    expect(ws.logger.errors.at(-1)?.message).toMatch(/enterprise\.get failed/);
    expect(String(ws.logger.errors.at(-1)?.detail)).toMatch(/enterprise_energy/);
  });

  it('a valid call still goes through after refusals', async () => {
    const { core } = await openWithOne();
    const reply = await core.dispatch('enterprise.create', { name: '新企业' });
    expect(reply.ok).toBe(true);
    expect((await core.call('enterprise.list', {})).length).toBe(2);
  });
});
