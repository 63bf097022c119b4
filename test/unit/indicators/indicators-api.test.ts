/** The indicators' API calls refuse bad payloads before they reach the data, as every call does. */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { LANGS, message } from '../../../shared/i18n/messages';
import { expectWireError, tempWorkspace } from '../core/helpers';

async function openWithOne() {
  const ws = tempWorkspace();
  const core = await ws.open();
  const { id } = await core.call('enterprise.create', { name: '校验企业' });
  return { core, id };
}

describe('indicators.compute and indicators.rows validation', () => {
  it('are reads: they never wait behind a queued write', () => {
    expect(contract['indicators.compute'].kind).toBe('read');
    expect(contract['indicators.rows'].kind).toBe('read');
  });

  it('refuse bad enterprise ids, years and assumptions with the field that is wrong', async () => {
    const { core, id } = await openWithOne();
    const cases: [unknown, (string | number)[]][] = [
      [null, []],
      [{}, ['enterpriseId']],
      [{ enterpriseId: String(id) }, ['enterpriseId']],
      [{ enterpriseId: 0 }, ['enterpriseId']],
      [{ enterpriseId: 1.5 }, ['enterpriseId']],
      [{ enterpriseId: id, year: 1899 }, ['year']],
      [{ enterpriseId: id, year: 2201 }, ['year']],
      [{ enterpriseId: id, year: '2026' }, ['year']],
      [{ enterpriseId: id, year: 2026.5 }, ['year']],
      [{ enterpriseId: id, extra: 1 }, []],
      [{ enterpriseId: id, assumptions: { loadFactor: 0 } }, ['assumptions', 'loadFactor']],
      [{ enterpriseId: id, assumptions: { loadFactor: 1.2 } }, ['assumptions', 'loadFactor']],
      // kgce per 1,000 m³ typed as per m³: off by three orders of magnitude.
      [
        { enterpriseId: id, assumptions: { naturalGasKgcePerM3: 1214.3 } },
        ['assumptions', 'naturalGasKgcePerM3'],
      ],
      [
        { enterpriseId: id, assumptions: { designLifeYears: { spaceship: 10 } } },
        ['assumptions', 'designLifeYears'],
      ],
      [
        { enterpriseId: id, assumptions: { designLifeYears: { machine_tool: 0 } } },
        ['assumptions', 'designLifeYears', 'machine_tool'],
      ],
      [{ enterpriseId: id, assumptions: { hoursPerYear: 8760 } }, ['assumptions']],
    ];
    for (const [input, path] of cases) {
      const wire = await expectWireError(core, 'indicators.compute', input, 'VALIDATION');
      expect(
        wire.issues.map((i) => i.path.join('.')),
        JSON.stringify(input),
      ).toContain(path.join('.'));
      for (const issue of wire.issues)
        for (const lang of LANGS) expect(message(lang, issue.key, issue.params)).not.toBe(issue.key);
    }
  });

  it('refuse indicators without register rows, unknown parts and pages out of range', async () => {
    const { core, id } = await openWithOne();
    const base = { enterpriseId: id, indicator: 'nc_rate', part: 'numerator' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, indicator: 'energy_intensity' }, 'indicator'],
      [{ ...base, indicator: 'new_product_output_rate' }, 'indicator'],
      [{ ...base, indicator: '__proto__' }, 'indicator'],
      [{ ...base, part: 'all' }, 'part'],
      [{ ...base, offset: -1 }, 'offset'],
      [{ ...base, limit: 0 }, 'limit'],
      [{ ...base, limit: 5000 }, 'limit'],
      [{ enterpriseId: id, part: 'numerator' }, 'indicator'],
    ];
    for (const [input, path] of cases) {
      const wire = await expectWireError(core, 'indicators.rows', input, 'VALIDATION');
      expect(
        wire.issues.map((i) => i.path.join('.')),
        JSON.stringify(input),
      ).toContain(path);
    }
    expect(
      await core.call('indicators.rows', { enterpriseId: id, indicator: 'nc_rate', part: 'numerator' }),
    ).toEqual({
      ids: [],
      units: 0,
      offset: 0,
      rows: [],
    });
  });
});
