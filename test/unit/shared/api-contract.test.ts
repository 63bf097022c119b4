import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, isMethodName, METHOD_NAMES } from '../../../shared/api/contract';
import { AppError, ERROR_CODES, isWireError } from '../../../shared/api/errors';
import { toFieldIssues } from '../../../shared/api/validation-issues';
import { EnterpriseCreateSchema } from '../../../shared/enterprise/enterprise-schema';
import { shenzhenUscc } from './gb-codes';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return toFieldIssues(r.error);
};

describe('contract', () => {
  it('knows its own method names and nothing inherited from Object', () => {
    expect(METHOD_NAMES.length).toBe(Object.keys(contract).length);
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
    for (const name of [
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      '',
      'enterprise.drop',
      42,
      null,
    ]) {
      expect(isMethodName(name)).toBe(false);
    }
  });

  it('accepts only plain backup file names', () => {
    const restore = contract['backup.restore'].input;
    expect(restore.safeParse({ name: 'backup-20250101-000000-000-manual.sqlite' }).success).toBe(true);
    for (const name of [
      '../workspace.sqlite',
      'a/b.sqlite',
      'a\\b.sqlite',
      'x..sqlite',
      '/etc/x.sqlite',
      'x.db',
      '',
    ]) {
      const issues = issuesOf(restore, { name });
      expect(issues.every((i) => i.path[0] === 'name')).toBe(true);
    }
  });
});

describe('toFieldIssues', () => {
  it('turns zod issues into message keys, paths and plain parameters', () => {
    const issues = issuesOf(EnterpriseCreateSchema, {
      name: '',
      extra: 1,
      district: 'atlantis',
      years: [{ year: 2023, revenueYuan: 1.234, employees: -1 }],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i]));
    expect(byPath['name']).toMatchObject({ key: 'validation.too_small', params: { minimum: 1 } });
    expect(byPath['']).toMatchObject({ key: 'validation.unrecognized_keys', params: { keys: 'extra' } });
    expect(byPath['district']?.key).toBe('validation.invalid_value');
    expect(byPath['district']?.params.values).toContain('nanshan');
    expect(byPath['years.0.revenueYuan']).toMatchObject({ key: 'validation.twoDecimals' });
    expect(byPath['years.0.employees']).toMatchObject({
      key: 'validation.too_small',
      params: { minimum: 0 },
    });
    for (const issue of issues) {
      for (const v of Object.values(issue.params))
        expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
  });

  it('keeps the parameters of custom issues but drops anything that is not a plain value', () => {
    const schema = z.string().superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'x.y', params: { n: 1, s: 'a', o: { deep: 1 }, f: () => 1 } });
    });
    expect(issuesOf(schema, 'v')).toEqual([{ path: [], key: 'x.y', params: { n: 1, s: 'a' } }]);
  });
});

describe('enterprise schema', () => {
  it('trims text, turns empty optional text into null and normalises the credit code', () => {
    const uscc = shenzhenUscc(42);
    const parsed = EnterpriseCreateSchema.parse({
      name: '  深圳市测试精密制造有限公司 ',
      nameEn: '   ',
      uscc: ` ${uscc.toLowerCase()} `,
    });
    expect(parsed).toMatchObject({ name: '深圳市测试精密制造有限公司', nameEn: null, uscc });
    expect(EnterpriseCreateSchema.parse({ name: 'A', uscc: '' }).uscc).toBeNull();
  });

  it('reports a bad credit code with its position and expected character', () => {
    const issues = issuesOf(EnterpriseCreateSchema, { name: 'A', uscc: '914403001922038210' });
    expect(issues).toEqual([
      { path: ['uscc'], key: 'uscc.check', params: { position: 18, found: '0', expected: '6' } },
    ]);
  });

  it('rejects duplicate years and duplicate energy sources at the repeated entry', () => {
    const issues = issuesOf(EnterpriseCreateSchema, {
      name: 'A',
      years: [
        { year: 2022, energy: [{ source: 'electricity', quantity: 1 }] },
        { year: 2023 },
        {
          year: 2022,
          energy: [
            { source: 'diesel', quantity: 1 },
            { source: 'diesel', quantity: 2 },
          ],
        },
      ],
    });
    expect(issues).toContainEqual({
      path: ['years', 2, 'year'],
      key: 'validation.duplicateYear',
      params: { year: 2022 },
    });
    expect(issues).toContainEqual({
      path: ['years', 2, 'energy', 1, 'source'],
      key: 'validation.duplicate',
      params: {},
    });
  });
});

describe('errors', () => {
  it('puts only code, parameters and issues on the wire', () => {
    const e = new AppError('NOT_FOUND', { what: 'enterprise', id: 3 });
    const wire = e.toWire();
    expect(Object.keys(wire).sort()).toEqual(['code', 'issues', 'params']);
    expect(JSON.stringify(wire)).not.toContain('stack');
    expect(isWireError(wire)).toBe(true);
  });

  it('recognises wire errors by a known code only', () => {
    for (const code of ERROR_CODES) expect(isWireError({ code, params: {}, issues: [] })).toBe(true);
    expect(isWireError({ code: 'EVIL' })).toBe(false);
    expect(isWireError(null)).toBe(false);
    expect(isWireError('VALIDATION')).toBe(false);
  });
});
